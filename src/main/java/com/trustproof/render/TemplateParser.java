package com.trustproof.render;

import com.trustproof.model.FieldNames;
import com.trustproof.model.MessageField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scans one field's template once, left to right, recognizing every dialect's tag opener and
 * handing the tags to the dialect readers. Whatever is not a well-formed tag stays literal text;
 * broken tags become a {@link TemplateProblem} and are copied to the output as written.
 */
final class TemplateParser {
    /** Deeper nesting is surely a mistake, and rendering recurses once per level. */
    static final int MAX_NESTING = 64;

    final MessageField field;
    final String source;
    private final boolean html;
    private final TreeBuilder tree;
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final List<TokenInfo> tokens = new ArrayList<>();
    private final CurlyTags curly;
    private final SimpleTags simple;
    /** Start of the literal text not yet handed to the tree. */
    private int textStart;
    /** Set while reading a tag written "{{- ...": the text before it loses its trailing white space. */
    private boolean trimTextBefore;

    private TemplateParser(MessageField field, String source, boolean html) {
        this.field = field;
        this.source = source;
        this.html = html;
        this.tree = new TreeBuilder(source);
        this.curly = new CurlyTags(this);
        this.simple = new SimpleTags(this);
    }

    static FieldTemplate parse(MessageField field, String source, boolean html) {
        return new TemplateParser(field, source, html).run();
    }

    private FieldTemplate run() {
        int position = 0;
        while (position < source.length()) {
            int after = tagAt(position);
            position = after > position ? after : position + 1;
        }
        tree.text(textStart, source.length());
        for (TreeBuilder.OpenBlock block : tree.finish()) {
            problem(block.start, block.end, "This conditional is never closed, so its tags are left in the message.");
        }
        problems.sort(Comparator.comparingInt(TemplateProblem::start));
        return new FieldTemplate(tree.nodes(), tree.isConstant(), html, problems, tokens);
    }

    /** Reads the tag starting at {@code position}; returns the index after it, or position if none. */
    private int tagAt(int position) {
        if (position + 1 >= source.length()) return position;
        char first = source.charAt(position), second = source.charAt(position + 1);
        if (first == '{' && second == '{') return curly.output(position);
        if (first == '{' && second == '%') return curly.liquidTag(position);
        if (first == '{' && startsWithIgnoreCase(position, SimpleTags.MAUTIC)) {
            return simple.mautic(position, SimpleTags.MAUTIC.length());
        }
        if (first == '{' && startsWithIgnoreCase(position, SimpleTags.MAUTIC_LEGACY)) {
            return simple.mautic(position, SimpleTags.MAUTIC_LEGACY.length());
        }
        if (first == '*' && second == '|') return simple.mailchimp(position);
        if (first == '|' && second == '*') {
            return leftover(position, position + 2, "", "This |* closes a Mailchimp tag that was never opened with *|.");
        }
        if (first == '%' && second == '%') return simple.ampscript(position);
        return position;
    }

    private boolean startsWithIgnoreCase(int position, String prefix) {
        return source.regionMatches(true, position, prefix, 0, prefix.length());
    }

    // ---- what the dialect readers call; each returns the index after the tag ----

    /**
     * A merge token. {@code filters} apply to the value; those from {@code defaultAt} on also
     * apply to the fallback (Liquid runs filters in order: "x | default: 'a' | upcase").
     */
    int token(int start, int end, String rawField, TextFilter[] filters, int defaultAt, String fallback, String syntax) {
        String name = canonical(rawField);
        if (PlatformTags.isPlatformField(name) || PlatformTags.isPlatformField(rawField)) return platformTag(start, end);
        String fallbackOutput = null;
        if (fallback != null) {
            fallbackOutput = TextFilter.applyAll(filters, defaultAt, fallback);
            if (html) fallbackOutput = HtmlEscaper.escape(fallbackOutput);
        }
        flushTextUpTo(start);
        tree.node(new TokenNode(name, filters, fallbackOutput, start, end));
        tokens.add(new TokenInfo(field, start, end, source.substring(start, end), name, fallback, syntax));
        textStart = end;
        return end;
    }

    int token(int start, int end, String rawField, String fallback, String syntax) {
        return token(start, end, rawField, new TextFilter[0], 0, fallback, syntax);
    }

