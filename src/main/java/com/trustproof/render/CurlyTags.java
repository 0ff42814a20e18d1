package com.trustproof.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The brace dialects: output tags {@code {{ ... }}} (Liquid, Handlebars, HubL, Klaviyo, Braze,
 * Iterable) and Liquid/HubL statement tags {@code {% ... %}} (if/elsif/else/endif, unless,
 * comment, raw), with whitespace control ({{- x -}}).
 */
final class CurlyTags {
    private static final String LIQUID = "liquid", HANDLEBARS = "handlebars";
    /** How far a broken tag's reported span may reach when it has no closing brace. */
    private static final int MAX_BROKEN_LENGTH = 80;

    private final TemplateParser parser;
    private final String source;

    CurlyTags(TemplateParser parser) {
        this.parser = parser;
        this.source = parser.source;
    }

    int output(int start) {
        String closer = source.startsWith("{{{", start) ? "}}}" : "}}";
        parser.trimTextBefore(hasTrimMarkAt(start + closer.length()));
        return afterTag(start, closer, readOutput(start, closer));
    }

    int liquidTag(int start) {
        parser.trimTextBefore(hasTrimMarkAt(start + 2));
        return afterTag(start, "%}", readLiquidTag(start));
    }

    /**
     * Liquid/Handlebars whitespace control: "{{-" / "{%-" (Handlebars "{{~") trims the text before
     * the tag (set before reading, since reading flushes that text first); "-}}" / "-%}" trims
     * the text after it.
     */
    private int afterTag(int start, String closer, int end) {
        parser.trimTextBefore(false);
        int closerAt = end - closer.length();
        boolean trimAfter = closerAt > start + closer.length() && source.startsWith(closer, closerAt)
                && hasTrimMarkAt(closerAt - 1);
        return trimAfter ? parser.skipWhitespaceAfter(end) : end;
    }

    private boolean hasTrimMarkAt(int at) {
        return at < source.length() && isTrimMark(source.charAt(at));
    }

    private int readOutput(int start, String closer) {
        int close = findClose(start + closer.length(), closer);
        if (close < 0) {
            int end = brokenEnd(start);
            return parser.leftover(start, end, parser.guessField(start, end), "This {{ is never closed with }}.");
        }
        int end = close + closer.length();
        int[] content = trimmedContent(start + closer.length(), close);
        int from = content[0], to = content[1];
        if (from == to) return parser.leftover(start, end, "", "This merge token is empty.");
        char first = source.charAt(from);
        if (first == '!') return parser.skip(start, end);
        if (first == '#') return handlebarsOpen(start, end, from, to);
        if (first == '/') return handlebarsClose(start, end, ExpressionLexer.lex(source, from + 1, to));
        List<Lexeme> words = ExpressionLexer.lex(source, from, to);
        if (!words.isEmpty() && words.get(0).isName("else")) {
            if (words.size() == 1) return parser.otherwise(start, end, HANDLEBARS);
            if (words.get(1).isName("if")) return elseIf(start, end, words.subList(2, words.size()), HANDLEBARS);
        }
        return new OutputExpression(parser, start, end, words).read();
    }

    private int readLiquidTag(int start) {
        int close = findClose(start + 2, "%}");
        if (close < 0) return parser.leftover(start, brokenEnd(start), "", "This {% is never closed with %}.");
        int end = close + 2;
        int[] content = trimmedContent(start + 2, close);
        List<Lexeme> words = ExpressionLexer.lex(source, content[0], content[1]);
        if (words.isEmpty() || !words.get(0).is(Lexeme.Kind.NAME)) {
            return parser.leftover(start, end, "", "This {% %} tag is empty or unreadable.");
        }
        List<Lexeme> rest = words.subList(1, words.size());
        return switch (words.get(0).text().toLowerCase(java.util.Locale.ROOT)) {
            case "if" -> open(start, end, rest, LIQUID, false);
            case "unless" -> open(start, end, rest, LIQUID, true);
            case "elsif", "elif", "elseif" -> elseIf(start, end, rest, LIQUID);
            case "else" -> rest.isEmpty() ? parser.otherwise(start, end, LIQUID)
                    : parser.leftover(start, end, "", "{% else %} takes no condition; use {% elsif ... %}.");
            case "endif", "endunless" -> parser.end(start, end, LIQUID);
            case "comment" -> skipUntil(start, end, "endcomment", false);
            case "raw" -> skipUntil(start, end, "endraw", true);
            case String word when PlatformTags.isPlatformField(word) -> parser.platformTag(start, end);
            default -> parser.leftover(start, end, "", "Unsupported tag {% " + words.get(0).text()
                    + " %}: Trustproof renders only if/elsif/else/unless, comment and raw.");
        };
    }

