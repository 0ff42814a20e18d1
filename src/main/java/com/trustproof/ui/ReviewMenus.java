package com.trustproof.ui;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu bar: every action with its shortcut shown, so the menus double as the keyboard guide.
 * The accelerators are the window's keyboard handling; actions themselves ignore single letters
 * while a text field has focus.
 */
final class ReviewMenus {
    private final ReviewWindow window;

    ReviewMenus(ReviewWindow window) { this.window = window; }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), decide(), go(), template(), view());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        return new Menu("_File", null,
                item("Open review…", Feather.FOLDER, shortcut(KeyCode.O), window::openReview),
                item("Import campaign and recipients…", Feather.UPLOAD, shortcut(KeyCode.I), window::importFiles),
                item("Export approved…", Feather.DOWNLOAD, shortcut(KeyCode.E), window::exportApproved),
                new SeparatorMenuItem(),
                item("Quit", Feather.POWER, shortcut(KeyCode.Q), Platform::exit));
    }

    private Menu decide() {
        return new Menu("_Decide", null,
                item("Approve", Feather.CHECK, key(KeyCode.A), window::approve),
                item("Reject with a note…", Feather.X, key(KeyCode.R), window::reject),
                item("Back to pending", Feather.ROTATE_CCW, key(KeyCode.U), window::backToPending),
                item("Undo last decision", Feather.CORNER_UP_LEFT, shortcut(KeyCode.Z), window::undo),
                new SeparatorMenuItem(),
                item("Approve all with no high or medium finding…", Feather.CHECK_SQUARE,
                        new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), window::approveAllClean));
    }

    private Menu go() {
        return new Menu("_Go", null,
                item("Next recipient", Feather.CHEVRON_DOWN, key(KeyCode.J), window::next),
                item("Previous recipient", Feather.CHEVRON_UP, key(KeyCode.K), window::previous),
                item("Next with a high finding", Feather.CHEVRONS_DOWN, new KeyCodeCombination(KeyCode.J, KeyCombination.SHIFT_DOWN), window::nextHigh),
                new SeparatorMenuItem(),
                item("Search", Feather.SEARCH, shortcut(KeyCode.F), window::search),
                item("Only recipients with a high finding", Feather.ALERT_OCTAGON, shortcut(KeyCode.H), window::onlyHigh),
                item("Clear filters", Feather.FILTER, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), window::clearFilters),
                new SeparatorMenuItem(),
                item("Review", Feather.INBOX, shortcut(KeyCode.DIGIT1), () -> window.showTab(0)),
                item("Variant groups", Feather.LAYERS, shortcut(KeyCode.DIGIT2), () -> window.showTab(1)),
                item("Template", Feather.EDIT_3, shortcut(KeyCode.DIGIT3), () -> window.showTab(2)),
                item("Overview", Feather.BAR_CHART_2, shortcut(KeyCode.DIGIT4), () -> window.showTab(3)));
    }

    private Menu template() {
        return new Menu("_Template", null,
                item("Save template", Feather.SAVE, shortcut(KeyCode.S), window::saveTemplate),
                item("Re-check now", Feather.REFRESH_CW, new KeyCodeCombination(KeyCode.F5), window::recheckTemplate));
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setGraphic(new FontIcon(Feather.MOON));
        dark.selectedProperty().addListener((o, was, now) -> window.host().setDarkTheme(now));
        return new Menu("_View", null, dark);
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination key(KeyCode code) { return new KeyCodeCombination(code); }

    private static KeyCombination shortcut(KeyCode code) { return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN); }
}
