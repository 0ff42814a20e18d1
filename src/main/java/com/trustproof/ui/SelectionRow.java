package com.trustproof.ui;

import javafx.scene.control.TableRow;

/**
 * A table row whose selection change does not ask for a layout. JavaFX's cells request one on every
 * change of selection (so that cell factories could redraw a selected item differently); the table
 * then lays itself out in full: it re-fills and re-styles every visible row and measures two more
 * rows for its size estimate, twice per J (when the preview is applied and in the pulse). Selection
 * here only changes colours, which the pseudo-class does through CSS without a layout; a row's size
 * or content change still asks for one as usual.
 */
final class SelectionRow<T> extends TableRow<T> {
    private boolean selecting;

    @Override
    public void updateSelected(boolean selected) {
        selecting = true;
        try {
            super.updateSelected(selected);
        } finally {
            selecting = false;
        }
    }

    @Override
    public void requestLayout() {
        if (!selecting) super.requestLayout();
    }
}
