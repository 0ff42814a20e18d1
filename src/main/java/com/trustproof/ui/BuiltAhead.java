package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A view of one recipient's detail with a second, hidden copy built ahead for the recipient the
 * reviewer most likely moves to next. Filling a view (new nodes, their CSS and layout) was most of the
 * FX thread's work on J; with the next one filled while the reviewer reads, J only swaps which copy is
 * visible. A detail nobody built ahead is filled into the visible copy, as before. Both copies carry
 * the same ids: changing an id re-applies CSS to all the node holds, which cost a swap as much as the
 * fill it saves.
 */
final class BuiltAhead<V extends Node> extends StackPane {
    private final BiConsumer<V, RecipientDetail> fill;
    private V shown;
    private V standby;
    private RecipientDetail onShown;
    private RecipientDetail onStandby;
    private BiConsumer<V, V> onSwap = (was, now) -> { };

    BuiltAhead(Supplier<V> make, BiConsumer<V, RecipientDetail> fill) {
        this.fill = fill;
        shown = make.get();
        standby = make.get();
        standby.setVisible(false);
        getChildren().addAll(standby, shown);
    }

    /** Shows {@code detail}: swaps the standby in when it was built for this very detail. */
    void show(RecipientDetail detail) {
        // a copy holding the focus (text being selected, say) is not hidden under the reviewer's hands
        if (detail != null && detail == onStandby && !holdsFocus(shown)) {
            swap();
            return;
        }
        fill.accept(shown, detail);
        onShown = detail;
    }

    /** Builds {@code detail}'s view in the hidden copy, unless one of the two already holds it. */
    void prepare(RecipientDetail detail) {
        if (detail == null || detail == onShown || detail == onStandby) return;
        fill.accept(standby, detail);
        onStandby = detail;
    }

    /** Drops what the hidden copy was built for: something it was built from (not the detail) changed. */
    void forgetStandby() { onStandby = null; }

    /** Runs with the copy being hidden and the one being shown, just before a swap shows it. */
    void setOnSwap(BiConsumer<V, V> onSwap) { this.onSwap = onSwap; }

    V shown() { return shown; }

    void forBoth(Consumer<V> action) {
        action.accept(shown);
        action.accept(standby);
    }

    private void swap() {
        V next = standby;
        onSwap.accept(shown, next);
        standby = shown;
        shown = next;
        RecipientDetail nextDetail = onStandby;
        onStandby = onShown;
        onShown = nextDetail;
        shown.setVisible(true);
        standby.setVisible(false);
    }

    private boolean holdsFocus(Node node) {
        for (Node n = getScene() == null ? null : getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == node) return true;
        }
        return false;
    }
}
