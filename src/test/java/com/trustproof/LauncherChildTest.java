package com.trustproof;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's bounded child runs check's workers below the JIT compiler: in a JVM started with
 * the child's options a lowest-priority thread gets a higher nice value than a normal one, and the
 * JVM prints no warning about it (Linux, where priorities map to nice values).
 */
class LauncherChildTest {
    /** Prints the nice values of a normal thread and of a lowest-priority thread. */
    public static final class ShowNice {
        public static void main(String[] args) throws Exception {
            Thread low = Thread.ofPlatform().priority(Thread.MIN_PRIORITY).start(() -> System.out.println("low " + nice()));
            low.join();
            System.out.println("normal " + nice());
        }

        /** Field 19 of the calling thread's stat line, counted after the command name. */
        private static String nice() {
            try {
                String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void lowestPriorityThreadsYieldTheCoreInTheChild() throws Exception {
        if (!Files.exists(Path.of("/proc/thread-self/stat"))) return; // not Linux: priorities are the OS's business
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Launcher.CHILD_OPTIONS.stream().filter(option -> !option.startsWith("-Dtrustproof")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShowNice.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        List<String> lines = output.lines().toList();
        assertEquals(2, lines.size(), "nothing but the two lines, no JVM warning: " + output);
        int low = Integer.parseInt(lines.get(0).substring("low ".length()));
        int normal = Integer.parseInt(lines.get(1).substring("normal ".length()));
        assertTrue(low > normal, "a lowest-priority thread runs nicer than a normal one: " + output);
    }
}
