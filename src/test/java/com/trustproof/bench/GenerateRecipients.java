package com.trustproof.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large, deterministic recipient list for benchmarks, in the same shape as
 * {@code assets/demo/recipients.csv} (a Mailchimp-style export).
 *
 * <p>About 90% of the rows are clean: a plausible name that matches the email, subscribed,
 * in the campaign's segments, interested in running, active within the last year, with a city.
 * The rest seed one failure mode each, at low rates: placeholder names, missing or blank
 * names, ALL CAPS and lower-case names, implausible names, a name that contradicts the
 * email, generic names, non-consenting statuses, interests without running, stale profiles,
 * recipients outside the segments, and missing cities.
 *
 * <p>Rows are generated one at a time and written straight out, so any row count fits in
 * constant memory. Every email is unique: its local part ends with the row number, and the
 * text before it never ends in a digit. The same {@code (rows, seed)} always give the same file.
 *
 * <pre>
 * java ... com.trustproof.bench.GenerateRecipients OUT_FILE ROWS [SEED]
 * </pre>
 */
public final class GenerateRecipients {

    public static final String[] HEADER = {
            "Email Address", "First Name", "Last Name", "Segment", "Status", "Last Active", "City", "Interests"};

    /** "Today" for the data set, so the output does not depend on the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    public static final long DEFAULT_SEED = 42L;

    private static final String[] FIRST = {
            "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia",
            "Oliver", "Charlotte", "Elijah", "Amelia", "James", "Harper", "Benjamin", "Evelyn", "Henry",
            "Abigail", "Alexander", "Emily", "Daniel", "Ella", "Matthew", "Grace", "Samuel", "Chloé", "David",
            "Hannah", "Joseph", "Lily", "Carter", "Nora", "Owen", "Riley", "Wyatt", "Zoë", "José", "Søren",
            "Björn", "Renée", "Siobhán", "Łukasz", "Mateo", "Priya", "Arjun", "Aisha", "Kenji", "Mei", "Yuki",
            "Fatima", "Omar", "Ingrid", "Freya", "Niamh", "Declan", "Camila", "Diego", "Anne-Marie", "Jean-Luc",
            "Thandiwe", "Kwame", "Leilani", "Ravi", "Sofía", "Andrés", "Malik", "Tessa", "Rosa", "Hugo",
            "Astrid", "Nadia", "Felix", "Clara", "Jonas", "Elena", "Marco", "Hana", "Tomás", "Inés", "Caleb", "Jo"};
    private static final String[] LAST = {
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
            "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King",
            "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts",
            "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker", "O'Brien", "O'Connor", "Nguyễn",
            "Müller", "Kowalski", "Lindqvist", "Okafor", "Tanaka", "Patel", "Haddad", "Fernández", "Rossi",
            "Novak", "Sánchez", "Kim", "Chen", "Murphy", "MacLeod", "van der Berg", "Dubois", "Jensen",
            "Martin, Jr.", "Hughes, III"};
    private static final String[] CITIES = {
            "Boulder", "Denver", "Portland", "Seattle", "Bend", "Asheville", "Flagstaff", "Missoula",
            "Salt Lake City", "Burlington", "Bozeman", "Santa Cruz", "Chattanooga", "Duluth", "Durango",
            "Spokane", "Eugene", "Tahoe City", "Washington, D.C.", "Vancouver", "Québec City", "Zürich",
            "Chamonix", "Wellington", "Queenstown", "Edinburgh", "Innsbruck", "Anchorage", "Tucson", "Madison"};
    private static final String[] EXTRA_INTERESTS = {
            "hiking", "camping", "climbing", "cycling", "ultramarathon", "photography", "skiing", "kayaking",
            "yoga", "birdwatching", "gear reviews", "backpacking", "swimming", "nutrition"};
    private static final String[] NO_RUNNING_INTERESTS = {
            "yoga;cooking", "hiking;camping", "cycling;photography", "climbing", "birdwatching;kayaking", ""};
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net"};
    private static final String[] CLEAN_SEGMENTS = {
            "trail-runners", "trail-runners", "trail-runners", "trail-runners", "trail-runners",
            "hikers", "hikers", "trail-runners;hikers", "trail-runners;hikers", "trail-runners;hikers"};
    private static final String[] OUTSIDE_SEGMENTS = {"newsletter", "cyclists", "newsletter;vip", "road-runners", ""};
    private static final String[] PLACEHOLDERS = {
            "fname", "FNAME", "First Name", "[First Name]", "test", "asdf", "null", "N/A", "undefined", "-",
            "{{first_name}}", "*|FNAME|*"};
    private static final String[] BLANKS = {"", "", "", " ", "   ", "\t"};
    private static final String[] IMPLAUSIBLE = {
            "J0hn", "B0b", "J", "M", "Alexandrina Josephine Maximiliana Wilhelmina Theodora Evangeline"};
    private static final String[] GENERIC = {"Customer", "Friend", "Valued Customer", "Subscriber", "Member"};
    private static final String[] NO_CONSENT = {
            "unsubscribed", "unsubscribed", "unsubscribed", "cleaned", "cleaned", "bounced", "pending",
            "objected", "transactional"};

    private static final String[] FIRST_FOLDED = fold(FIRST);
    private static final String[] LAST_FOLDED = fold(LAST);

    /** The failure modes and their rates, in rows per 10,000; the remainder is clean. */
    private enum Mode {
        CLEAN(0), PLACEHOLDER(80), MISSING_NAME(80), ALL_CAPS(60), LOWER_CASE(60), IMPLAUSIBLE(60),
        NAME_MISMATCH(60), GENERIC(50), NO_CONSENT(150), NO_RUNNING(100), STALE(100), OUTSIDE_SEGMENT(100),
        MISSING_CITY(100);