    /** Broken syntax: reported, and copied to the output as written. */
    int leftover(int start, int end, String fieldGuess, String message) {
        problem(start, end, message);
        flushTextUpTo(start);
        tree.node(new LeftoverNode(source.substring(start, end), fieldGuess, start, end));
        textStart = end;
        return end;
    }

    /** A tag the mailing tool fills at send time: kept verbatim, as literal text. */
    int platformTag(int start, int end) {
        return end;
    }

    /** A tag that renders nothing (a comment). */
    int skip(int start, int end) {
        flushTextUpTo(start);
        textStart = end;
        return end;
    }

    /** Text between two tags that must stay literal even if it looks like a tag (Liquid raw). */
    int literal(int start, int end, int textFrom, int textTo) {
        flushTextUpTo(start);
        tree.text(textFrom, textTo);
        textStart = end;
        return end;
    }

    int open(int start, int end, String dialect, Condition condition) {
        if (tree.depth() >= MAX_NESTING) {
            return leftover(start, end, "", "Conditionals are nested more than " + MAX_NESTING + " deep.");
        }
        flushTextUpTo(start);
        tree.open(dialect, condition, start, end);
        conditionTokens(start, end, dialect, condition);
        textStart = end;
        return end;
    }

    int elseIf(int start, int end, String dialect, Condition condition) {
        flushTextUpTo(start);
        if (!tree.elseIf(dialect, condition, start, end)) {
            return leftover(start, end, "", "This ELSE IF has no open IF before it (or comes after ELSE).");
        }
        conditionTokens(start, end, dialect, condition);
        textStart = end;
        return end;
    }

    int otherwise(int start, int end, String dialect) {
        flushTextUpTo(start);
        if (!tree.otherwise(dialect, start, end)) return leftover(start, end, "", "This ELSE has no open IF before it (or is a second ELSE).");
        textStart = end;
        return end;
    }

    int end(int start, int end, String dialect) {
        flushTextUpTo(start);
        if (!tree.end(dialect)) return leftover(start, end, "", "This END closes an IF that was never opened.");
        textStart = end;
        return end;
    }

    void problem(int start, int end, String message) {
        problems.add(new TemplateProblem(field, start, end, source.substring(start, end), message));
    }

    /** The canonical field a broken tag seems to name (for the MISSING span), or "". */
    String guessField(int start, int end) {
        int from = start;
        while (from < end && !Character.isLetter(source.charAt(from))) from++;
        int to = from;
        while (to < end && (Character.isLetterOrDigit(source.charAt(to)) || "_.$".indexOf(source.charAt(to)) >= 0)) to++;
        return to > from ? canonical(source.substring(from, to)) : "";
    }

    /** Canonical name, after dropping Braze's "${...}" and "custom_attribute." wrappers. */
    static String canonical(String raw) {
        String name = raw.strip();
        if (name.regionMatches(true, 0, "custom_attribute.", 0, 17)) name = name.substring(17);
        if (name.startsWith("${") && name.endsWith("}")) name = name.substring(2, name.length() - 1);
        return FieldNames.canonical(name);
    }

    private void conditionTokens(int start, int end, String dialect, Condition condition) {
        String text = source.substring(start, end);
        for (String name : condition.fields().stream().distinct().toList()) {
            tokens.add(new TokenInfo(field, start, end, text, name, null, dialect + "-if"));
        }
    }

    private void flushTextUpTo(int start) {
        int textEnd = start;
        if (trimTextBefore) {
            while (textEnd > textStart && Character.isWhitespace(source.charAt(textEnd - 1))) textEnd--;
            trimTextBefore = false;
        }
        tree.text(textStart, textEnd);
        textStart = start;
    }

    /** Liquid/Handlebars whitespace control: "{{-" and "{%-" drop the white space before the tag. */
    void trimTextBefore(boolean trim) {
        trimTextBefore = trim;
    }

    /** "-}}" and "-%}" drop the white space after a tag that was read (not one kept as text). */
    int skipWhitespaceAfter(int end) {
        if (textStart != end) return end;
        int at = end;
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) at++;
        textStart = at;
        return at;
    }
}
