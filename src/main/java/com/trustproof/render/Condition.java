package com.trustproof.render;

import com.trustproof.model.Recipient;

import java.util.List;
import java.util.Locale;

/** The test of a conditional branch, evaluated against a recipient's attributes. */
sealed interface Condition {

    boolean test(RenderOutput values);

    /** Canonical names of the fields this condition reads, in source order. */
    List<String> fields();

    enum Operator { PRESENT, ABSENT, EQUALS, NOT_EQUALS, CONTAINS, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL }

    /**
     * One field against an operand. Text compares stripped and case-insensitively, since list
     * exports rarely agree on case; a missing value compares as "". Ordering compares numbers
     * when both sides are numbers, else is false.
     */
    record Comparison(String field, Operator operator, String operand) implements Condition {
        @Override
        public boolean test(RenderOutput values) {
            String value = values.value(field);
            boolean missing = Recipient.isMissing(value);
            String text = missing ? "" : value.strip();
            return switch (operator) {
                case PRESENT -> !missing;
                case ABSENT -> missing;
                case EQUALS -> text.equalsIgnoreCase(operand);
                case NOT_EQUALS -> !text.equalsIgnoreCase(operand);
                case CONTAINS -> text.toLowerCase(Locale.ROOT).contains(operand.toLowerCase(Locale.ROOT));
                case GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL -> compareNumbers(text);
            };
        }

        private boolean compareNumbers(String text) {
            Double left = number(text), right = number(operand);
            if (left == null || right == null) return false;
            int order = Double.compare(left, right);
            return switch (operator) {
                case GREATER -> order > 0;
                case LESS -> order < 0;
                case GREATER_OR_EQUAL -> order >= 0;
                default -> order <= 0;
            };
        }

        private static Double number(String text) {
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        @Override
        public List<String> fields() { return List.of(field); }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public boolean test(RenderOutput values) { return !inner.test(values); }

        @Override
        public List<String> fields() { return inner.fields(); }
    }

    /** Liquid's "and"/"or"; Liquid groups right to left, so {@code a and b or c} is a and (b or c). */
    record Combined(Condition left, boolean all, Condition right) implements Condition {
        @Override
        public boolean test(RenderOutput values) {
            return all ? left.test(values) && right.test(values) : left.test(values) || right.test(values);
        }

        @Override
        public List<String> fields() {
            return java.util.stream.Stream.concat(left.fields().stream(), right.fields().stream()).toList();
        }
    }
}