        final int per10k;

        Mode(int per10k) { this.per10k = per10k; }
    }

    private static final Mode[] BY_ROLL = new Mode[10_000];

    static {
        int at = 0;
        for (Mode mode : Mode.values()) {
            for (int i = 0; i < mode.per10k; i++) BY_ROLL[at++] = mode;
        }
        while (at < BY_ROLL.length) BY_ROLL[at++] = Mode.CLEAN; // about 90%
    }

    private GenerateRecipients() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateRecipients OUT_FILE ROWS [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows;
        long seed;
        try {
            rows = Long.parseLong(args[1].replace("_", ""));
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("ROWS and SEED must be whole numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (rows < 0) {
            System.err.println("ROWS must not be negative");
            System.exit(2);
        }
        long started = System.nanoTime();
        write(out, rows, seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %,d rows (%,d bytes) to %s in %,d ms%n",
                rows, Files.size(out), out, millis);
    }

    /** Writes {@code rows} recipients plus a header row to {@code out} (UTF-8, RFC 4180, CRLF). */
    public static void write(Path out, long rows, long seed) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
        try (BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            SplittableRandom random = new SplittableRandom(seed);
            String[] record = new String[HEADER.length];
            StringBuilder scratch = new StringBuilder(64);
            for (long row = 1; row <= rows; row++) {
                fill(record, row, random, scratch);
                printer.printRecord((Object[]) record);
            }
        }
    }

    /** One recipient: a clean row, then at most one failure mode applied to it. */
    private static void fill(String[] r, long row, SplittableRandom random, StringBuilder sb) {
        Mode mode = BY_ROLL[random.nextInt(BY_ROLL.length)];
        int f = random.nextInt(FIRST.length);
        int l = random.nextInt(LAST.length);
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];

        String first = FIRST[f];
        String last = LAST[l];
        String email = email(sb, FIRST_FOLDED[f], LAST_FOLDED[l], random.nextInt(10), row, domain);
        String segment = CLEAN_SEGMENTS[random.nextInt(CLEAN_SEGMENTS.length)];
        String status = "subscribed";
        String lastActive = TODAY.minusDays(1 + random.nextInt(340)).toString();
        String city = CITIES[random.nextInt(CITIES.length)];
        String interests = interests(sb, random);

