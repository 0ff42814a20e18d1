package com.trustproof.store;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.model.ShownFields;
import com.trustproof.model.VariantGroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The recipient table: bulk load, paging with filters, decisions, variant groups. */
public final class RecipientTable {
    private static final String CONSENT_RULE = " consent.missing ";
    private static final int BATCH = 2000;
    /** How many rows still waiting for their check pass {@link #segments} reads the segment cells of. */
    static final int UNFILLED_SEGMENT_SAMPLE = 20_000;

    private final Connection connection;
    private final PageAnchors anchors = new PageAnchors();
    private ReviewCounts counts;
    private Boolean contiguousIds;
    /** The rows of an import in progress, between {@link #beginReplace} and {@link #finishReplace}. */
    private BulkInsert loader;

    RecipientTable(Connection connection) { this.connection = connection; }

    // ---------- bulk load (inside the caller's transaction) ----------

    /**
     * Starts replacing all recipients: remembers existing decisions by email, empties the table
     * and its rule rows (the check pass writes new ones), and drops its indexes so the load runs at
     * full speed. Returns whether {@link #add} needs each row's shown fields: only to match earlier
     * decisions by email. Otherwise a row goes in as its cells alone and the check pass fills in
     * the shown fields with the rest; five fewer values to bind and a row 40% narrower is most of
     * SQLite's work in an import.
     */
    public boolean beginReplace() throws SQLException {
        boolean anyDecided;
        // a decision made before its row's check pass filled it in still follows the address
        fillShownFields(idsWhere("status != 0 AND email = ''"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS temp.previous");
            statement.execute("CREATE TEMP TABLE previous AS SELECT email_key, status, note, decided_at, decided_hash"
                    + " FROM recipient WHERE status != 0");
            try (ResultSet rows = statement.executeQuery("SELECT EXISTS(SELECT 1 FROM temp.previous)")) {
                anyDecided = rows.next() && rows.getBoolean(1);
            }
            for (String index : Schema.INDEX_NAMES) statement.execute("DROP INDEX IF EXISTS " + index);
            statement.execute("DELETE FROM recipient");
            statement.execute("DELETE FROM recipient_rule");
        }
        loader = new BulkInsert(connection, anyDecided);
        return anyDecided;
    }

    /** Adds one unchecked row (the check pass fills in score, findings and hash later). */
    public void add(NewRecipient recipient) throws SQLException { loader.add(recipient); }

    static void bindShown(PreparedStatement statement, int first, ShownFields shown) throws SQLException {
        statement.setString(first, shown.email());
        statement.setString(first + 1, shown.emailKey());
        statement.setString(first + 2, shown.name());
        statement.setString(first + 3, shown.segment());
        statement.setString(first + 4, shown.consent());
    }

    /**
     * Works out and stores the shown fields of rows that went in without them (see
     * {@link #beginReplace}), from their cells and the list's columns as they are now.
     */
    public void fillShownFields(java.util.Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) return;
        ShownFields.Columns columns = ShownFields.Columns.of(columnNames());
        try (PreparedStatement read = connection.prepareStatement("SELECT cells FROM recipient WHERE id = ? AND email = ''");
             ShownUpdater updater = new ShownUpdater()) {
            for (long id : ids) {
                read.setLong(1, id);
                try (ResultSet rows = read.executeQuery()) {
                    if (rows.next()) updater.queue(id, columns.fieldsOf(CellCodec.decode(rows.getBytes(1))));
                }
            }
        }
    }

