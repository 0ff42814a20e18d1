package com.trustproof;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM refuses, and never rewrites, an archive of an earlier jar build: each build gets its own. */
class LauncherArchiveTest {
    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwnAndTheEarlierOneGoes(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cds"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "first build");
        Path otherJar = Files.writeString(dir.resolve("other.jar"), "another install");
        List<String> options = List.of("-Xmx384m", "-XX:+UseSerialGC");

        Path first = Launcher.archive(folder, "check", "/jdk", jar.toString(), options);
        assertEquals(first, Launcher.archive(folder, "check", "/jdk", jar.toString(), options), "same build, same archive");
        Files.writeString(first, "archive of the first build");
        Path other = Files.writeString(Launcher.archive(folder, "check", "/jdk", otherJar.toString(), options), "other install's archive");
        Path export = Files.writeString(Launcher.archive(folder, "export", "/jdk", jar.toString(), options), "export's archive");

        Files.writeString(jar, "second build, longer");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Path second = Launcher.archive(folder, "check", "/jdk", jar.toString(), options);

        assertNotEquals(first, second);
        assertFalse(Files.exists(first), "the earlier build's archive is deleted");
        assertTrue(Files.exists(other) && Files.exists(export), "archives of other installs and commands stay");
        assertNotEquals(second, Launcher.archive(folder, "check", "/jdk", jar.toString(), List.of("-XX:+UseG1GC")));
    }

    @Test
    void aRelativeClassPathNamesTheJarItPointsAt(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cds"));
        Path jar = Files.writeString(Path.of("target").resolve("archive-test-" + System.nanoTime() + ".jar"), "a build");
        try {
            // "java -jar target/trustproof.jar" in two checkouts: the same relative path, two jars, two archives
            assertEquals(Launcher.archive(folder, "import", "/jdk", jar.toAbsolutePath().toString(), List.of()),
                    Launcher.archive(folder, "import", "/jdk", jar.toString(), List.of()));
        } finally {
            Files.delete(jar);
        }
    }
}
