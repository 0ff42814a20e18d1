package com.trustproof.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane's skin caches its viewport as one image, so that scrolling only moves the image. Where
 * the content changes with every recipient, each change first re-rendered the whole content into the
 * image and then drew the image: twice the work for the (software) renderer, for nothing.
 */
final class UncachedViewport {
    private UncachedViewport() {}

    static void of(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, was, skin) -> {
            if (scroll.lookup(".viewport") instanceof Node viewport) viewport.setCache(false);
        });
    }
}
