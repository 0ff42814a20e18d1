package com.trustproof.render;

import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import com.trustproof.model.MessageField;
import com.trustproof.model.Recipient;

import java.util.ArrayList;
import java.util.List;

/**
 * A campaign parsed once, rendered for many recipients. Thread-safe once built. Values are
 * inserted literally (never parsed again); in HTML campaigns the body's values and fallbacks are
 * HTML-escaped. Tags the mailing tool fills itself ({@link PlatformTags}) stay verbatim.
 */
public final class CompiledCampaign {
    /** Separates the subject's, preheader's and body's parts of a rendering path. */
    public static final char PATH_FIELD_SEPARATOR = '/';

    private final Campaign campaign;
    private final FieldTemplate subject, preheader, body;
    private final List<TemplateProblem> problems;
    private final List<TokenInfo> tokens;

    private CompiledCampaign(Campaign campaign) {
        this.campaign = campaign;
        // Only an HTML body is markup. Subject and preheader are plain text even in HTML campaigns
        // (a subject is a mail header; the tool escapes the preheader when it inserts it), so
        // escaping them would show "Tom &amp; Jerry" to the recipient.
        boolean htmlBody = campaign.format() == Format.HTML;
        this.subject = TemplateParser.parse(MessageField.SUBJECT, campaign.subject(), false);
        this.preheader = TemplateParser.parse(MessageField.PREHEADER, campaign.preheader(), false);
        this.body = TemplateParser.parse(MessageField.BODY, campaign.body(), htmlBody);
        List<TemplateProblem> allProblems = new ArrayList<>();
        List<TokenInfo> allTokens = new ArrayList<>();
        for (FieldTemplate template : List.of(subject, preheader, body)) {
            allProblems.addAll(template.problems);
            allTokens.addAll(template.tokens);
        }
        this.problems = List.copyOf(allProblems);
        this.tokens = List.copyOf(allTokens);
    }

    public static CompiledCampaign compile(Campaign campaign) {
        return new CompiledCampaign(campaign);
    }

    public Campaign campaign() { return campaign; }

    /** Malformed syntax found while parsing, in field then position order. */
    public List<TemplateProblem> problems() { return problems; }

    /** Every merge token in subject, preheader and body, in field then position order. */
    public List<TokenInfo> tokens() { return tokens; }

    /** Problems and tokens of one field only. */
    public List<TemplateProblem> problems(MessageField field) { return template(field).problems; }

    public List<TokenInfo> tokens(MessageField field) { return template(field).tokens; }

    /**
     * Renders all three fields. The path has one mark per conditional ('1'.. for the branch
     * taken, '0' for else) and per token (V value, F fallback, M missing) in rendering order,
     * the fields separated by '/'.
     */
    public Rendering render(Recipient recipient) {
        RenderOutput out = RenderOutput.forRecipient(recipient);
        try {
            RenderedText subjectText = subject.render(out);
            out.mark(PATH_FIELD_SEPARATOR);
            RenderedText preheaderText = preheader.render(out);
            out.mark(PATH_FIELD_SEPARATOR);
            RenderedText bodyText = body.render(out);
            return new Rendering(subjectText, preheaderText, bodyText, out.path());
        } finally {
            out.release();
        }
    }

    /**
     * The decisions a rendering path stands for, in field and rendering order: which branch each
     * conditional took and where each token's text came from. For labelling variant groups.
     */
    public List<PathStep> explainPath(String path) {
        List<PathStep> steps = new ArrayList<>();
        int at = 0;
        for (MessageField field : MessageField.values()) {
            at = PathExplainer.explain(field, campaign.template(field), template(field).nodes, path, at, steps);
            int separator = path.indexOf(PATH_FIELD_SEPARATOR, at);
            if (separator < 0) break;
            at = separator + 1;
        }
        return List.copyOf(steps);
    }

    private FieldTemplate template(MessageField field) {
        return switch (field) {
            case SUBJECT -> subject;
            case PREHEADER -> preheader;
            case BODY -> body;
        };
    }
}
