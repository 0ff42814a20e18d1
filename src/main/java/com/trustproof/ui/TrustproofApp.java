package com.trustproof.ui;

import java.nio.file.Path;

/** Placeholder until the window lands. */
public final class TrustproofApp {
    public static void launchApp(Path review) { throw new IllegalStateException("window pending"); }
}
