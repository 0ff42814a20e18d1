package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rendered message as its recipient will read it: subject, preheader and body, with risky spans
 * tinted by severity and substituted values underlined. Read-only.
 */
final class MessagePreview extends VBox {
    private final Map<MessageField, StyleClassedTextArea> areas = new EnumMap<>(MessageField.class);

    MessagePreview(String idPrefix) {
        getStyleClass().add("message-preview");
        GridPane head = new GridPane();
        head.getStyleClass().add("message-head");
        head.setHgap(10);
        head.setVgap(4);
        for (MessageField field : MessageField.values()) {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setEditable(false);
            area.setWrapText(true);
            area.setId(idPrefix + "-" + field.id());
            area.getStyleClass().add("preview-" + field.id());
            area.setAccessibleText(field.id());
            areas.put(field, area);
        }
        addHeadRow(head, 0, "Subject", areas.get(MessageField.SUBJECT));
        addHeadRow(head, 1, "Preheader", areas.get(MessageField.PREHEADER));
        VirtualizedScrollPane<StyleClassedTextArea> body = new VirtualizedScrollPane<>(areas.get(MessageField.BODY));
        body.getStyleClass().add("message-body");
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

    private static void addHeadRow(GridPane grid, int row, String caption, StyleClassedTextArea area) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(70);
        area.setPrefHeight(30);
        area.setMinHeight(30);
        GridPane.setHgrow(area, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(area, 1, row);
    }

    StyleClassedTextArea area(MessageField field) { return areas.get(field); }

    void show(RecipientDetail detail) {
        for (MessageField field : MessageField.values()) {
            StyleClassedTextArea area = areas.get(field);
            if (detail == null) {
                area.clear();
                continue;
            }
            RenderedText text = detail.rendering().field(field);
            if (field == MessageField.BODY) {
                bodyHtml = text.text();
                if (asEmail.isSelected()) showBody();
            }
            // text and styles in one replacement, and only of the paragraphs that changed: replacing
            // everything rebuilt the nodes of paragraphs every recipient of the template shares
            ParagraphPatch.apply(area, styled(area, text.text(), styles(text, detail.findings(), field)));
            // back to the top of the message; following the caret there cost a measurement of its line
            if (area.getCaretPosition() != 0 || area.getSelection().getLength() > 0) area.moveTo(0);
            if (area.getEstimatedScrollY() > 0) area.showParagraphAtTop(0);
        }
        // RichTextFX makes the nodes of new paragraphs when it is laid out. Made in the pulse's layout pass,
        // their CSS is still pending when the pulse ends, so JavaFX runs one more pulse that syncs no node,
        // and a pulse that syncs nothing repaints the whole window. Laid out now, before the pulse, the
        // pulse's own CSS pass takes them and the preview costs one partial repaint.
        for (StyleClassedTextArea area : areas.values()) area.layout();
    }

    static StyledDocument<Collection<String>, String, Collection<String>> styled(StyleClassedTextArea area, String text,
                                                                              List<SpanStyles.Styled> ranges) {
        // built directly: going through an editable document (insert, then restyle, then snapshot)
        // cost about a tenth of the time the preview took to take a new recipient
        var doc = new ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>>(area.getSegOps(),
                area.getInitialParagraphStyle());
        StyleSpans<Collection<String>> spans = SpanStyles.build(text.length(), ranges);
        int at = 0;
        for (String line : text.split("\n", -1)) {
            // a paragraph's spans leave out its line break; an empty one keeps the plain style, as in an editable area
            if (line.isEmpty()) doc.addParagraph(line, area.getInitialTextStyle());
            else doc.addParagraph(line, spans.subView(at, at + line.length()));
            at += line.length() + 1;
        }
        return doc.build();
    }

    private static List<SpanStyles.Styled> styles(RenderedText text, List<Finding> findings, MessageField field) {
        List<SpanStyles.Styled> styled = new ArrayList<>();
        for (TokenSpan span : text.spans()) {
            String kind = "tok-" + span.source().name().toLowerCase(Locale.ROOT);
            if (span.end() > span.start()) styled.add(new SpanStyles.Styled(span.start(), span.end(), kind));
        }
        for (Finding f : findings) {
            if (f.field() == field && f.end() > f.start()) {
                styled.add(new SpanStyles.Styled(f.start(), f.end(), "risk-" + f.severity().id()));
            }
        }
        return styled;
    }

    /** Selects a finding's span and scrolls it into view. */
    void reveal(Finding finding) {
        if (finding.field() == null) return;
        StyleClassedTextArea area = areas.get(finding.field());
        int length = area.getLength();
        int start = Math.min(finding.start(), length);
        int end = Math.min(finding.end(), length);
        area.selectRange(start, end);
        area.requestFollowCaret();
    }
}
