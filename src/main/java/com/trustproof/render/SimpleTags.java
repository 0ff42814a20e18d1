package com.trustproof.render;

import java.util.Locale;

/**
 * The dialects whose tags are plain delimited names: Mailchimp {@code *|FNAME|*} (with
 * IF/ELSEIF/ELSE/END and TITLE:/UPPER:/LOWER:), Salesforce {@code %%FirstName%%} and Mautic
 * {@code {contactfield=firstname|there}}.
 */
final class SimpleTags {
    /** Mautic's tag opener, and the older spelling it still accepts. */
    static final String MAUTIC = "{contactfield=", MAUTIC_LEGACY = "{leadfield=";
    private static final String MAILCHIMP = "mailchimp";
    /** How far a tag may reach; further than this, the opener was surely never closed. */
    private static final int MAX_TAG_LENGTH = 200;

    private final TemplateParser parser;
    private final String source;

    SimpleTags(TemplateParser parser) {
        this.parser = parser;
        this.source = parser.source;
    }

    int mailchimp(int start) {
        int close = mailchimpClose(start + 2);
        if (close < 0) {
            int end = mailchimpBrokenEnd(start);
            return parser.leftover(start, end, parser.guessField(start, end), "This *| is never closed with |*.");
        }
        int end = close + 2;
        String content = source.substring(start + 2, close).strip();
        String upper = content.toUpperCase(Locale.ROOT);
        if (upper.startsWith("IF:")) return mailchimpBlock(start, end, content.substring(3), false, false);
        if (upper.startsWith("INTERESTED:")) return interested(start, end, content.substring(11));
        if (upper.startsWith("IFNOT:")) return mailchimpBlock(start, end, content.substring(6), true, false);
        if (upper.startsWith("ELSEIF:")) return mailchimpBlock(start, end, content.substring(7), false, true);
        if (upper.equals("ELSE:") || upper.equals("ELSE")) return parser.otherwise(start, end, MAILCHIMP);
        if (upper.startsWith("END:IF") || upper.equals("END:INTERESTED") || upper.equals("END")) {
            return parser.end(start, end, MAILCHIMP);
        }
        if (upper.startsWith("ELSE") || upper.startsWith("END:")) {
            return parser.leftover(start, end, "", "Unknown Mailchimp conditional tag; use *|ELSE:|* or *|END:IF|*.");
        }
        TextFilter filter = null;
        String name = content;
        int colon = content.indexOf(':');
        if (colon > 0) {
            String prefix = upper.substring(0, colon);
            filter = switch (prefix) {
                case "TITLE" -> TextFilter.TITLE;
                case "UPPER" -> TextFilter.UPPER;
                case "LOWER" -> TextFilter.LOWER;
                default -> null;
            };
            // HTML: only asks Mailchimp not to escape; we escape values regardless
            if (filter != null || prefix.equals("HTML")) name = content.substring(colon + 1);
        }
        if (name.isBlank()) return parser.leftover(start, end, "", "This Mailchimp merge tag names no field.");
        TextFilter[] filters = filter == null ? new TextFilter[0] : new TextFilter[] {filter};
        return parser.token(start, end, name, filters, filters.length, null, MAILCHIMP);
    }

    private int mailchimpBlock(int start, int end, String conditionText, boolean negate, boolean elseIf) {
        Condition condition = mailchimpCondition(conditionText);
        if (condition == null) {
            return parser.leftover(start, end, "", "This Mailchimp conditional names no field.");
        }
        if (negate) condition = new Condition.Not(condition);
        return elseIf ? parser.elseIf(start, end, MAILCHIMP, condition) : parser.open(start, end, MAILCHIMP, condition);
    }

    /**
     * Mailchimp's group test "*|INTERESTED:Interests:Running,Hiking|*": the recipient's (multi-valued)
     * group attribute contains any of the listed interests.
     */
    private int interested(int start, int end, String groupAndValues) {
        int colon = groupAndValues.indexOf(':');
        String group = colon < 0 ? groupAndValues : groupAndValues.substring(0, colon);
        if (group.isBlank()) return parser.leftover(start, end, "", "This *|INTERESTED:...|* names no group.");
        String field = TemplateParser.canonical(group);
        Condition condition = null;
        String values = colon < 0 ? "" : groupAndValues.substring(colon + 1);
        for (String value : values.split(",")) {
            if (value.isBlank()) continue;
            Condition one = new Condition.Comparison(field, Condition.Operator.CONTAINS, value.strip());
            condition = condition == null ? one : new Condition.Combined(one, false, condition);
        }
        if (condition == null) condition = new Condition.Comparison(field, Condition.Operator.PRESENT, "");
        return parser.open(start, end, MAILCHIMP, condition);
    }

