package com.trustproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Shared helpers for tests that work on real files. */
public final class TestFiles {
    private TestFiles() {}

    public static final Path DEMO_CAMPAIGN = Path.of("assets/demo/campaign.json");
    public static final Path DEMO_RECIPIENTS = Path.of("assets/demo/recipients.csv");

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a file's bytes, to prove a file was left untouched. */
    public static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A list of {@code rows} recipients in the demo's columns (every 50th without consent, every
     * 40th without a first name): long enough that an import leaves its checks for later.
     */
    public static Path longList(Path dir, int rows) {
        StringBuilder csv = new StringBuilder("email,first_name,last_name,segment,consent,last_active,city,interests\n");
        String[] names = {"Mia", "Noah", "Zoë", "Liam", "Ava"};
        for (int i = 1; i <= rows; i++) {
            csv.append("person").append(i).append("@example.com,").append(i % 40 == 0 ? "" : names[i % names.length])
                    .append(",Lee,trail-runners,").append(i % 50 == 0 ? "unsubscribed" : "subscribed")
                    .append(",2026-06-01,Boulder,running\n");
        }
        return write(dir, "long.csv", csv.toString());
    }
}