    private List<Long> idsWhere(String where) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT id FROM recipient WHERE " + where)) {
            while (rows.next()) ids.add(rows.getLong(1));
        }
        return ids;
    }

    /** Where the segment sits in the stored cells, as a JSON path ("$[3]"), or null when the list has no segment column. */
    private String segmentCell() {
        try {
            int at = ShownFields.Columns.of(columnNames()).segment();
            return at < 0 ? null : "$[" + at + "]";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notBlank(String text) { return text != null && !text.isBlank(); }

    /** The query as SQL; a segment filter also reads the segment cell of rows waiting for their check pass. */
    private Filter filterOf(RecipientQuery query) {
        return Filter.of(query, notBlank(query.segment()) ? segmentCell() : null);
    }

    /** The list's canonical column names in order, repeats kept (the shown fields read a repeated name's last column). */
    private List<String> columnNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM list_column ORDER BY position")) {
            while (rows.next()) names.add(rows.getString(1));
        }
        return names;
    }

    /** Batch writer of shown fields, by id; flushes on close. */
    private final class ShownUpdater implements AutoCloseable {
        private final PreparedStatement update = connection.prepareStatement(
                "UPDATE recipient SET email = ?, email_key = ?, name = ?, segment = ?, consent = ? WHERE id = ?");
        private int queued;

        ShownUpdater() throws SQLException {}

        void queue(long id, ShownFields shown) throws SQLException {
            bindShown(update, 1, shown);
            update.setLong(6, id);
            update.addBatch();
            if (++queued % BATCH == 0) update.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try {
                update.executeBatch();
            } finally {
                update.close();
            }
        }
    }

    /**
     * Finishes the load: brings back earlier decisions by email. Rows stay unchecked and without
     * indexes until {@link #storeChecks} and {@link #finishChecks} (the check pass) run.
     */
    public void finishReplace() throws SQLException {
        boolean anyDecided = loader.withShownFields(); // the rows carry their addresses only when earlier decisions need them
        loader.finish();
        loader.close();
        loader = null;
        try (Statement statement = connection.createStatement()) {
            if (anyDecided) {
                statement.execute("CREATE INDEX temp.previous_email ON previous(email_key)");
                statement.executeUpdate("UPDATE recipient SET status = p.status, note = p.note, decided_at = p.decided_at,"
                        + " decided_hash = p.decided_hash FROM temp.previous p WHERE p.email_key = recipient.email_key");
            }
            statement.execute("DROP TABLE temp.previous");
        }
        forgetPositions();
    }

    /** Rebuilds recipient_rule from the rules column (" a b ") of every flagged recipient. */
    static final String REFILL_RULES = "INSERT INTO recipient_rule(rule, recipient_id)"
            + " WITH RECURSIVE split(id, rule, rest) AS ("
            + "   SELECT id, '', ltrim(rules) FROM recipient WHERE worst > 0 OR rules != ' '"
            + "   UNION ALL SELECT id, substr(rest, 1, instr(rest, ' ') - 1), ltrim(substr(rest, instr(rest, ' ')))"
            + "   FROM split WHERE rest != '')"
            + " SELECT DISTINCT rule, id FROM split WHERE rule != ''";

    /** {@link #REFILL_RULES} for the ids in (?, ?]. */
    private static final String REFILL_RULES_BETWEEN = REFILL_RULES.replace("WHERE worst > 0 OR rules != ' '",
            "WHERE id > ? AND id <= ? AND (worst > 0 OR rules != ' ')");

    private void refillRules(Statement statement) throws SQLException {
        statement.execute("DELETE FROM recipient_rule");
        statement.execute(REFILL_RULES);
        forgetPositions();
    }

    /** After any write (here or by another connection): pages may have shifted, ids may have gaps, totals may have moved. */
    public void forgetPositions() {
        anchors.clear();
        contiguousIds = null;
        counts = null;
    }

    /** Decisions made on a message that has since changed (or on a recipient who lost consent) go back to pending. */
    long resetChangedDecisions(Statement statement) throws SQLException {
        long changed = statement.executeUpdate("UPDATE recipient SET status = 0, reset_reason = 'the message changed after this decision'"
                + " WHERE status != 0 AND worst >= 0 AND decided_hash IS NOT message_hash");
        long consent = statement.executeUpdate("UPDATE recipient SET status = 0, reset_reason = 'no consent to be mailed'"
                + " WHERE status = 1 AND instr(rules, '" + CONSENT_RULE + "') > 0");
        return changed + consent;
    }

    /**
     * Up to {@code limit} duplicate emails among {@code candidates} (email keys the importer saw
     * more than once, or whose hash it did), each as "email (lines 3, 17)".
     */
    public List<String> duplicates(java.util.Collection<String> candidates, int limit) throws SQLException {
        List<String> out = new ArrayList<>();
        if (candidates.isEmpty()) return out;
        fillCandidates(candidates);
        try (PreparedStatement query = connection.prepareStatement("SELECT min(email), group_concat(line, ', ') FROM recipient"
                + " WHERE email_key IN temp.candidate GROUP BY email_key HAVING count(*) > 1 ORDER BY min(line) LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) out.add(rows.getString(1) + " (lines " + rows.getString(2) + ")");
            }
        }
        return out;
    }

    private void fillCandidates(java.util.Collection<String> candidates) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS candidate(email_key TEXT PRIMARY KEY) WITHOUT ROWID");
            statement.execute("DELETE FROM temp.candidate");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO temp.candidate VALUES(?)")) {
            for (String key : candidates) {
                insert.setString(1, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Deletes all but the first row of each duplicate email among the candidates; returns (line, email) of those deleted. */
    public List<java.util.Map.Entry<Long, String>> removeDuplicates(java.util.Collection<String> candidates) throws SQLException {
        List<java.util.Map.Entry<Long, String>> removed = new ArrayList<>();
        if (candidates.isEmpty()) return removed;
        fillCandidates(candidates);
        String later = "email_key IN temp.candidate AND id NOT IN"
                + " (SELECT min(id) FROM recipient WHERE email_key IN temp.candidate GROUP BY email_key)";
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT line, email FROM recipient WHERE " + later + " ORDER BY id")) {
                while (rows.next()) removed.add(java.util.Map.entry(rows.getLong(1), rows.getString(2)));
            }
            statement.executeUpdate("DELETE FROM recipient WHERE " + later);
            forgetPositions();
        }
        return removed;
    }

    // ---------- the check pass: rows loaded first are checked in chunks, then indexed ----------

    /** Up to {@code limit} recipients with ids after {@code afterId}, in id order. */
    public List<StoredRecipient> chunkAfter(long afterId, int limit) {
        List<StoredRecipient> out = new ArrayList<>(limit);
        try (PreparedStatement query = connection.prepareStatement("SELECT " + STORED_COLUMNS
                + " FROM recipient WHERE id > ? ORDER BY id LIMIT ?")) {
            query.setLong(1, afterId);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) out.add(stored(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Stores the checks of the recipients with ids in (afterId, lastId], with their shown fields
     * (which an import may have left to this pass), in the caller's transaction, with their rows of
     * recipient_rule.
     */
    public void storeChecks(List<Long> ids, List<CheckSummary> checks, List<ShownFields> shown, long afterId, long lastId) throws SQLException {
        // only a checked row has rule rows: a first pass has none to delete, and the delete scans the whole rule table
        boolean anyCheckedBefore;
        try (PreparedStatement checked = connection.prepareStatement("SELECT EXISTS(SELECT 1 FROM recipient WHERE id > ? AND id <= ? AND worst >= 0)")) {
            ReviewStore.bind(checked, afterId, lastId);
            try (ResultSet rows = checked.executeQuery()) {
                anyCheckedBefore = rows.next() && rows.getBoolean(1);
            }
        }
        try (CheckUpdater updater = new CheckUpdater(true)) {
            for (int i = 0; i < ids.size(); i++) updater.queue(ids.get(i), checks.get(i), shown.get(i));
            updater.update.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM recipient_rule WHERE recipient_id > ? AND recipient_id <= ?");
             PreparedStatement fill = connection.prepareStatement(REFILL_RULES_BETWEEN)) {
            if (anyCheckedBefore) {
                ReviewStore.bind(delete, afterId, lastId);
                delete.executeUpdate();
            }
            ReviewStore.bind(fill, afterId, lastId);
            fill.executeUpdate();
        }
        forgetPositions();
    }

    /** Decisions whose message changed since (or that lost consent) go back to pending; returns how many. */
    public long finishChecks() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long reset = resetChangedDecisions(statement);
            forgetPositions();
            return reset;
        }
    }

    // ---------- re-check after a template edit ----------

    /** Streams every recipient in list order (for a full re-check or export). */
    public void forEach(String where, Consumer<StoredRecipient> sink) {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + STORED_COLUMNS + " FROM recipient"
                + (where == null ? "" : " WHERE " + where) + " ORDER BY id")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) sink.accept(stored(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams every recipient's id and still-encoded cells in list order: the least a full check reads. */
    public void forEachRaw(Consumer<RawRecipient> sink) {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, cells FROM recipient ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) sink.accept(new RawRecipient(rows.getLong(1), rows.getBytes(2)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Batch updater of check summaries, for use inside a transaction. */
    public final class CheckUpdater implements AutoCloseable {
        private final PreparedStatement update;
        private int count;

        /** {@code withShown}: each row's shown fields are written too (the check pass after an import that left them out). */
        CheckUpdater(boolean withShown) throws SQLException {
            update = connection.prepareStatement("UPDATE recipient SET score = ?, worst = ?, rules = ?, variant = ?, message_hash = ?"
                    + (withShown ? ", email = ?, email_key = ?, name = ?, segment = ?, consent = ?" : "") + " WHERE id = ?");
        }

        /** Queues one update; SQL failures surface as {@link IllegalStateException} (so it fits in a lambda). */
        public void set(long id, CheckSummary check) {
            try {
                queue(id, check, null);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void queue(long id, CheckSummary check, ShownFields shown) throws SQLException {
            update.setInt(1, check.score());
            update.setInt(2, check.worst());
            update.setString(3, check.rules());
            update.setString(4, check.variant());
            update.setString(5, check.messageHash());
            if (shown != null) bindShown(update, 6, shown);
            update.setLong(shown == null ? 6 : 11, id);
            update.addBatch();
            if (++count % BATCH == 0) update.executeBatch();
        }

        /** Writes what is left and sends changed decisions back to pending; returns how many. */
        public long finish() throws SQLException {
            update.executeBatch();
            try (Statement statement = connection.createStatement()) {
                refillRules(statement);
                return resetChangedDecisions(statement);
            }
        }

        @Override
        public void close() throws SQLException { update.close(); }
    }

    public CheckUpdater checkUpdater() throws SQLException { return new CheckUpdater(false); }

    // ---------- reading for the list ----------

    private static final String STORED_COLUMNS = "id, line, cells, status, note, decided_at, decided_hash, reset_reason,"
            + " score, worst, rules, variant, message_hash";

    public StoredRecipient get(long id) {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + STORED_COLUMNS + " FROM recipient WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? stored(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(RecipientQuery query) {
        Filter filter = filterOf(query);
        if (filter.where().isEmpty()) return counts().total(); // counted once, kept up to date
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM recipient" + filter.where())) {
            ReviewStore.bind(statement, filter.args().toArray());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows {@code offset} .. offset+limit of the query. Pages continue from the last row's key
     * (keyset pagination) where an earlier page left one, so scrolling a million rows never counts
     * past them; an unfiltered list in import order maps positions straight to ids.
     */
    public List<RecipientRow> page(RecipientQuery query, long offset, int limit) {
        Filter filter = filterOf(query);
        PageAnchors.Anchor anchor = filter.where().isEmpty() && filter.sort() == RecipientQuery.Order.LIST && idsAreContiguous()
                ? new PageAnchors.Anchor(offset, new Object[]{offset})
                : anchors.nearest(filter.cacheKey(), offset);
        List<Object> args = new ArrayList<>(filter.args());
        String where = filter.where();
        if (anchor != null) {
            where = (where.isEmpty() ? " WHERE " : where + " AND ") + filter.after();
            args.addAll(filter.afterArgs(anchor.key()));
        }
        args.add(limit);
        args.add(anchor == null ? offset : offset - anchor.offset());
        List<RecipientRow> out = new ArrayList<>(limit);
        // the inner query walks only the (covering) index to find the page's ids; only those rows are read in full
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, email, name, segment, consent, status, worst,"
                + " score, variant, email_key, CASE WHEN email = '' THEN cells END FROM recipient WHERE id IN (SELECT id FROM recipient" + where
                + " ORDER BY " + filter.order() + " LIMIT ? OFFSET ?) ORDER BY " + filter.order())) {
            ReviewStore.bind(statement, args.toArray());
            try (ResultSet rows = statement.executeQuery()) {
                String lastEmailKey = null;
                ShownFields.Columns columns = null;
                while (rows.next()) {
                    byte[] unfilled = rows.getBytes(11);
                    ShownFields shown;
                    if (unfilled == null) {
                        shown = new ShownFields(rows.getString(2), rows.getString(10), rows.getString(3), rows.getString(4), rows.getString(5));
                    } else { // loaded, its check pass still to come: the same fields, worked out here
                        if (columns == null) columns = ShownFields.Columns.of(columnNames());
                        shown = columns.fieldsOf(CellCodec.decode(unfilled));
                    }
                    out.add(new RecipientRow(rows.getLong(1), shown.email(), shown.name(), shown.segment(), shown.consent(),
                            status(rows.getInt(6)), severity(rows.getInt(7)), rows.getInt(8), rows.getString(9)));
                    lastEmailKey = rows.getString(10); // the key the query sorted by, "" until filled in
                }
                if (!out.isEmpty()) {
                    RecipientRow last = out.get(out.size() - 1);
                    anchors.remember(filter.cacheKey(), offset + out.size(), filter.keyOf(last.id(), last.score(), lastEmailKey));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** True when ids run 1..count without gaps (then row position n is id n+1). */
    private boolean idsAreContiguous() {
        if (contiguousIds == null) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) FROM recipient")) {
                contiguousIds = rows.next() && rows.getLong(1) == counts().total();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return contiguousIds;
    }

    /**
     * Totals by decision and by worst severity. Counted once (through the indexes, or in one scan before they exist), then kept up to
     * date by single decisions; bulk changes count again.
     */
    public ReviewCounts counts() {
        if (counts == null) counts = indexed() ? countThroughIndexes() : countInOneScan();
        return counts;
    }

    private ReviewCounts countThroughIndexes() {
        long[] byStatus = grouped("SELECT status, count(*) FROM recipient GROUP BY status", 3);
        long[] byWorst = grouped("SELECT worst + 1, count(*) FROM recipient GROUP BY worst", 5); // worst -1: unchecked
        return new ReviewCounts(byStatus[0] + byStatus[1] + byStatus[2], byStatus[0], byStatus[1], byStatus[2],
                byWorst[4], byWorst[3], byWorst[2], byWorst[1], byWorst[0]);
    }

    /** Before the check pass builds the indexes: one walk of the table instead of one per total. */
    private ReviewCounts countInOneScan() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*), sum(status = 0), sum(status = 1), sum(status = 2),"
                     + " sum(worst = 3), sum(worst = 2), sum(worst = 1), sum(worst = 0), sum(worst < 0) FROM recipient")) {
            rows.next();
            return new ReviewCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean indexed() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) = 2 FROM sqlite_master WHERE type = 'index'"
                     + " AND name IN ('recipient_status', 'recipient_worst')")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long[] grouped(String sql, int size) {
        long[] out = new long[size];
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) out[rows.getInt(1)] = rows.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Moves one recipient between decision totals in the cached counts. */
    private void recount(DecisionStatus from, DecisionStatus to) {
        if (counts == null || from == to) return;
        long[] byStatus = {counts.pending(), counts.approved(), counts.rejected()};
        byStatus[from.ordinal()]--;
        byStatus[to.ordinal()]++;
        counts = new ReviewCounts(counts.total(), byStatus[0], byStatus[1], byStatus[2], counts.high(), counts.medium(),
                counts.low(), counts.clean(), counts.unchecked());
    }

    /** Variant groups, riskiest and largest first; counted through the covering variant index. */
    public List<VariantGroup> groups(int limit) {
        List<VariantGroup> out = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT variant, count(*), sum(status = 0), sum(status = 1),"
                + " sum(status = 2), max(worst), min(id) FROM recipient WHERE worst >= 0 GROUP BY variant"
                + " ORDER BY max(worst) DESC, count(*) DESC LIMIT ?");
             PreparedStatement rulesOf = connection.prepareStatement("SELECT rules FROM recipient WHERE id = ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long sample = rows.getLong(7);
                    rulesOf.setLong(1, sample); // every member of a group has the same rules: read them from one
                    String rules;
                    try (ResultSet rule = rulesOf.executeQuery()) {
                        rules = rule.next() ? rule.getString(1).strip() : "";
                    }
                    out.add(new VariantGroup(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5), severity(rows.getInt(6)), rules, sample));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Distinct segments (split on ';'), most common first, at most {@code limit}. */
    public List<String> segments(int limit) {
        List<String> out = new ArrayList<>();
        String segmentCell = segmentCell();
        // rows waiting for their check pass have no segment column yet: the segment cells of the first
        // of them are read instead (all of them would take a second at the opening of a million-row
        // review; segments are few and the window lists them again when the pass is done)
        String distinct = "SELECT DISTINCT segment AS s FROM recipient WHERE email != ''" + (segmentCell == null ? ""
                : " UNION SELECT DISTINCT json_extract(cells, ?) FROM (SELECT cells FROM recipient WHERE email = '' LIMIT "
                + UNFILLED_SEGMENT_SAMPLE + ")");
        try (PreparedStatement query = connection.prepareStatement("WITH RECURSIVE split(part, rest) AS ("
                + " SELECT '', s || ';' FROM (" + distinct + ")"
                + " UNION ALL SELECT trim(substr(rest, 1, instr(rest, ';') - 1)), substr(rest, instr(rest, ';') + 1)"
                + " FROM split WHERE rest != '')"
                + " SELECT DISTINCT part FROM split WHERE part != '' ORDER BY part LIMIT ?")) {
            if (segmentCell == null) {
                ReviewStore.bind(query, limit);
            } else {
                ReviewStore.bind(query, segmentCell, limit);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) out.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    // ---------- decisions ----------

    /** Sets one recipient's decision and logs it, in one transaction of the caller. Returns rows changed. */
    public int decide(long id, DecisionStatus status, String note) throws SQLException {
        ReviewCounts known = counts;
        DecisionStatus before = statusOf(id);
        forgetPositions();
        counts = known;
        if (before != null) recount(before, status);
        String now = Instant.now().toString();
        int changed;
        try (PreparedStatement update = connection.prepareStatement("UPDATE recipient SET status = ?, note = ?, decided_at = ?,"
                + " decided_hash = CASE WHEN ? = 0 THEN NULL ELSE message_hash END, reset_reason = NULL WHERE id = ?")) {
            update.setInt(1, status.ordinal());
            update.setString(2, note);
            update.setString(3, status == DecisionStatus.PENDING ? null : now);
            update.setInt(4, status.ordinal());
            update.setLong(5, id);
            changed = update.executeUpdate();
        }
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO decision_log(recipient_id, status, note, decided_at,"
                + " message_hash) SELECT id, status, note, ?, message_hash FROM recipient WHERE id = ?")) {
            log.setString(1, now);
            log.setLong(2, id);
            log.executeUpdate();
        }
        return changed;
    }

    private DecisionStatus statusOf(long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status FROM recipient WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? status(rows.getInt(1)) : null;
            }
        }
    }

    /**
     * Decides every recipient matching {@code where} (a fixed SQL condition with ? args) that is
     * not already in that state; approvals skip recipients without consent. Returns how many changed.
     */
    public long decideWhere(String where, List<Object> args, DecisionStatus status, String note) throws SQLException {
        forgetPositions();
        String now = Instant.now().toString();
        // an approval binds to a checked message: rows still waiting for their check are never bulk-approved
        String condition = "(" + where + ") AND status != ?"
                + (status == DecisionStatus.APPROVED ? " AND worst >= 0 AND instr(rules, '" + CONSENT_RULE + "') = 0" : "");
        List<Object> all = new ArrayList<>(args);
        all.add(status.ordinal());
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO decision_log(recipient_id, status, note, decided_at, message_hash)"
                + " SELECT id, ?, ?, ?, message_hash FROM recipient WHERE " + condition)) {
            List<Object> logArgs = new ArrayList<>(java.util.Arrays.asList(status.ordinal(), note, now));
            logArgs.addAll(all);
            ReviewStore.bind(log, logArgs.toArray());
            log.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE recipient SET status = ?, note = ?, decided_at = ?,"
                + " decided_hash = CASE WHEN ? = 0 THEN NULL ELSE message_hash END, reset_reason = NULL WHERE " + condition)) {
            List<Object> updateArgs = new ArrayList<>(java.util.Arrays.asList(status.ordinal(), note, status == DecisionStatus.PENDING ? null : now, status.ordinal()));
            updateArgs.addAll(all);
            ReviewStore.bind(update, updateArgs.toArray());
            return update.executeUpdate();
        }
    }

    /** Condition for "pending, consenting, nothing worse than maxWorst (0-3)". */
    public static String approvableWhere() {
        return "status = 0 AND worst >= 0 AND worst <= ? AND instr(rules, '" + CONSENT_RULE + "') = 0";
    }

    public long countWhere(String where, List<Object> args) {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM recipient WHERE " + where)) {
            ReviewStore.bind(query, args.toArray());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------- mapping ----------

    private static StoredRecipient stored(ResultSet rows) throws SQLException {
        return new StoredRecipient(rows.getLong(1), rows.getLong(2), CellCodec.decode(rows.getBytes(3)), status(rows.getInt(4)),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                new CheckSummary(rows.getInt(9), rows.getInt(10), rows.getString(11), rows.getString(12), rows.getString(13)));
    }

    static DecisionStatus status(int ordinal) { return DecisionStatus.values()[ordinal]; }

    /** 3 → HIGH, 2 → MEDIUM, 1 → LOW, 0 → null (clean). */
    public static Severity severity(int worst) {
        return switch (worst) {
            case 3 -> Severity.HIGH;
            case 2 -> Severity.MEDIUM;
            case 1 -> Severity.LOW;
            default -> null;
        };
    }

    public static int worst(Severity severity) {
        return severity == null ? 0 : 3 - severity.ordinal();
    }
}