    /** "FNAME", "FNAME=Bob", "FNAME != Bob", "AGE>30": unquoted operands, as Mailchimp writes them. */
    private static Condition mailchimpCondition(String text) {
        int at = 0;
        while (at < text.length() && "=!<>".indexOf(text.charAt(at)) < 0) at++;
        String field = text.substring(0, at).strip();
        if (field.isEmpty()) return null;
        if (at == text.length()) return new Condition.Comparison(TemplateParser.canonical(field), Condition.Operator.PRESENT, "");
        boolean twoChars = at + 1 < text.length() && text.charAt(at + 1) == '=';
        String operatorText = text.substring(at, twoChars ? at + 2 : at + 1);
        Condition.Operator operator = switch (operatorText) {
            case "=", "==" -> Condition.Operator.EQUALS;
            case "!=" -> Condition.Operator.NOT_EQUALS;
            case ">" -> Condition.Operator.GREATER;
            case "<" -> Condition.Operator.LESS;
            case ">=" -> Condition.Operator.GREATER_OR_EQUAL;
            case "<=" -> Condition.Operator.LESS_OR_EQUAL;
            default -> null;
        };
        if (operator == null) return null;
        String operand = unquote(text.substring(at + operatorText.length()).strip());
        return new Condition.Comparison(TemplateParser.canonical(field), operator, operand);
    }

    private int mailchimpClose(int from) {
        for (int at = from; at + 1 < source.length() && at - from < MAX_TAG_LENGTH; at++) {
            char c = source.charAt(at), next = source.charAt(at + 1);
            if (c == '|' && next == '*') return at;
            if (c == '\n' || (c == '*' && next == '|')) return -1;
        }
        return -1;
    }

    /** An unclosed "*|FNAME|" ends after its name and the lone '|' if there is one. */
    private int mailchimpBrokenEnd(int start) {
        int at = start + 2;
        while (at < source.length() && at - start < MAX_TAG_LENGTH && isTagNameChar(source.charAt(at))) at++;
        if (at < source.length() && source.charAt(at) == '|') at++;
        return at;
    }

    private static boolean isTagNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '=' || c == '!' || c == '-';
    }

    /**
     * "%%FirstName%%" is a token; "%%[ ... ]%%" and "%%=...=%%" are AMPscript code, which we
     * never run. Anything else ("save 50%% now") is plain text.
     */
    int ampscript(int start) {
        int at = start + 2;
        if (source.startsWith("=", at)) {
            int close = source.indexOf("=%%", at + 1);
            if (close >= 0 && AmpscriptLookup.read(parser, start, close + 3, at + 1, close)) return close + 3;
        }
        if (at < source.length() && (source.charAt(at) == '[' || source.charAt(at) == '=')) {
            String closer = source.charAt(at) == '[' ? "]%%" : "=%%";
            int close = source.indexOf(closer, at + 1);
            int end = close < 0 ? lineEnd(start) : close + 3;
            return parser.leftover(start, end, "", close < 0
                    ? "This AMPscript code is never closed with " + closer + "."
                    : "AMPscript code is not run by Trustproof; use a %%Field%% personalization string.");
        }
        if (at >= source.length() || !(Character.isLetter(source.charAt(at)) || source.charAt(at) == '_')) return start;
        while (at < source.length() && at - start < 66 && isAmpscriptNameChar(source.charAt(at))) at++;
        String name = source.substring(start + 2, at);
        if (source.startsWith("%%", at) && !name.endsWith(" ")) return parser.token(start, at + 2, name, null, "ampscript");
        if (at < source.length() && source.charAt(at) == '%' && name.indexOf(' ') < 0) {
            return parser.leftover(start, at + 1, parser.guessField(start, at), "This %%" + name + " is closed with one % instead of %%.");
        }
        return start;
    }

    private static boolean isAmpscriptNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ' ' || c == '.' || c == '-';
    }

    /** "{contactfield=firstname|there}": everything after the '|' is the fallback, as written. */
    int mautic(int start, int openerLength) {
        int close = -1, at = start + openerLength;
        for (; at < source.length() && at - start < MAX_TAG_LENGTH; at++) {
            char c = source.charAt(at);
            if (c == '}') { close = at; break; }
            if (c == '\n' || c == '{') break;
        }
        if (close < 0) {
            int end = at;
            while (end > start + openerLength && Character.isWhitespace(source.charAt(end - 1))) end--;
            return parser.leftover(start, end, parser.guessField(start + openerLength, end), "This {contactfield=...} is never closed with }.");
        }
        String content = source.substring(start + openerLength, close);
        int bar = content.indexOf('|');
        String name = bar < 0 ? content : content.substring(0, bar);
        String fallback = bar < 0 ? null : unquote(content.substring(bar + 1));
        if (name.isBlank()) return parser.leftover(start, close + 1, "", "This {contactfield=} names no field.");
        return parser.token(start, close + 1, name, fallback, "mautic");
    }

    private int lineEnd(int start) {
        int newline = source.indexOf('\n', start);
        int end = newline < 0 ? source.length() : newline;
        while (end > start + 2 && Character.isWhitespace(source.charAt(end - 1))) end--;
        return end;
    }

    static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0), last = text.charAt(text.length() - 1);
            if ((first == '"' || first == '\'') && last == first) return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