    private int handlebarsOpen(int start, int end, int from, int to) {
        List<Lexeme> words = ExpressionLexer.lex(source, from + 1, to);
        Lexeme helper = words.isEmpty() ? null : words.get(0);
        if (helper != null && (helper.isName("if") || helper.isName("unless"))) {
            return open(start, end, words.subList(1, words.size()), HANDLEBARS, helper.isName("unless"));
        }
        Condition.Operator operator = helper == null ? null : iterableComparison(helper.text());
        if (operator != null) {
            // Iterable: {{#ifEq plan "gold"}} ... {{else}} ... {{/ifEq}}
            if (words.size() != 3 || !words.get(1).is(Lexeme.Kind.NAME)
                    || !(words.get(2).is(Lexeme.Kind.STRING) || words.get(2).is(Lexeme.Kind.NUMBER))) {
                return parser.leftover(start, end, "", "Write {{#" + helper.text() + " field \"value\"}}.");
            }
            Condition condition = new Condition.Comparison(TemplateParser.canonical(words.get(1).text()), operator,
                    words.get(2).text().strip());
            return parser.open(start, end, HANDLEBARS, condition);
        }
        return parser.leftover(start, end, "", "Unsupported block helper; Trustproof renders {{#if}}, {{#unless}} and Iterable's {{#ifEq}} family.");
    }

    private int handlebarsClose(int start, int end, List<Lexeme> words) {
        Lexeme helper = words.size() == 1 ? words.get(0) : null;
        if (helper != null && (helper.isName("if") || helper.isName("unless") || iterableComparison(helper.text()) != null)) {
            return parser.end(start, end, HANDLEBARS);
        }
        return parser.leftover(start, end, "", "Unsupported closing tag; Trustproof renders {{/if}}, {{/unless}} and {{/ifEq}}.");
    }

    /** Iterable's comparison block helpers, or null for any other name. */
    private static Condition.Operator iterableComparison(String helper) {
        return switch (helper) {
            case "ifEq" -> Condition.Operator.EQUALS;
            case "ifNotEq" -> Condition.Operator.NOT_EQUALS;
            case "ifContainsStr" -> Condition.Operator.CONTAINS;
            case "ifGt" -> Condition.Operator.GREATER;
            case "ifGte" -> Condition.Operator.GREATER_OR_EQUAL;
            case "ifLt" -> Condition.Operator.LESS;
            case "ifLte" -> Condition.Operator.LESS_OR_EQUAL;
            default -> null;
        };
    }

    private int open(int start, int end, List<Lexeme> words, String dialect, boolean negate) {
        Condition condition = ConditionReader.read(words);
        if (condition == null) return parser.leftover(start, end, "", "This condition cannot be read; write e.g. \"if first_name\" or \"if city == 'Oslo'\".");
        return parser.open(start, end, dialect, negate ? new Condition.Not(condition) : condition);
    }

    private int elseIf(int start, int end, List<Lexeme> words, String dialect) {
        Condition condition = ConditionReader.read(words);
        if (condition == null) return parser.leftover(start, end, "", "This condition cannot be read.");
        return parser.elseIf(start, end, dialect, condition);
    }

    /** Skips a comment or keeps a raw section literal, up to its {% endcomment %} / {% endraw %}. */
    private int skipUntil(int start, int end, String endWord, boolean keepInside) {
        int at = end;
        while ((at = source.indexOf("{%", at)) >= 0) {
            int close = findClose(at + 2, "%}");
            if (close < 0) break;
            int[] content = trimmedContent(at + 2, close);
            if (source.substring(content[0], content[1]).equalsIgnoreCase(endWord)) {
                return keepInside ? parser.literal(start, close + 2, end, at) : parser.skip(start, close + 2);
            }
            at = close + 2;
        }
        return parser.leftover(start, end, "", "This block is never closed with {% " + endWord + " %}.");
    }

    /**
     * Index of the closer, skipping quoted text and Braze's ${...}; -1 when another tag opens
     * first, a quote runs past the line, or the text ends: the tag is then unclosed.
     */
    private int findClose(int from, String closer) {
        char quote = 0;
        int braces = 0;
        for (int at = from; at < source.length(); at++) {
            char c = source.charAt(at);
            if (quote != 0) {
                if (c == '\\') at++;
                else if (c == quote) quote = 0;
                else if (c == '\n') return -1;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '$' && at + 1 < source.length() && source.charAt(at + 1) == '{') {
                braces++;
                at++;
            } else if (c == '}' && braces > 0) {
                braces--;
            } else if (source.startsWith(closer, at)) {
                return at;
            } else if (c == '{' && at + 1 < source.length() && (source.charAt(at + 1) == '{' || source.charAt(at + 1) == '%')) {
                return -1;
            }
        }
        return -1;
    }

    /** A broken tag is reported up to its first '}', the end of the line, or the next tag. */
    private int brokenEnd(int start) {
        int at = start + 2;
        while (at < source.length() && at - start < MAX_BROKEN_LENGTH) {
            char c = source.charAt(at);
            if (c == '}') return at + 1;
            if (c == '\n' || c == '<' || (c == '{' && at + 1 < source.length() && "{%".indexOf(source.charAt(at + 1)) >= 0)) break;
            at++;
        }
        while (at > start + 2 && Character.isWhitespace(source.charAt(at - 1))) at--;
        return at;
    }

    /** [from, to) of a tag's inside without white space and whitespace-control marks. */
    private int[] trimmedContent(int from, int to) {
        while (from < to && (Character.isWhitespace(source.charAt(from)) || isTrimMark(source.charAt(from)))) from++;
        while (to > from && (Character.isWhitespace(source.charAt(to - 1)) || isTrimMark(source.charAt(to - 1)))) to--;
        return new int[] {from, to};
    }

    private static boolean isTrimMark(char c) {
        return c == '-' || c == '~';
    }
}
