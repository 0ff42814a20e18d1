package com.trustproof.render;

import java.util.List;

/**
 * Reads a Liquid/Handlebars condition: {@code name}, {@code name == "x"}, {@code name != blank},
 * {@code name contains "x"}, joined by {@code and}/{@code or} (right to left, as Liquid does).
 */
final class ConditionReader {
    private ConditionReader() {}

    /** More and/or than this is surely a mistake; reading and testing recurse once per joiner. */
    private static final int MAX_WORDS = 4 * 32;

    /** The condition, or null when the words are not one we can read. */
    static Condition read(List<Lexeme> words) {
        if (words.isEmpty() || words.size() > MAX_WORDS || !words.get(0).is(Lexeme.Kind.NAME)) return null;
        int joiner = 1;
        while (joiner < words.size() && !words.get(joiner).isName("and") && !words.get(joiner).isName("or")) joiner++;
        Condition left = comparison(words.subList(0, joiner));
        if (left == null || joiner == words.size()) return left;
        Condition right = read(words.subList(joiner + 1, words.size()));
        return right == null ? null : new Condition.Combined(left, words.get(joiner).isName("and"), right);
    }

    private static Condition comparison(List<Lexeme> words) {
        String field = TemplateParser.canonical(words.get(0).text());
        if (words.size() == 1) return new Condition.Comparison(field, Condition.Operator.PRESENT, "");
        if (words.size() != 3) return null;
        Lexeme operator = words.get(1), operand = words.get(2);
        if (operand.is(Lexeme.Kind.NAME) && isEmptyWord(operand.text())) {
            if (operator.text().equals("==")) return new Condition.Comparison(field, Condition.Operator.ABSENT, "");
            if (operator.text().equals("!=") || operator.text().equals("<>")) {
                return new Condition.Comparison(field, Condition.Operator.PRESENT, "");
            }
            return null;
        }
        if (!operand.is(Lexeme.Kind.STRING) && !operand.is(Lexeme.Kind.NUMBER)) return null;
        Condition.Operator op = operator.isName("contains") ? Condition.Operator.CONTAINS : switch (operator.text()) {
            case "==", "=" -> Condition.Operator.EQUALS;
            case "!=", "<>" -> Condition.Operator.NOT_EQUALS;
            case ">" -> Condition.Operator.GREATER;
            case "<" -> Condition.Operator.LESS;
            case ">=" -> Condition.Operator.GREATER_OR_EQUAL;
            case "<=" -> Condition.Operator.LESS_OR_EQUAL;
            default -> null;
        };
        return op == null ? null : new Condition.Comparison(field, op, operand.text().strip());
    }

    private static boolean isEmptyWord(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "blank", "empty", "nil", "null", "none" -> true;
            default -> false;
        };
    }
}