        switch (mode) {
            case CLEAN -> { }
            case PLACEHOLDER -> first = PLACEHOLDERS[random.nextInt(PLACEHOLDERS.length)];
            case MISSING_NAME -> first = BLANKS[random.nextInt(BLANKS.length)];
            case ALL_CAPS -> {
                first = first.toUpperCase(Locale.ROOT);
                if (random.nextBoolean()) last = last.toUpperCase(Locale.ROOT);
            }
            case LOWER_CASE -> {
                first = first.toLowerCase(Locale.ROOT);
                if (random.nextBoolean()) last = last.toLowerCase(Locale.ROOT);
            }
            case IMPLAUSIBLE -> {
                int pick = random.nextInt(IMPLAUSIBLE.length + 1);
                // the last choice puts the recipient's own email address in the name field
                first = pick < IMPLAUSIBLE.length ? IMPLAUSIBLE[pick] : email;
            }
            case NAME_MISMATCH -> {
                // the email keeps its name; the First Name column holds a different one
                int other = (f + 1 + random.nextInt(FIRST.length - 1)) % FIRST.length;
                while (FIRST_FOLDED[other].charAt(0) == FIRST_FOLDED[f].charAt(0)) {
                    other = (other + 1) % FIRST.length;
                }
                first = FIRST[other];
                sb.setLength(0);
                email = sb.append(FIRST_FOLDED[f]).append('.').append(LAST_FOLDED[l]).append(row)
                        .append('@').append(domain).toString();
            }
            case GENERIC -> first = GENERIC[random.nextInt(GENERIC.length)];
            case NO_CONSENT -> status = NO_CONSENT[random.nextInt(NO_CONSENT.length)];
            case NO_RUNNING -> interests = NO_RUNNING_INTERESTS[random.nextInt(NO_RUNNING_INTERESTS.length)];
            case STALE -> lastActive = TODAY.minusDays(560 + random.nextInt(900)).toString();
            case OUTSIDE_SEGMENT -> segment = OUTSIDE_SEGMENTS[random.nextInt(OUTSIDE_SEGMENTS.length)];
            case MISSING_CITY -> city = random.nextInt(4) == 0 ? " " : "";
        }
        r[0] = email;
        r[1] = first;
        r[2] = last;
        r[3] = segment;
        r[4] = status;
        r[5] = lastActive;
        r[6] = city;
        r[7] = interests;
    }

    /** An email address made from the name, in one of the usual patterns, ending in the row number. */
    private static String email(StringBuilder sb, String first, String last, int pattern, long row, String domain) {
        sb.setLength(0);
        switch (pattern) {
            case 0, 1, 2, 3, 4 -> sb.append(first).append('.').append(last);
            case 5, 6 -> sb.append(first).append(last);
            case 7 -> sb.append(first).append('_').append(last);
            default -> sb.append(first.charAt(0)).append(last);
        }
        return sb.append(row).append('@').append(domain).toString();
    }

    /** "running" plus up to three other interests, in random order, separated by ';'. */
    private static String interests(StringBuilder sb, SplittableRandom random) {
        int extras = random.nextInt(4);
        int runningAt = random.nextInt(extras + 1);
        int start = random.nextInt(EXTRA_INTERESTS.length);
        int step = 1 + random.nextInt(EXTRA_INTERESTS.length - 1);
        sb.setLength(0);
        for (int i = 0, e = 0; i <= extras; i++) {
            if (i > 0) sb.append(';');
            if (i == runningAt) {
                sb.append("running");
            } else {
                sb.append(EXTRA_INTERESTS[(start + e * step) % EXTRA_INTERESTS.length]);
                e++;
            }
        }
        return sb.toString();
    }

    /** Lower-case ASCII letters only: "Zoë" becomes "zoe", "O'Brien" "obrien", "Łukasz" "lukasz". */
    private static String[] fold(String[] names) {
        String[] folded = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String s = names[i].replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o');
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            int comma = s.indexOf(',');
            if (comma >= 0) s = s.substring(0, comma); // "Martin, Jr." -> "martin"
            StringBuilder sb = new StringBuilder(s.length());
            for (int c = 0; c < s.length(); c++) {
                char ch = Character.toLowerCase(s.charAt(c));
                if (ch >= 'a' && ch <= 'z') sb.append(ch);
            }
            folded[i] = sb.toString();
        }
        return folded;
    }
}
