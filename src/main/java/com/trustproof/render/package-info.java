/**
 * The personalization engine: merge-token templates parsed once, rendered per recipient.
 *
 * <p>{@link com.trustproof.render.CompiledCampaign#compile} scans each field (subject, preheader,
 * body) once, left to right. Each dialect's tag opener ({@code {{}, {@code {%}, {@code *|},
 * {@code %%}, {@code {contactfield=}) is handed to its reader; the readers build a small tree of
 * nodes (literal text, token, conditional, left-over broken syntax) with field names already
 * canonical. Rendering walks that tree: one map lookup per token, no regex; the pieces (template
 * literals and values) are collected in a reused per-thread array and joined once.
 *
 * <p>Guarantees: a value is inserted literally and never parsed again; in HTML campaigns the
 * body's values and fallbacks are HTML-escaped; broken syntax is reported as a
 * {@link com.trustproof.render.TemplateProblem} and copied to the output as written (with a
 * MISSING span) while the rest renders; nothing in a template runs code or reads files.
 *
 * <p>The rendering path ({@link com.trustproof.render.Rendering#path()}) has one character per
 * decision in rendering order: '1', '2'... for the branch a conditional took, '0' for its ELSE,
 * and V/F/M for a token's value/fallback/missing, fields separated by '/'. Equal paths mean the
 * same route with different values; {@link com.trustproof.render.CompiledCampaign#explainPath}
 * names the tags behind each character.
 */
package com.trustproof.render;
