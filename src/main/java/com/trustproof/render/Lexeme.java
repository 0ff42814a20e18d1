package com.trustproof.render;

/**
 * One word of a tag's inside ({@code first_name}, {@code |}, {@code "there"}), at [start, end)
 * of the template. For a STRING, {@code text} is the decoded content without quotes.
 */
record Lexeme(Kind kind, String text, int start, int end) {
    enum Kind { NAME, STRING, NUMBER, PIPE, COLON, COMMA, OPEN_PAREN, CLOSE_PAREN, OPERATOR, ERROR }

    boolean is(Kind expected) { return kind == expected; }

    boolean isName(String word) { return kind == Kind.NAME && text.equalsIgnoreCase(word); }
}
