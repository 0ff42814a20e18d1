package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.Set;

/**
 * The persona: consent and last activity on top, then every attribute the list holds. Attributes
 * the message uses carry a link mark; attributes a finding contradicts are red.
 */
final class PersonaView extends VBox {
    private final Label name = new Label();
    private final Label email = new Label();
    private final Label consent = new Label();
    private final Label lastActive = new Label();
    private final GridPane attributes = new GridPane();

    PersonaView() {
        getStyleClass().add("persona");
        setSpacing(8);
        setPadding(new Insets(12));
        name.getStyleClass().add("persona-name");
        email.getStyleClass().add("persona-email");
        consent.setId("persona-consent");
        consent.getStyleClass().add("consent-chip");
        lastActive.getStyleClass().add("persona-last-active");
        attributes.setHgap(10);
        attributes.setVgap(6);
        attributes.getStyleClass().add("persona-attributes");
        Label heading = new Label("Attributes");
        heading.getStyleClass().add("section-title");
        Label legend = new Label("linked: used in this message · red: contradicts it");
        legend.setGraphic(new FontIcon(Feather.LINK));
        legend.getStyleClass().addAll("muted", "legend");
        legend.setWrapText(true);
        ScrollPane scroll = new ScrollPane(attributes);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        UncachedViewport.of(scroll); // every recipient changes the values in it
        getChildren().addAll(name, email, new HBox(8, consent, lastActive), heading, legend, scroll);
    }

    void show(RecipientDetail detail, Campaign campaign) {
        if (detail == null) {
            attributes.getChildren().clear();
            rows.clear();
            name.setText("");
            email.setText("");
            consent.setText("");
            lastActive.setText("");
            return;
        }
        Recipient r = detail.recipient();
        Set<String> used = PersonaFlags.used(detail, campaign);
        Set<String> contradicted = PersonaFlags.contradicted(detail, campaign);
        name.setText(r.displayName());
        email.setText(r.email());
        String consentValue = r.consent() == null || r.consent().isBlank() ? "consent unknown" : r.consent();
        consent.setText(consentValue);
        consent.getStyleClass().removeAll("consent-ok", "consent-bad");
        consent.getStyleClass().add(contradicted.contains(FieldNames.CONSENT) ? "consent-bad" : "consent-ok");
        String active = r.get(FieldNames.LAST_ACTIVE);
        lastActive.setText("last active " + (active == null || active.isBlank() ? "unknown" : active));
        lastActive.getStyleClass().remove("contradicted");
        if (contradicted.contains(FieldNames.LAST_ACTIVE)) lastActive.getStyleClass().add("contradicted");

        int row = 0;
        for (Map.Entry<String, String> attribute : r.attributes().entrySet()) {
            String key = attribute.getKey();
            AttributeRow line = row(row++);
            line.key.setText(detail.headers() == null ? key : detail.headers().getOrDefault(key, key));
            line.value.setText(Recipient.isMissing(attribute.getValue()) ? "—" : attribute.getValue().replace(";", ", "));
            boolean isUsed = used.contains(key);
            line.key.setGraphic(isUsed ? line.mark : null);
            line.key.setTooltip(isUsed ? usedTip : null);
            flag(line.key, "used", isUsed);
            flag(line.key, "contradicted", contradicted.contains(key));
            flag(line.value, "contradicted", contradicted.contains(key));
        }
        // rows are reused from one recipient to the next (same list, same columns): rebuilding them
        // each time made CSS the slowest part of moving through the list
        if (row < attributes.getChildren().size() / 2) {
            attributes.getChildren().remove(row * 2, attributes.getChildren().size());
            rows.subList(row, rows.size()).clear();
        }
    }

    private final Tooltip usedTip = new Tooltip("The message uses this attribute: it is substituted into the message, or the copy assumes something about it");

    /** One attribute line: its caption (with the "used" mark when it applies) and its value. */
    private record AttributeRow(Label key, Label value, FontIcon mark) {}

    private final java.util.List<AttributeRow> rows = new java.util.ArrayList<>();

    private AttributeRow row(int index) {
        if (index < rows.size()) return rows.get(index);
        Label key = new Label();
        key.getStyleClass().add("attr-key");
        // a caption is never cut short ("Email Addr..."): the values' column gives way and wraps instead
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label value = new Label();
        value.setWrapText(true);
        value.getStyleClass().add("attr-value");
        FontIcon mark = new FontIcon(Feather.LINK);
        mark.getStyleClass().add("used-mark");
        AttributeRow line = new AttributeRow(key, value, mark);
        rows.add(line);
        attributes.addRow(index, key, value);
        return line;
    }

    private static void flag(Label label, String styleClass, boolean on) {
        if (on && !label.getStyleClass().contains(styleClass)) label.getStyleClass().add(styleClass);
        if (!on) label.getStyleClass().remove(styleClass);
    }
}
