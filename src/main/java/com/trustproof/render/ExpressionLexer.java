package com.trustproof.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the inside of a {@code {{ }}} or {@code {% %}} tag into lexemes. Names may hold dots,
 * hyphens and Braze's {@code ${...}}; strings take single or double quotes with backslash
 * escapes for quotes and backslashes. Anything else becomes one ERROR lexeme and stops lexing.
 */
final class ExpressionLexer {
    private final String source;
    private final int end;
    private int position;

    private ExpressionLexer(String source, int start, int end) {
        this.source = source;
        this.position = start;
        this.end = end;
    }

    static List<Lexeme> lex(String source, int start, int end) {
        return new ExpressionLexer(source, start, end).all();
    }

    private List<Lexeme> all() {
        List<Lexeme> lexemes = new ArrayList<>();
        while (true) {
            while (position < end && Character.isWhitespace(source.charAt(position))) position++;
            if (position >= end) return lexemes;
            Lexeme next = next();
            lexemes.add(next);
            if (next.is(Lexeme.Kind.ERROR)) return lexemes;
        }
    }

    private Lexeme next() {
        int start = position;
        char c = source.charAt(position);
        if (c == '"' || c == '\'') return string(c);
        if (Character.isDigit(c) || (c == '-' && position + 1 < end && Character.isDigit(source.charAt(position + 1)))) {
            position++;
            while (position < end && (Character.isDigit(source.charAt(position)) || source.charAt(position) == '.')) position++;
            return lexeme(Lexeme.Kind.NUMBER, start);
        }
        if (isNameStart(c)) return name();
        switch (c) {
            case '|': position++; return lexeme(Lexeme.Kind.PIPE, start);
            case ':': position++; return lexeme(Lexeme.Kind.COLON, start);
            case ',': position++; return lexeme(Lexeme.Kind.COMMA, start);
            case '(': position++; return lexeme(Lexeme.Kind.OPEN_PAREN, start);
            case ')': position++; return lexeme(Lexeme.Kind.CLOSE_PAREN, start);
            case '=', '!', '<', '>':
                position++;
                if (position < end && (source.charAt(position) == '=' || (c == '<' && source.charAt(position) == '>'))) position++;
                return lexeme(Lexeme.Kind.OPERATOR, start);
            default:
                position++;
                return lexeme(Lexeme.Kind.ERROR, start);
        }
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
    }

    private Lexeme name() {
        int start = position;
        while (position < end) {
            char c = source.charAt(position);
            if (c == '$' && position + 1 < end && source.charAt(position + 1) == '{') {
                int close = source.indexOf('}', position);
                if (close < 0 || close >= end) return new Lexeme(Lexeme.Kind.ERROR, source.substring(start, end), start, end);
                position = close + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$' || c == '@') {
                position++;
            } else {
                break;
            }
        }
        return lexeme(Lexeme.Kind.NAME, start);
    }

    private Lexeme string(char quote) {
        int start = position++;
        StringBuilder text = new StringBuilder();
        while (position < end) {
            char c = source.charAt(position++);
            if (c == quote) return new Lexeme(Lexeme.Kind.STRING, text.toString(), start, position);
            if (c == '\\' && position < end && isEscapable(source.charAt(position))) c = source.charAt(position++);
            text.append(c);
        }
        return new Lexeme(Lexeme.Kind.ERROR, source.substring(start, end), start, end);
    }

    private static boolean isEscapable(char c) {
        return c == '"' || c == '\'' || c == '\\';
    }

    private Lexeme lexeme(Lexeme.Kind kind, int start) {
        return new Lexeme(kind, source.substring(start, position), start, position);
    }
}
