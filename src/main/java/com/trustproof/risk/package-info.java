/**
 * The trust-risk engine: rules that find what makes a personalized email lose the reader's trust.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * RiskEngine engine = RiskEngine.defaults();                 // or RiskEngine.withOverrides(path)
 * CampaignCheck check = engine.begin(compiled, knownColumns, LocalDate.now());
 * for (Recipient r : recipients) {
 *     RecipientCheck rc = check.check(r, compiled.render(r));  // findings + trust score
 * }
 * List<CampaignFinding> wide = check.finish();              // template offsets, counts, affected ids
 * List<Finding> live = engine.checkTemplate(compiled, knownColumns);   // editor, no recipients
 * }</pre>
 * A {@code RiskEngine} is immutable and may be shared by threads; a {@code CampaignCheck} belongs
 * to one thread.
 *
 * <h2>Levels</h2>
 * Template (campaign-wide, {@link com.trustproof.risk.CampaignFinding}): token.unknown-field,
 * token.malformed, token.no-fallback, segment.too-broad. Message (offsets into the rendered
 * field; for HTML bodies into the rendered HTML source, text rules reading the visible text):
 * token.unresolved, value.*, assumption.*, privacy.creepy, spam.*, html.*. Persona (field null,
 * span 0..0): consent.missing, data.stale, segment.outside, declared assumptions not located in
 * the copy.
 *
 * <h2>Rule data</h2>
 * {@code rules.json} in this package: {@code {"rules": [ {...}, ... ]}}, each rule with
 * {@code id, severity (high|medium|low), confidence (0..1], enabled, description, message,
 * suggestion, lists {name: [strings]}, params {name: number}, lexicon [{trait, phrases,
 * attributes, values}], examples {trigger: [...], clean: [...]}}}. Messages take {@code {name}}
 * placeholders ({text}, {count}, {share}, {token}, ...). An example is a string (body copy for a
 * typical consenting recipient) or an object {@code {subject, preheader, body, format, recipient,
 * recipients, assumes, segments, known, today}}.
 *
 * <h2>Overrides</h2>
 * A user file of the same shape where each entry names an {@code id} and sets only what changes:
 * {@code enabled, severity, confidence, message, suggestion, params}, and {@code extend} or
 * {@code replace} with lists ({@code {"phrases": [...]}}, {@code {"lexicon": [...]}}). Unknown
 * ids, fields or values are errors ({@link com.trustproof.risk.RuleFileException}: file:line:column).
 */
package com.trustproof.risk;
