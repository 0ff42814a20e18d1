package com.trustproof.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class NativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void unpacksTheLibraryOnceIntoTheDataFolderAndPointsSqliteAtIt() throws Exception {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        byte[] bundled;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            assertNotNull(in, "sqlite-jdbc bundles a library for this platform");
            bundled = in.readAllBytes();
        }
        try {
            NativeLibrary.prepare(dir);
            Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
            assertEquals(dir.resolve("native"), folder.getParent());
            assertEquals(name, System.getProperty("org.sqlite.lib.name"));
            assertArrayEquals(bundled, Files.readAllBytes(folder.resolve(name)));
            try (var files = Files.list(folder)) {
                assertEquals(1, files.count(), "no partial copies left behind");
            }
        } finally {
            System.clearProperty("org.sqlite.lib.path");
            System.clearProperty("org.sqlite.lib.name");
        }
    }
}
