package com.trustproof.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/**
 * SQLite's native library, unpacked once into the user's data folder instead of into the temp
 * folder on every start (sqlite-jdbc's default): each command and each window start saves the
 * copy, and a killed process leaves nothing behind in /tmp. The folder is named by the
 * library's checksum, so a new Trustproof version unpacks its own.
 */
public final class NativeLibrary {
    private static boolean prepared;

    private NativeLibrary() {}

    /** Points sqlite-jdbc at the unpacked library; call before the first connection. Falls back quietly. */
    public static synchronized void prepare(Path dataDir) {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) return;
        prepared = true;
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) return; // not bundled for this platform: sqlite-jdbc finds its own way
            byte[] library = in.readAllBytes();
            CRC32 crc = new CRC32();
            crc.update(library);
            Path folder = dataDir.resolve("native").resolve(Long.toHexString(crc.getValue()));
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) != library.length) {
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, name, ".part");
                Files.write(partial, library);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // an unwritable data folder only costs the unpacking time: sqlite-jdbc uses the temp folder
        }
    }
}
