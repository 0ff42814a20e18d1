package com.trustproof.render;

import com.trustproof.model.MessageField;

/** Broken token syntax at [start, end) of a field's template; the rest still renders. */
public record TemplateProblem(MessageField field, int start, int end, String text, String message) {}
