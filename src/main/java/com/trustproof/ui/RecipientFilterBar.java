package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.Severity;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Filters over the recipient list: search, decision, severity, rule, segment, order. The controls
 * follow the query too, so a chart click or "open group members" shows up here.
 */
final class RecipientFilterBar extends VBox {
    static final String ANY = "any";
    private static final String CLEAN = "clean";

    private final RecipientListViewModel list;
    private final TextField search = TextFields.createClearableTextField();
    private final CheckComboBox<DecisionStatus> decisions = new CheckComboBox<>();
    private final CheckComboBox<String> severities = new CheckComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final ComboBox<String> segment = new ComboBox<>();
    private final ComboBox<RecipientQuery.Order> order = new ComboBox<>();
    private final Label variant = new Label();
    private final Label matches = new Label();
    private boolean syncing;

    RecipientFilterBar(RecipientListViewModel list) {
        this.list = list;
        getStyleClass().add("filter-bar");
        setSpacing(6);
        search.setId("search");
        search.setPromptText("Search name or email  (Ctrl+F)");
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> list.filterSearch(search.getText()));
        search.textProperty().addListener((o, was, now) -> { if (!syncing) typing.playFromStart(); });
        HBox.setHgrow(search, Priority.ALWAYS);

        decisions.setId("filter-decision");
        decisions.setTitle("Decision");
        decisions.getItems().setAll(DecisionStatus.values());
        decisions.setConverter(converter(DecisionStatus::id));
        decisions.getCheckModel().getCheckedItems().addListener((ListChangeListener<DecisionStatus>) c -> {
            if (!syncing) list.filterStatuses(Set.copyOf(decisions.getCheckModel().getCheckedItems()));
        });

        severities.setId("filter-severity");
        severities.setTitle("Risk");
        severities.getItems().setAll("high", "medium", "low", CLEAN);
        severities.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) applySeverities(severities.getCheckModel().getCheckedItems());
        });

        rule.setId("filter-rule");
        rule.setPromptText("Rule");
        rule.getItems().add(ANY);
        rule.valueProperty().addListener((o, was, now) -> { if (!syncing) list.filterRule(ANY.equals(now) ? null : now); });

        segment.setId("filter-segment");
        segment.setPromptText("Segment");
        segment.getItems().add(ANY);
        segment.valueProperty().addListener((o, was, now) -> { if (!syncing) list.filterSegment(ANY.equals(now) ? null : now); });

        order.setId("order");
        order.getItems().setAll(RecipientQuery.Order.LIST, RecipientQuery.Order.SCORE_DESC, RecipientQuery.Order.SCORE_ASC, RecipientQuery.Order.EMAIL);
        order.setConverter(converter(RecipientFilterBar::orderName));
        order.setValue(RecipientQuery.Order.LIST);
        order.valueProperty().addListener((o, was, now) -> { if (!syncing && now != null) list.order(now); });

        Button clear = new Button(null, new FontIcon(Feather.FILTER));
        clear.setTooltip(new Tooltip("Clear all filters"));
        clear.setOnAction(e -> list.clearFilters());
        clear.getStyleClass().add("flat");

        variant.setId("variant-filter");
        variant.getStyleClass().add("variant-filter");
        Button dropVariant = new Button(null, new FontIcon(Feather.X));
        dropVariant.getStyleClass().addAll("flat", "small");
        dropVariant.setOnAction(e -> list.filterVariant(null));
        HBox variantBox = new HBox(4, variant, dropVariant);
        variantBox.setAlignment(Pos.CENTER_LEFT);
        variantBox.visibleProperty().bind(variant.textProperty().isNotEmpty());
        variantBox.managedProperty().bind(variantBox.visibleProperty());

        matches.setId("match-count");
        matches.getStyleClass().add("muted");

        HBox top = new HBox(6, search, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane chips = new FlowPane(6, 6, decisions, severities, rule, segment, order);
        HBox bottom = new HBox(8, matches, variantBox);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, chips, bottom);

        list.queryProperty().addListener((o, was, now) -> follow(now));
        list.rows().addListener((ListChangeListener<Object>) c -> matches.setText(String.format("%,d recipients", list.rows().size())));
    }

    TextField searchField() { return search; }

    void setRules(Collection<String> rules) { keepValue(rule, rules); }

    void setSegments(Collection<String> segments) { keepValue(segment, segments); }

    private void keepValue(ComboBox<String> box, Collection<String> values) {
        syncing = true;
        String current = box.getValue();
        box.getItems().setAll(ANY);
        values.stream().sorted().forEach(box.getItems()::add);
        box.setValue(current);
        syncing = false;
    }

    private void applySeverities(List<String> checked) {
        EnumSet<Severity> worst = EnumSet.noneOf(Severity.class);
        for (String s : checked) if (!CLEAN.equals(s)) worst.add(Severity.parse(s));
        boolean clean = checked.isEmpty() || checked.contains(CLEAN);
        list.filterSeverities(worst, clean);
    }

    /** Shows a query made elsewhere without firing the filters again. */
    private void follow(RecipientQuery q) {
        syncing = true;
        try {
            if (!q.statuses().equals(Set.copyOf(decisions.getCheckModel().getCheckedItems()))) {
                decisions.getCheckModel().clearChecks();
                q.statuses().forEach(decisions.getCheckModel()::check);
            }
            List<String> wanted = new java.util.ArrayList<>(q.worst().stream().map(Severity::id).toList());
            if (q.includeClean() && !q.worst().isEmpty()) wanted.add(CLEAN);
            if (!Set.copyOf(wanted).equals(Set.copyOf(severities.getCheckModel().getCheckedItems()))) {
                severities.getCheckModel().clearChecks();
                wanted.forEach(severities.getCheckModel()::check);
            }
            selectOrAdd(rule, q.rule());
            selectOrAdd(segment, q.segment());
            order.setValue(q.order());
            if (q.search() == null && !search.getText().isBlank()) search.clear();
            variant.setText(q.variant() == null ? "" : "Variant group " + shorten(q.variant()));
        } finally {
            syncing = false;
        }
    }

    private static void selectOrAdd(ComboBox<String> box, String value) {
        if (value == null) {
            box.setValue(null);
            return;
        }
        if (!box.getItems().contains(value)) box.getItems().add(value);
        box.setValue(value);
    }

    private static String shorten(String variant) { return variant.length() > 12 ? variant.substring(0, 12) + "…" : variant; }

    static String orderName(RecipientQuery.Order o) {
        return switch (o) {
            case LIST -> "List order";
            case SCORE_DESC -> "Riskiest first";
            case SCORE_ASC -> "Safest first";
            case EMAIL -> "By email";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : text.apply(value); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
