package com.trustproof.ui;

import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Finds the demo review. CALL SITE PENDING: the app layer will provide
 * {@code com.trustproof.app.Demo.ensureDemoReview()}; until it is on main this looks it up
 * reflectively so the window compiles either way. Replace with the direct call once it exists.
 */
final class DemoReview {
    private DemoReview() {}

    static Path ensure() {
        try {
            Class<?> demo = Class.forName("com.trustproof.app.Demo");
            Method ensure = demo.getMethod("ensureDemoReview");
            return (Path) ensure.invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("the demo review is not built into this version yet");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }
}
