package com.trustproof.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one AMPscript expression that is plain personalization:
 * {@code %%=AttributeValue("FirstName")=%%}, optionally inside ProperCase/Uppercase/Lowercase/Trim.
 * Everything else in {@code %%=...=%%} is code, which Trustproof never runs.
 */
final class AmpscriptLookup {
    private AmpscriptLookup() {}

    /** Reads [from, to) as a lookup and emits the token; false (nothing emitted) when it is not one. */
    static boolean read(TemplateParser parser, int start, int end, int from, int to) {
        List<Lexeme> words = ExpressionLexer.lex(parser.source, from, to);
        List<TextFilter> wrappers = new ArrayList<>();
        int at = 0;
        // peel "Name(" prefixes until AttributeValue, then expect the field name and the closing parentheses
        while (at + 1 < words.size() && words.get(at).is(Lexeme.Kind.NAME) && words.get(at + 1).is(Lexeme.Kind.OPEN_PAREN)) {
            String function = words.get(at).text().toLowerCase(Locale.ROOT);
            at += 2;
            if (function.equals("attributevalue")) {
                if (at >= words.size() || !words.get(at).is(Lexeme.Kind.STRING)) return false;
                String field = words.get(at++).text();
                for (int depth = 0; depth <= wrappers.size(); depth++) {
                    if (at >= words.size() || !words.get(at++).is(Lexeme.Kind.CLOSE_PAREN)) return false;
                }
                if (at != words.size()) return false;
                // the innermost function runs first
                List<TextFilter> filters = new ArrayList<>(wrappers);
                java.util.Collections.reverse(filters);
                parser.token(start, end, field, filters.toArray(TextFilter[]::new), filters.size(), null, "ampscript");
                return true;
            }
            TextFilter wrapper = switch (function) {
                case "propercase" -> TextFilter.TITLE;
                case "uppercase" -> TextFilter.UPPER;
                case "lowercase" -> TextFilter.LOWER;
                case "trim" -> TextFilter.STRIP;
                default -> null;
            };
            if (wrapper == null) return false;
            wrappers.add(wrapper);
        }
        return false;
    }
}
