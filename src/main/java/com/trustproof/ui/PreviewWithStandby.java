package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The review's message preview, with a second, hidden one built ahead for the recipient the
 * reviewer most likely moves to next. Building a preview (new paragraph nodes, their CSS and layout)
 * was most of the FX thread's work on J; with the next one built while the reviewer reads, J only
 * swaps which of the two is visible. A selection nobody built ahead is shown in the visible one, as
 * before. Both carry the same {@code preview-…} ids: changing a node's id re-applies CSS to all it
 * holds, which cost a swap as much as the build it saves.
 */
final class PreviewWithStandby extends StackPane {
    private MessagePreview shown = new MessagePreview("preview");
    private MessagePreview standby = new MessagePreview("preview");
    private RecipientDetail onShown;
    private RecipientDetail onStandby;

    PreviewWithStandby() {
        standby.setVisible(false);
        getChildren().addAll(standby, shown);
    }

    /** Shows {@code detail}: swaps the standby in when it was built for this very detail. */
    void show(RecipientDetail detail) {
        // a preview holding the focus (text being selected, say) is not hidden under the reviewer's hands
        if (detail != null && detail == onStandby && !holdsFocus(shown)) {
            swap();
            return;
        }
        shown.show(detail);
        onShown = detail;
    }

    /** Builds {@code detail}'s preview in the hidden one, unless one of the two already holds it. */
    void prepare(RecipientDetail detail) {
        if (detail == null || detail == onShown || detail == onStandby) return;
        standby.show(detail);
        onStandby = detail;
    }

    private void swap() {
        MessagePreview next = standby;
        standby = shown;
        shown = next;
        RecipientDetail nextDetail = onStandby;
        onStandby = onShown;
        onShown = nextDetail;
        shown.showAsEmail(standby.showsAsEmail());
        shown.setVisible(true);
        standby.setVisible(false);
    }

    private boolean holdsFocus(Node node) {
        for (Node n = getScene() == null ? null : getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == node) return true;
        }
        return false;
    }

    /** Offers the "show as email" view for HTML campaigns, in both. */
    void setHtml(boolean html) {
        shown.setHtml(html);
        standby.setHtml(html);
    }

    void reveal(Finding finding) { shown.reveal(finding); }

    StyleClassedTextArea area(MessageField field) { return shown.area(field); }
}
