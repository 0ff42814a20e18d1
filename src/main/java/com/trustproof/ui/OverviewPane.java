package com.trustproof.ui;

import com.trustproof.model.ReviewCounts;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;

/** Charts of the whole review; a click on a bar filters the recipient list to it. */
final class OverviewPane extends GridPane {
    private final BarChart<String, Number> byRule = bars("Recipients by rule", "rule-chart");
    private final BarChart<String, Number> bySegment = bars("Risky recipients by segment", "segment-chart");
    private final PieChart decisions = new PieChart();

    OverviewPane(ReviewViewModel vm, Consumer<String> filterRule, Consumer<String> filterSegment) {
        setPadding(new Insets(12));
        setHgap(12);
        setVgap(12);
        decisions.setTitle("Decisions");
        decisions.setId("decision-chart");
        decisions.setLegendVisible(true);
        add(byRule, 0, 0, 2, 1);
        add(bySegment, 0, 1);
        add(decisions, 1, 1);
        GridPane.setHgrow(byRule, Priority.ALWAYS);
        GridPane.setVgrow(byRule, Priority.ALWAYS);
        GridPane.setHgrow(bySegment, Priority.ALWAYS);
        GridPane.setVgrow(bySegment, Priority.ALWAYS);
        GridPane.setHgrow(decisions, Priority.ALWAYS);

        waitForChecks(byRule, vm);
        waitForChecks(bySegment, vm);
        vm.overview().byRuleProperty().addListener((o, was, now) -> fill(byRule, now, filterRule));
        vm.overview().riskyBySegmentProperty().addListener((o, was, now) -> fill(bySegment, now, filterSegment));
        vm.countsProperty().addListener((o, was, now) -> showDecisions(now));
    }

    /** Findings are counted by the check pass: while a large import is checked, the title says why a chart is empty. */
    private static void waitForChecks(BarChart<String, Number> chart, ReviewViewModel vm) {
        String title = chart.getTitle();
        chart.titleProperty().bind(javafx.beans.binding.Bindings.when(vm.checks().runningProperty())
                .then(javafx.beans.binding.Bindings.format("%s (once the check is done: %.0f%%)", title,
                        vm.checks().progressProperty().multiply(100)))
                .otherwise(title));
    }

    private static BarChart<String, Number> bars(String title, String id) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private static void fill(BarChart<String, Number> chart, Map<String, Long> values, Consumer<String> onClick) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> series.getData().add(new XYChart.Data<>(e.getKey(), e.getValue())));
        for (XYChart.Data<String, Number> bar : series.getData()) {
            // the bar's node exists only once the chart has laid the data out
            bar.nodeProperty().addListener((o, was, node) -> {
                if (node == null) return;
                node.setCursor(Cursor.HAND);
                node.getStyleClass().add("clickable-bar");
                Tooltip.install(node, new Tooltip(bar.getXValue() + ": " + bar.getYValue() + " — click to list them"));
                node.setOnMouseClicked(e -> onClick.accept(bar.getXValue()));
            });
        }
        chart.getData().setAll(FXCollections.singletonObservableList(series));
        // a lone bar should not fill the whole chart
        chart.setCategoryGap(values.size() <= 2 ? 160 : values.size() <= 5 ? 60 : 16);
    }

    private void showDecisions(ReviewCounts counts) {
        // slice order fixes the colours (pending grey, approved green, rejected red); empty
        // slices keep their place so colours never shift, but their labels stay hidden
        decisions.setLabelsVisible(false);
        decisions.setData(FXCollections.observableArrayList(
                new PieChart.Data(String.format("pending %,d", counts.pending()), counts.pending()),
                new PieChart.Data(String.format("approved %,d", counts.approved()), counts.approved()),
                new PieChart.Data(String.format("rejected %,d", counts.rejected()), counts.rejected())));
        // edges separate slices; with one slice (nothing decided yet) its edge and those of the empty
        // ones only cut a line from the centre to the rim
        boolean alone = decisions.getData().stream().filter(slice -> slice.getPieValue() > 0).count() <= 1;
        if (alone) decisions.getData().forEach(slice -> slice.getNode().getStyleClass().add("no-edge"));
    }

    BarChart<String, Number> ruleChart() { return byRule; }
}
