package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.Severity;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The recipient table over the paged list. Sorting is the query's job, so columns don't sort. */
final class RecipientTable extends TableView<RecipientRow> {
    private final PauseTransition rowsRest = new PauseTransition(Duration.millis(60));
    private Runnable onRowsRest = () -> { };
    private VirtualFlow<?> flow;
    private final PauseTransition pointerRest = new PauseTransition(Duration.millis(40));
    private java.util.function.IntConsumer onPointerRests = index -> { };
    private int pointedRow = -1;

    RecipientTable(RecipientListViewModel list) {
        super(list.rows());
        setId("recipients");
        getStyleClass().add("recipient-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(table -> new SelectionRow<>());
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(list.loadedProperty())
                .then("No recipient matches these filters").otherwise("Loading recipients…"));
        setPlaceholder(empty);
        getColumns().add(decisionColumn());
        getColumns().add(column("Score", 60, row -> row.id() < 0 || !row.checked() ? "" : Integer.toString(row.score())));
        getColumns().add(severityColumn());
        getColumns().add(column("Name", 140, RecipientRow::name));
        getColumns().add(column("Email", 190, RecipientRow::email));
        getColumns().add(column("Segment", 96, RecipientRow::segment));
        getColumns().forEach(c -> c.setSortable(false));
        rowsRest.setOnFinished(e -> onRowsRest.run());
        skinProperty().addListener((o, was, skin) -> {
            flow = lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
            if (flow != null) flow.positionProperty().addListener((p, a, b) -> rowsRest.playFromStart());
        });
        heightProperty().addListener((o, was, now) -> rowsRest.playFromStart());
        getItems().addListener((javafx.collections.ListChangeListener<RecipientRow>) c -> rowsRest.playFromStart());
        pointerRest.setOnFinished(e -> onPointerRests.accept(pointedRow));
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> pointAt(rowIndexOf(e.getPickResult().getIntersectedNode())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(-1));
    }

    /**
     * Runs with the row the pointer has rested on a moment (-1 once it left the table): a click there
     * is likely. Only a moving pointer counts, so a still one under rows that scroll by does not.
     */
    void setOnPointerRests(java.util.function.IntConsumer action) { onPointerRests = action; }

    private void pointAt(int index) {
        if (index == pointedRow) return;
        pointedRow = index;
        pointerRest.playFromStart();
    }

    private static int rowIndexOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> row) return row.isEmpty() ? -1 : row.getIndex();
        }
        return -1;
    }

    /** Runs once the rows on screen have stayed the same a moment after a scroll, a resize or new rows. */
    void setOnRowsRest(Runnable action) { onRowsRest = action; }

    /** The first and the last (maybe partly) visible row, or null before the table is laid out. */
    int[] visibleRows() {
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) return null;
        return new int[]{flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex()};
    }

    private static TableColumn<RecipientRow, String> column(String title, double width, Function<RecipientRow, String> value) {
        TableColumn<RecipientRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<RecipientRow, DecisionStatus> decisionColumn() {
        // icon only: the column must stay narrow so names and emails keep their room
        TableColumn<RecipientRow, DecisionStatus> column = new TableColumn<>();
        column.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        column.setPrefWidth(38);
        column.setMinWidth(38);
        column.setMaxWidth(38);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? null : cell.getValue().status()));
        column.setCellFactory(c -> new DecisionCell<>());
        return column;
    }

    private static TableColumn<RecipientRow, RecipientRow> severityColumn() {
        TableColumn<RecipientRow, RecipientRow> column = new TableColumn<>("Risk");
        column.setPrefWidth(72);
        column.setMinWidth(72);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = SeverityChip.of(null);

            @Override
            protected void updateItem(RecipientRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.id() < 0 || !row.checked()) {
                    setGraphic(null); // not checked yet: no verdict rather than a false "clean"
                    return;
                }
                Severity worst = row.worst();
                SeverityChip.restyle(chip, worst);
                setGraphic(chip);
            }
        });
        return column;
    }
}
