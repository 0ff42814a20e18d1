package com.trustproof.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The review file's schema, versioned with PRAGMA user_version. Each entry of {@link #MIGRATIONS}
 * takes the file from version i to i+1; a new file runs them all. Never edit a released step:
 * add one.
 */
final class Schema {
    /** 'TPRF': marks a SQLite file as a Trustproof review (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x54505246;

    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE campaign_version(version INTEGER PRIMARY KEY, json TEXT NOT NULL, saved_at TEXT NOT NULL)",
                    "CREATE TABLE list_column(position INTEGER PRIMARY KEY, name TEXT NOT NULL, header TEXT NOT NULL)",
                    """
                    CREATE TABLE recipient(
                      id INTEGER PRIMARY KEY,
                      line INTEGER NOT NULL,
                      email TEXT NOT NULL,
                      email_key TEXT NOT NULL,
                      name TEXT NOT NULL,
                      segment TEXT NOT NULL,
                      consent TEXT NOT NULL,
                      cells TEXT NOT NULL,
                      score INTEGER NOT NULL,
                      worst INTEGER NOT NULL,
                      rules TEXT NOT NULL,
                      variant TEXT NOT NULL,
                      message_hash TEXT NOT NULL,
                      status INTEGER NOT NULL DEFAULT 0,
                      note TEXT,
                      decided_at TEXT,
                      decided_hash TEXT,
                      reset_reason TEXT)""",
                    "CREATE TABLE decision_log(id INTEGER PRIMARY KEY, recipient_id INTEGER NOT NULL, status INTEGER NOT NULL,"
                            + " note TEXT, decided_at TEXT NOT NULL, message_hash TEXT)",
                    "CREATE TABLE stat(kind TEXT NOT NULL, key TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY(kind, key))"),
            // v2: which recipients have which rule, so filtering by rule is an index lookup, not a scan
            List.of("CREATE TABLE recipient_rule(rule TEXT NOT NULL, recipient_id INTEGER NOT NULL,"
                    + " PRIMARY KEY(rule, recipient_id)) WITHOUT ROWID",
                    RecipientTable.REFILL_RULES));

    /** Indexes that make paging, filters and groups instant; built after a bulk load, not during it. */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS recipient_status ON recipient(status, id)",
            "CREATE INDEX IF NOT EXISTS recipient_worst ON recipient(worst, id)",
            "CREATE INDEX IF NOT EXISTS recipient_score ON recipient(score DESC, id)",
            "CREATE INDEX IF NOT EXISTS recipient_variant ON recipient(variant, status, worst)", // covers the groups query
            "CREATE INDEX IF NOT EXISTS recipient_email ON recipient(email_key)");

    static final List<String> INDEX_NAMES = List.of(
            "recipient_status", "recipient_worst", "recipient_score", "recipient_variant", "recipient_email");

    static int latestVersion() { return MIGRATIONS.size(); }

    private Schema() {}

    /** Brings the file from {@code from} to the latest version, inside the caller's transaction. */
    static void migrate(Connection connection, int from) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = from; version < MIGRATIONS.size(); version++) {
                for (String sql : MIGRATIONS.get(version)) statement.execute(sql);
            }
            for (String sql : INDEXES) statement.execute(sql);
            statement.execute("PRAGMA user_version = " + latestVersion());
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
    }
}
