package com.trustproof.ui;

import java.nio.file.Path;

/**
 * What the window asks of the application around it: opening another review replaces the
 * session, which the window itself cannot do. Tests pass {@link #NONE}.
 */
public interface WindowHost {
    WindowHost NONE = new WindowHost() {
        @Override public void openReview(Path reviewFile) {}
        @Override public void importReview(Path campaignJson, Path recipients, Path reviewFile) {}
        @Override public void setDarkTheme(boolean dark) {}
    };

    void openReview(Path reviewFile);

    void importReview(Path campaignJson, Path recipients, Path reviewFile);

    void setDarkTheme(boolean dark);
}
