package com.trustproof;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The window's JVM gets the launcher's own JVM options, and starts with its own without a word of warning. */
class LauncherWindowTest {
    private static final String MAIN = Launcher.class.getName();

    @Test
    void theOptionsBeforeTheJarOrTheMainClassAreTheJvmsLessTheClassPath() {
        assertEquals(List.of("-Xmx1g", "-Dprism.order=sw"),
                Launcher.optionsBeforeMain(List.of("-Xmx1g", "-Dprism.order=sw", "-jar", "trustproof.jar", "open", "-Xmx2g"), MAIN));
        assertEquals(List.of("-Dx=1", "-XX:+UseSerialGC"),
                Launcher.optionsBeforeMain(List.of("-cp", "a.jar:b", "-Dx=1", "--class-path=c.jar", "-XX:+UseSerialGC", MAIN, "open", "f"), MAIN));
        assertEquals(List.of(), Launcher.optionsBeforeMain(List.of("-classpath", "a.jar", MAIN), MAIN));
        assertNull(Launcher.optionsBeforeMain(List.of("-cp", "a.jar", "other.Main"), MAIN), "not started the usual way");
    }

    @Test
    void theWindowJvmAcceptsItsOptionsSilently() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Launcher.windowOptions());
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("warning"), output);
        assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("unrecognized"), output);
    }
}
