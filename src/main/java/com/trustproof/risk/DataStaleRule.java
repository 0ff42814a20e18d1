package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * data.stale: a persona last active more than "months" (18) before the check date: personal data
 * that old is likely wrong and the person may have forgotten they signed up.
 */
final class DataStaleRule implements Rule {
    /** Formats exports use, tried in order; built once. Day-first before month-first (see parse). */
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT),
            caseless("d MMM yyyy"), caseless("MMM d, yyyy"), caseless("MMMM d, yyyy"), caseless("d MMMM yyyy"));
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ROOT);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);

    private final RuleSpec spec;
    private final int months;

    DataStaleRule(RuleSpec spec) {
        this.spec = spec;
        this.months = (int) spec.param("months", 18);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        LocalDate cutoff = campaign.today().minusMonths(months);
        return new RulePass() {
            // dates repeat across a list, and the finding depends on the cell alone: judge each distinct cell once
            private final KeptResults<String, Optional<Finding>> byCell = new KeptResults<>();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                String raw = message.recipient.attributes().get(FieldNames.LAST_ACTIVE);
                if (Recipient.isMissing(raw)) return;
                Optional<Finding> finding = byCell.get(raw);
                if (finding == null) finding = byCell.keep(raw, Optional.ofNullable(stale(parse(raw.strip()), cutoff, campaign.today())));
                finding.ifPresent(out::add);
            }
        };
    }

    /** The finding for a last-active date (null: unknown format), or null when it is recent enough. */
    private Finding stale(LocalDate date, LocalDate cutoff, LocalDate today) {
        if (date == null || !date.isBefore(cutoff)) return null;
        long ago = ChronoUnit.MONTHS.between(date, today);
        return spec.personaFinding(1.0, "date", date.toString(), "months", String.valueOf(ago));
    }

    /** The date in a last_active cell, or null when no known format fits. */
    static LocalDate parse(String raw) {
        LocalDate iso = isoDate(raw);
        if (iso != null) return iso;
        String value = raw;
        if (value.chars().allMatch(Character::isDigit) && value.length() >= 9 && value.length() <= 13) {
            long epoch = Long.parseLong(value);   // epoch seconds or milliseconds
            Instant instant = value.length() >= 12 ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
            return instant.atZone(ZoneOffset.UTC).toLocalDate();
        }
        int time = value.indexOf('T');
        if (time == 10) value = value.substring(0, 10);   // ISO date-time
        else if (value.length() > 10 && value.charAt(10) == ' ' && value.charAt(4) == '-') value = value.substring(0, 10);
        for (DateTimeFormatter format : FORMATS) {
            LocalDate date = tryParse(value, format);
            if (date != null) return date;
        }
        if (value.indexOf('/') > 0) {
            // 03/04/2024 is ambiguous; a first number above 12 can only be a day. Otherwise US order,
            // the usual export default; the error is at most a few months either way.
            String first = value.substring(0, value.indexOf('/'));
            boolean dayFirst = first.chars().allMatch(Character::isDigit) && !first.isEmpty() && Integer.parseInt(first) > 12;
            return tryParse(value, dayFirst ? DAY_FIRST : MONTH_FIRST);
        }
        return null;
    }

    /** yyyy-MM-dd, the usual export format, without the formatter (null: not that, or not a real date). */
    private static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') return null;
        int year = digits(value, 0, 4), month = digits(value, 5, 7), day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) return null;
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        return LocalDate.of(year, month, day);
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static LocalDate tryParse(String value, DateTimeFormatter format) {
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter caseless(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
