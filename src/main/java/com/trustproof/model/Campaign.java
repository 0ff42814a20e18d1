package com.trustproof.model;

import java.util.List;

/** A campaign as loaded from its JSON file: templates plus targeting. */
public record Campaign(String name, String from, String subject, String preheader, String body,
                       Format format, List<String> segments, List<Assumption> assumes) {
    public Campaign {
        subject = subject == null ? "" : subject;
        preheader = preheader == null ? "" : preheader;
        body = body == null ? "" : body;
        format = format == null ? Format.TEXT : format;
        segments = segments == null ? List.of() : List.copyOf(segments);
        assumes = assumes == null ? List.of() : List.copyOf(assumes);
    }

    public String template(MessageField field) {
        return switch (field) {
            case SUBJECT -> subject;
            case PREHEADER -> preheader;
            case BODY -> body;
        };
    }

    public Campaign withTemplate(MessageField field, String text) {
        return new Campaign(name, from,
                field == MessageField.SUBJECT ? text : subject,
                field == MessageField.PREHEADER ? text : preheader,
                field == MessageField.BODY ? text : body,
                format, segments, assumes);
    }
}
