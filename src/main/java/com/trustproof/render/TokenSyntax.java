package com.trustproof.render;

import com.trustproof.model.MessageField;

import java.util.Locale;

/**
 * Finds merge-token syntax in any text, by the same rules the renderer uses: for values that are
 * really unrendered template ("{{first_name}}", "*|FNAME|*") and for output checks.
 */
public final class TokenSyntax {
    private static final String[] OPENERS = {"{{", "{%", "*|", "|*", "%%", "{contactfield=", "{leadfield="};

    private TokenSyntax() {}

    /** True when the text holds a token, a conditional or broken token syntax. */
    public static boolean appearsIn(String text) {
        return indexIn(text) >= 0;
    }

    /**
     * Where the first token or broken tag starts, or -1. Tags the mailing tool fills itself
     * ({@link PlatformTags}) and plain text such as "50%% off" do not count.
     */
    public static int indexIn(String text) {
        if (text == null || !mayHoldSyntax(text)) return -1;
        FieldTemplate parsed = TemplateParser.parse(MessageField.BODY, text, false);
        int first = Integer.MAX_VALUE;
        if (!parsed.tokens.isEmpty()) first = parsed.tokens.get(0).start();
        if (!parsed.problems.isEmpty()) first = Math.min(first, parsed.problems.get(0).start());
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    /** A cheap test that rules out almost every real value before any parsing. */
    private static boolean mayHoldSyntax(String text) {
        String lower = null;
        for (String opener : OPENERS) {
            if (opener.length() > 2) {
                if (lower == null) lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains(opener)) return true;
            } else if (text.contains(opener)) {
                return true;
            }
        }
        return false;
    }
}
