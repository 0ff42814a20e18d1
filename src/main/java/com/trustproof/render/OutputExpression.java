package com.trustproof.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inside of one {@code {{ }}} output tag into a token:
 * {@code name ( | filter [: arg | (arg)] )*}, Iterable's {@code defaultIfEmpty name "x"},
 * HubL's {@code personalization_token('contact.firstname', 'x')} and Klaviyo's
 * {@code person|lookup:'First Name'}. An unknown filter is reported and skipped; anything
 * else unreadable leaves the whole tag as literal text.
 */
final class OutputExpression {
    private final TemplateParser parser;
    private final int start, end;
    private final List<Lexeme> words;
    private int next;
    private String syntax = "liquid";

    OutputExpression(TemplateParser parser, int start, int end, List<Lexeme> words) {
        this.parser = parser;
        this.start = start;
        this.end = end;
        this.words = words;
    }

    int read() {
        Lexeme head = take(Lexeme.Kind.NAME);
        if (head == null) return unreadable();
        if (head.isName("defaultIfEmpty")) return iterableDefault();
        if (head.isName("personalization_token")) return hublFunction();
        String field = head.text();
        if (field.contains("${")) syntax = "braze";
        List<TextFilter> filters = new ArrayList<>();
        int defaultAt = 0;
        String fallback = null;
        while (next < words.size()) {
            if (take(Lexeme.Kind.PIPE) == null) return unreadable();
            Lexeme name = take(Lexeme.Kind.NAME);
            if (name == null) return unreadable();
            List<Lexeme> arguments = arguments();
            if (arguments == null) return unreadable();
            int filterEnd = next > 0 ? words.get(next - 1).end() : name.end();
            if (name.isName("default") || name.isName("d")) {
                String literal = literalArgument(arguments);
                if (literal == null) {
                    parser.problem(name.start(), filterEnd, "The fallback must be quoted text, e.g. default: \"there\".");
                } else if (fallback == null) {
                    fallback = literal;
                    defaultAt = filters.size();
                }
            } else if (name.isName("lookup") && arguments.size() == 1 && arguments.get(0).is(Lexeme.Kind.STRING)) {
                field = arguments.get(0).text(); // Klaviyo: person|lookup:'Favorite Color'
                syntax = "klaviyo";
            } else if (TextFilter.byName(name.text()) != null) {
                filters.add(TextFilter.byName(name.text()));
            } else {
                parser.problem(name.start(), filterEnd, "Unknown filter \"" + name.text()
                        + "\"; Trustproof knows default, upcase, downcase, capitalize, title and strip.");
            }
        }
        return parser.token(start, end, field, filters.toArray(TextFilter[]::new), defaultAt, fallback, syntax);
    }

    /** The filter's arguments after ':' or inside '(...)', or null when they are malformed. */
    private List<Lexeme> arguments() {
        List<Lexeme> arguments = new ArrayList<>();
        boolean parenthesized;
        if (take(Lexeme.Kind.COLON) != null) parenthesized = false;
        else if (take(Lexeme.Kind.OPEN_PAREN) != null) { parenthesized = true; syntax = "hubl"; }
        else return arguments;
        while (true) {
            if (parenthesized && take(Lexeme.Kind.CLOSE_PAREN) != null && arguments.isEmpty()) return arguments;
            Lexeme argument = next < words.size() ? words.get(next) : null;
            if (argument == null || !(argument.is(Lexeme.Kind.STRING) || argument.is(Lexeme.Kind.NUMBER) || argument.is(Lexeme.Kind.NAME))) {
                return null;
            }
            next++;
            if (argument.is(Lexeme.Kind.NAME) && take(Lexeme.Kind.COLON) != null) {
                // a keyword argument such as Liquid's "allow_false: true": read and ignored
                if (take(Lexeme.Kind.STRING) == null && take(Lexeme.Kind.NUMBER) == null && take(Lexeme.Kind.NAME) == null) return null;
            } else {
                arguments.add(argument);
            }
            if (take(Lexeme.Kind.COMMA) != null) continue;
            if (!parenthesized) return arguments;
            return take(Lexeme.Kind.CLOSE_PAREN) != null ? arguments : null;
        }
    }

    /** The fallback text of default's first argument (Jinja's second argument, "true", is ignored). */
    private static String literalArgument(List<Lexeme> arguments) {
        if (arguments.isEmpty()) return null;
        Lexeme first = arguments.get(0);
        return first.is(Lexeme.Kind.STRING) || first.is(Lexeme.Kind.NUMBER) ? first.text() : null;
    }

    private int iterableDefault() {
        Lexeme field = take(Lexeme.Kind.NAME), fallback = take(Lexeme.Kind.STRING);
        if (field == null || fallback == null || next != words.size()) return unreadable();
        return parser.token(start, end, field.text(), fallback.text(), "iterable");
    }

    private int hublFunction() {
        if (take(Lexeme.Kind.OPEN_PAREN) == null) return unreadable();
        Lexeme field = take(Lexeme.Kind.STRING);
        Lexeme fallback = take(Lexeme.Kind.COMMA) != null ? take(Lexeme.Kind.STRING) : null;
        if (field == null || take(Lexeme.Kind.CLOSE_PAREN) == null || next != words.size()) return unreadable();
        return parser.token(start, end, field.text(), fallback == null ? null : fallback.text(), "hubl");
    }

    private Lexeme take(Lexeme.Kind kind) {
        if (next < words.size() && words.get(next).is(kind)) return words.get(next++);
        return null;
    }

    private int unreadable() {
        return parser.leftover(start, end, parser.guessField(start, end),
                "This merge token cannot be read; write e.g. {{ first_name | default: \"there\" }}.");
    }
}
