package com.trustproof.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One review file (SQLite). Opens or creates it, migrates its schema, and runs work in
 * transactions. The only class family that touches JDBC; callers get plain values and records.
 */
public final class ReviewStore implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 3000;

    private final Path file;
    private final Connection connection;
    private final RecipientTable recipients;

    private ReviewStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.recipients = new RecipientTable(connection);
    }

    /** Opens an existing review file, migrating older schemas; refuses foreign and newer files untouched. */
    public static ReviewStore open(Path file) {
        if (!Files.isRegularFile(file)) throw new ReviewFileException(file + ": no such review file");
        ReviewStore store = connect(file);
        try {
            int version = store.pragma("user_version");
            int applicationId = store.pragma("application_id");
            if (applicationId != Schema.APPLICATION_ID) {
                store.close();
                throw new ReviewFileException(file + ": not a Trustproof review file");
            }
            if (version > Schema.latestVersion()) {
                store.close();
                throw new ReviewFileException(file + ": made by a newer Trustproof (schema " + version
                        + ", this version reads up to " + Schema.latestVersion() + "); update Trustproof to open it");
            }
            store.useWal();
            if (version < Schema.latestVersion()) store.inTransaction(() -> Schema.migrate(store.connection, version));
            return store;
        } catch (SQLException e) {
            store.close();
            throw translate(file, e);
        }
    }

    /** Creates a new, empty review file readable by its owner only (it holds personal data). */
    public static ReviewStore create(Path file) {
        ReviewStore store = createEmpty(file);
        try {
            store.useWal();
            store.inTransaction(() -> Schema.migrate(store.connection, 0));
            return store;
        } catch (ReviewFileException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Creates a review file to be filled once and then moved into place (a fresh import): no
     * journal and no syncing while it is built, since a crash throws the whole file away anyway.
     * {@link #close} it, then {@link #flushToDisk} it before the move; opening it turns WAL on.
     */
    public static ReviewStore createForBulkLoad(Path file) {
        ReviewStore store = createEmpty(file);
        try (Statement statement = store.connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = OFF");
            statement.execute("PRAGMA synchronous = OFF");
            statement.execute("PRAGMA cache_size = -65536"); // 64 MB: the load never spills half-built pages
            store.inTransaction(() -> Schema.migrate(store.connection, 0));
            return store;
        } catch (SQLException e) {
            store.close();
            throw translate(file, e);
        } catch (ReviewFileException e) {
            store.close();
            throw e;
        }
    }

    /** Forces a closed review file's bytes to disk (after a load without syncing, before moving it into place). */
    public static void flushToDisk(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new ReviewFileException(file + ": cannot write the review file: " + e.getMessage(), e);
        }
    }

    private static ReviewStore createEmpty(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new ReviewFileException(file + ": cannot create the review file: " + e.getMessage(), e);
        }
        return connect(file);
    }

    /**
     * Builds the recipient indexes that are missing (after a load), one transaction each, so a
     * reviewer's decision in between never waits long for the write lock.
     */
    public void buildIndexes() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA threads = 2"); // SQLite sorts each index on two cores (it reads the table on one)
        } catch (SQLException e) {
            throw translate(file, e);
        }
        for (String sql : Schema.INDEXES) {
            inTransaction(() -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
        }
    }

    /**
     * Runs {@code work} without syncing each of its commits to disk, for work that is redone when it
     * did not finish (the check pass: its pending mark goes only at its end). WAL keeps the file
     * consistent either way; a power cut can lose only the last of these commits, which the pass
     * repeats. A decision committed meanwhile on another connection, or after this returns, is
     * synced as ever (and its sync takes every earlier commit to disk with it).
     */
    public void withoutSyncingEachCommit(Runnable work) {
        setSynchronous("NORMAL");
        try {
            work.run();
        } finally {
            setSynchronous("FULL");
        }
    }

    private void setSynchronous(String level) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous = " + level);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    public void deleteMeta(String key) {
        update("DELETE FROM meta WHERE key = ?", key);
    }

    /** Loading ahead of the first connection (see {@link #warmUpInBackground}), or null. */
    private static volatile Thread warmUp;

    /**
     * Loads SQLite's driver and native library on a second thread, after {@code first} (other
     * libraries the command will need), while the main thread parses the command line: on two
     * cores the second sits idle at start. The first connection waits for it to finish, so nothing
     * is ever initialised from two threads at once.
     */
    public static void warmUpInBackground(Runnable first) {
        warmUp = Thread.ofPlatform().daemon().name("trustproof-warm-up").start(() -> {
            try {
                first.run();
                try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:", new org.sqlite.SQLiteConfig().toProperties());
                     Statement statement = memory.createStatement()) {
                    statement.execute("CREATE TABLE t(x)");
                    try (PreparedStatement insert = memory.prepareStatement("INSERT INTO t VALUES(?)")) {
                        insert.setString(1, "x");
                        insert.addBatch();
                        insert.executeBatch();
                    }
                }
            } catch (Exception | LinkageError e) {
                // only a head start: whatever failed here is done again, and reported, where it is needed
            }
        });
    }

    private static void awaitWarmUp() {
        Thread loading = warmUp;
        if (loading == null) return;
        try {
            loading.join();
            warmUp = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the connection is still made; the caller sees the interrupt
        }
    }

    private static ReviewStore connect(Path file) {
        awaitWarmUp();
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                // reading the header first turns "not a database" into a clear refusal before any write
                statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            connection.setAutoCommit(true);
            return new ReviewStore(file, connection);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Write-ahead logging: readers never block the writer, and a crash leaves the last commit intact. */
    private void useWal() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL"); // a decision, once committed, survives even a power cut (see withoutSyncingEachCommit)
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    static ReviewFileException translate(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return new ReviewFileException(file + ": not a Trustproof review file", e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new ReviewFileException(file + ": the review file is busy (open in another Trustproof?); try again in a moment", e);
        }
        if (message.contains("SQLITE_CORRUPT")) {
            return new ReviewFileException(file + ": the review file is damaged", e);
        }
        return new ReviewFileException(file + ": " + message, e);
    }

    public Path file() { return file; }

    public RecipientTable recipients() { return recipients; }

    /** The connection, for this package's tests. */
    Connection connection() { return connection; }

    /** Work that runs inside one transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public void inTransaction(Work work) {
        try {
            // the connection begins IMMEDIATE transactions: a busy file fails here, before any work
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (Throwable failure) {
                connection.rollback();
                recipients.forgetPositions(); // cached totals and page keys may describe the rolled-back change
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    // ---------- metadata, campaign versions, columns, statistics ----------

    public String meta(String key) {
        return queryString("SELECT value FROM meta WHERE key = ?", key);
    }

    public void putMeta(String key, String value) {
        update("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }

    /** Sets a metadata value in a transaction of its own (taking the write lock like any change). */
    public void putMetaInTransaction(String key, String value) {
        inTransaction(() -> putMeta(key, value));
    }

    /** Stores a campaign version; returns its number. */
    public int addCampaignVersion(String json) {
        update("INSERT INTO campaign_version(json, saved_at) VALUES(?, ?)", json, Instant.now().toString());
        return Integer.parseInt(queryString("SELECT max(version) FROM campaign_version"));
    }

    public String latestCampaignJson() {
        return queryString("SELECT json FROM campaign_version ORDER BY version DESC LIMIT 1");
    }

    /** Replaces the list's columns: canonical names and original headers, in order. */
    public void replaceColumns(List<String> names, List<String> headers) {
        update("DELETE FROM list_column");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO list_column(position, name, header) VALUES(?, ?, ?)")) {
            for (int i = 0; i < names.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, names.get(i));
                insert.setString(3, headers.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Canonical column name → original header, in column order. */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name, header FROM list_column ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) columns.put(rows.getString(1), rows.getString(2));
        } catch (SQLException e) {
            throw translate(file, e);
        }
        return columns;
    }

    /** Replaces the counts of one kind (recipients per rule, missing values per field, ...). */
    public void replaceStats(String kind, Map<String, Long> values) {
        update("DELETE FROM stat WHERE kind = ?", kind);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stat(kind, key, value) VALUES(?, ?, ?)")) {
            for (Map.Entry<String, Long> entry : values.entrySet()) {
                insert.setString(1, kind);
                insert.setString(2, entry.getKey());
                insert.setLong(3, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    public Map<String, Long> stats(String kind) {
        Map<String, Long> values = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT key, value FROM stat WHERE kind = ? ORDER BY value DESC, key")) {
            query.setString(1, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) values.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
        return values;
    }

    /** Result of PRAGMA integrity_check: "ok" when the file is sound. */
    public String integrityCheck() {
        return queryString("PRAGMA integrity_check");
    }

    public int schemaVersion() {
        try {
            return pragma("user_version");
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    int pragma(String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private String queryString(String sql, Object... args) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) statement.setObject(i + 1, args[i]);
    }

    static List<Object> list(Object... items) { return new ArrayList<>(List.of(items)); }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed: nothing more to do
        }
    }
}
