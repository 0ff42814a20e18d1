package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rendered message as its recipient will read it: subject, preheader and body, with risky spans
 * tinted by severity (their rule's message on hover) and substituted values underlined. Read-only.
 */
final class MessagePreview extends VBox {
    private final Map<MessageField, MarkedText> fields = new EnumMap<>(MessageField.class);
    private final ScrollPane body;

    MessagePreview(String idPrefix) {
        getStyleClass().add("message-preview");
        GridPane head = new GridPane();
        head.getStyleClass().add("message-head");
        head.setHgap(10);
        head.setVgap(4);
        for (MessageField field : MessageField.values()) {
            MarkedText text = new MarkedText();
            text.setId(idPrefix + "-" + field.id());
            text.getStyleClass().add("preview-" + field.id());
            text.setAccessibleHelp(field.id());
            fields.put(field, text);
        }
        addHeadRow(head, 0, "Subject", fields.get(MessageField.SUBJECT));
        addHeadRow(head, 1, "Preheader", fields.get(MessageField.PREHEADER));
        body = new ScrollPane(fields.get(MessageField.BODY));
        body.setFitToWidth(true);
        body.setFocusTraversable(false); // the text takes the focus (to copy from), not its scroll pane
        body.getStyleClass().addAll("message-body", "preview-box");
        UncachedViewport.of(body); // every recipient changes the text in it
        bodyHolder.getChildren().add(body);
        VBox.setVgrow(bodyHolder, Priority.ALWAYS);
        asEmail.setId(idPrefix + "-as-email");
        asEmail.getStyleClass().addAll("small", "flat");
        asEmail.setFocusTraversable(true);
        asEmail.setVisible(false);
        asEmail.setManaged(false);
        asEmail.selectedProperty().addListener((o, was, now) -> showBody());
        head.add(asEmail, 1, 2);
        setSpacing(8);
        setPadding(new Insets(0));
        getChildren().addAll(head, bodyHolder);
    }

    boolean showsAsEmail() { return asEmail.isSelected(); }

    /** Switches the HTML body between its source and the email view (only offered for HTML campaigns). */
    void showAsEmail(boolean rendered) {
        if (asEmail.isVisible()) asEmail.setSelected(rendered);
    }

    // an HTML body can be read as source (with the risky spans) or as the email looks, offline
    private final javafx.scene.layout.StackPane bodyHolder = new javafx.scene.layout.StackPane();
    private final javafx.scene.control.ToggleButton asEmail =
            new javafx.scene.control.ToggleButton("Show as email", new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.EYE));
    private javafx.scene.web.WebView web;
    private String bodyHtml = "";

    /** Offers the "show as email" view for HTML campaigns. */
    void setHtml(boolean html) {
        asEmail.setVisible(html);
        asEmail.setManaged(html);
        if (!html) asEmail.setSelected(false);
    }

    private void showBody() {
        boolean rendered = asEmail.isSelected();
        if (rendered && web == null) {
            // created on first use only: the web engine is heavy and most campaigns are text
            web = new javafx.scene.web.WebView();
            web.getEngine().setJavaScriptEnabled(false);
            bodyHolder.getChildren().add(web);
        }
        if (web != null) {
            web.setVisible(rendered);
            if (rendered) web.getEngine().loadContent(OfflineHtml.of(bodyHtml));
        }
    }

    private static void addHeadRow(GridPane grid, int row, String caption, MarkedText text) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(70);
        label.setLabelFor(text);
        // a box around the text, as around the body: the text itself wraps to the box's width
        StackPane box = new StackPane(text);
        box.getStyleClass().add("preview-box");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane.setHgrow(box, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(box, 1, row);
    }

    void show(RecipientDetail detail) {
        for (MessageField field : MessageField.values()) {
            MarkedText text = fields.get(field);
            if (detail == null) {
                text.show("", List.of(), List.of());
                continue;
            }
            RenderedText rendered = detail.rendering().field(field);
            if (field == MessageField.BODY) {
                bodyHtml = rendered.text();
                if (asEmail.isSelected()) showBody();
            }
            List<Finding> spanned = detail.findings().stream().filter(f -> f.field() == field && f.end() > f.start()).toList();
            text.show(rendered.text(), styles(rendered, spanned), spanned);
        }
        body.setVvalue(0); // back to the top of the message
    }

    private static List<SpanStyles.Styled> styles(RenderedText text, List<Finding> findings) {
        List<SpanStyles.Styled> styled = new ArrayList<>();
        for (TokenSpan span : text.spans()) {
            String kind = "tok-" + span.source().name().toLowerCase(Locale.ROOT);
            if (span.end() > span.start()) styled.add(new SpanStyles.Styled(span.start(), span.end(), kind));
        }
        for (Finding f : findings) styled.add(new SpanStyles.Styled(f.start(), f.end(), "risk-" + f.severity().id()));
        return styled;
    }

    /** Selects a finding's span and scrolls the body to it. */
    void reveal(Finding finding) {
        if (finding.field() == null) return;
        MarkedText text = fields.get(finding.field());
        text.select(finding.start(), finding.end());
        if (finding.field() != MessageField.BODY) return;
        body.layout();
        Bounds span = text.boundsOf(finding.start(), finding.end());
        double hidden = text.getHeight() - body.getViewportBounds().getHeight();
        // the span a third of the way down the view, with the lines before it for context
        double top = span.getMinY() - body.getViewportBounds().getHeight() / 3;
        if (hidden > 0) body.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }
}
