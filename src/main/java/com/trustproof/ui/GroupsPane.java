package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.VariantGroup;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Variant groups: recipients whose messages take the same path. Reading one sample and deciding
 * the group turns thousands of recipients into a few dozen decisions.
 */
final class GroupsPane extends SplitPane {
    private final ReviewViewModel vm;
    private final TableView<VariantGroup> table = new TableView<>();
    private final MessagePreview sample = new MessagePreview("sample");
    private String lastVariant;
    private final Label sampleTitle = new Label("Select a group to read its sample message");

    GroupsPane(ReviewViewModel vm, Consumer<String> openMembers) {
        this.vm = vm;
        table.setId("groups");
        table.setItems(vm.groups().groups());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setId("groups-placeholder");
        // groups are made of checked messages: while a large import is checked, say why the list is empty
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.checks().runningProperty())
                .then(javafx.beans.binding.Bindings.format("Variant groups appear once every message is checked (%.0f%% done)",
                        vm.checks().progressProperty().multiply(100)))
                .otherwise("No variant groups yet"));
        table.setPlaceholder(placeholder);
        table.getColumns().add(number("Size", VariantGroup::size));
        table.getColumns().add(worstColumn());
        table.getColumns().add(number("Pending", VariantGroup::pending));
        table.getColumns().add(number("Approved", VariantGroup::approved));
        table.getColumns().add(number("Rejected", VariantGroup::rejected));
        TableColumn<VariantGroup, String> rules = new TableColumn<>("Rules");
        rules.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rules().isBlank() ? "—" : c.getValue().rules()));
        rules.setPrefWidth(260);
        table.getColumns().add(rules);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, g) -> {
            if (g != null) lastVariant = g.variant();
            vm.groups().showSample(g);
        });
        // reloads after decisions replace the items; keep a group selected so its sample stays readable
        table.getItems().addListener((javafx.collections.ListChangeListener<VariantGroup>) c -> {
            if (!table.getSelectionModel().isEmpty() || table.getItems().isEmpty()) return;
            VariantGroup same = table.getItems().stream().filter(g -> g.variant().equals(lastVariant)).findFirst().orElse(table.getItems().get(0));
            table.getSelectionModel().select(same);
        });

        Button approve = new Button("Approve group", new FontIcon(Feather.CHECK));
        approve.setId("approve-group");
        approve.getStyleClass().add("success");
        approve.setOnAction(e -> decideSelected(DecisionStatus.APPROVED));
        Button reject = new Button("Reject group", new FontIcon(Feather.X));
        reject.setId("reject-group");
        reject.getStyleClass().add("danger");
        reject.setOnAction(e -> decideSelected(DecisionStatus.REJECTED));
        Button open = new Button("Open members", new FontIcon(Feather.USERS));
        open.setId("open-group");
        open.setOnAction(e -> {
            VariantGroup g = table.getSelectionModel().getSelectedItem();
            if (g != null) openMembers.accept(g.variant());
        });
        approve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(approve.disableProperty());
        open.disableProperty().bind(approve.disableProperty());
        // Enter on a group opens its members, as a double click does
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) { open.fire(); e.consume(); }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<VariantGroup> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> { if (e.getClickCount() == 2 && !row.isEmpty()) open.fire(); });
            return row;
        });
        HBox actions = new HBox(8, approve, reject, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label("Each group is one path through the template: same branches, fallbacks and findings. Enter opens its members.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox left = new VBox(8, hint, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        sampleTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, sampleTitle, sample);
        VBox.setVgrow(sample, Priority.ALWAYS);
        right.setPadding(new Insets(10));
        vm.template().editedProperty().addListener((o, was, c) -> sample.setHtml(c != null && c.format() == com.trustproof.model.Format.HTML));
        vm.groups().sampleProperty().addListener((o, was, d) -> {
            sample.show(d);
            sampleTitle.setText(d == null ? "" : "Sample: " + d.recipient().displayName() + " <" + d.recipient().email() + ">");
        });
        getItems().addAll(left, right);
        setDividerPositions(0.5);
    }

    /** Confirms with the member count first: a group decision can touch thousands of people. */
    private void decideSelected(DecisionStatus status) {
        VariantGroup g = table.getSelectionModel().getSelectedItem();
        if (g == null) return;
        String verb = status == DecisionStatus.APPROVED ? "Approve" : "Reject";
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                verb + " all " + g.size() + " recipients in this group?", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(String.format("%s %,d recipients", verb, g.size()));
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.decideGroup(g.variant(), status, null));
    }

    TableView<VariantGroup> table() { return table; }

    private static TableColumn<VariantGroup, Number> number(String title, Function<VariantGroup, Long> value) {
        TableColumn<VariantGroup, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(84);
        return c;
    }

    private static TableColumn<VariantGroup, VariantGroup> worstColumn() {
        TableColumn<VariantGroup, VariantGroup> c = new TableColumn<>("Risk");
        c.setPrefWidth(86);
        c.setMinWidth(86);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label chip = SeverityChip.of(null);

            @Override
            protected void updateItem(VariantGroup g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) { setGraphic(null); return; }
                SeverityChip.restyle(chip, g.worst());
                setGraphic(chip);
            }
        });
        return c;
    }
}
