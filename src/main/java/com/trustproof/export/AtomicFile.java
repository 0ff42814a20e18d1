package com.trustproof.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

/**
 * Writes a file whole or not at all: into a temp file in the target's own folder,
 * flushed and fsynced, then renamed over the target. On any failure or cancellation the temp file
 * is deleted and an existing target is left untouched.
 */
final class AtomicFile {
    static final int BUFFER = 64 * 1024;
    static final String TEMP_PREFIX = ".trustproof-export";
    static final String TEMP_SUFFIX = ".tmp";

    /** Produces the file's content; may throw {@link CancellationException}. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** @param what what is written, for messages ("the export", "the report") */
    static <T> T write(Path target, String what, Content<T> content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = checkedFolder(file, what);
        Path temp = createTemp(file, dir, what);
        boolean moved = false;
        try {
            T result = writeAndSync(temp, content);
            if (Thread.interrupted()) throw new CancellationException("Writing " + what + " was cancelled");
            move(temp, file);
            moved = true;
            syncFolder(dir);
            return result;
        } catch (ClosedByInterruptException e) {
            throw new CancellationException("Writing " + what + " was cancelled");
        } catch (CancellationException e) {
            Thread.currentThread().interrupt(); // keep the interrupt visible to the caller
            throw e;
        } catch (IOException e) {
            throw new ExportException("Could not write " + what + " to " + file + ": " + reason(e), e);
        } finally {
            if (!moved) deleteQuietly(temp);
        }
    }

    private static Path checkedFolder(Path file, String what) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + what + " to " + file + ": the folder "
                    + dir + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("Cannot write " + what + " to " + file + ": it is a folder.");
        }
        return dir;
    }

    private static Path createTemp(Path file, Path dir, String what) {
        try {
            return Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + what + " to " + file + ": the folder " + dir
                    + " is not writable (" + reason(e) + ").", e);
        }
    }

    private static <T> T writeAndSync(Path temp, Content<T> content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
            T result = content.writeTo(out);
            out.flush();
            channel.force(true);
            return result;
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the OS allows opening a folder (not on Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort: the file content is already synced
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more we can do; the name starts with a dot and ends in .tmp
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
