package com.trustproof.ui;

import com.trustproof.model.Finding;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read-only text with marked ranges: a tint under the characters and a line beneath them, their look
 * (by the range's style class) from CSS. Built for the preview, which takes a new message on every
 * recipient: one {@link Text} holds the whole field and the marks are a fixed set of shapes, one per
 * kind of mark, so a new message changes a string and some shape outlines. No node is added and no
 * style class changes, so there is no CSS to re-apply; a RichTextFX area built cells with their own
 * nodes and CSS for every changed paragraph, most of the FX thread's work when a recipient was picked.
 * <p>The reader can select with the mouse and copy (Ctrl+C or the context menu); hovering over a risky
 * span tells its rule's message and suggestion.
 */
final class MarkedText extends TextFlow {
    /** Kinds of marks, in painting order: a risk is drawn over the value it is in. */
    static final List<String> KINDS = List.of("tok-value", "tok-fallback", "tok-missing", "risk-low", "risk-medium", "risk-high");

    private final Text text = new Text();
    private final Map<String, Path> tints = new LinkedHashMap<>();
    private final Map<String, Path> lines = new LinkedHashMap<>();
    private final Path selectionShape = new Path();
    private List<SpanStyles.Styled> marks = List.of();
    private List<Finding> findings = List.of();
    private int anchor;
    private int caret;
    private boolean drawing;
    private final Tooltip hoverTip = new Tooltip();
    private final javafx.animation.PauseTransition hoverDelay = new javafx.animation.PauseTransition(Duration.millis(350));
    private Finding hovered;
    /** Where the pointer was on screen when it came over {@link #hovered}: the tooltip shows beside it. */
    private Point2D hoverAt;
    private ContextMenu menu;

    MarkedText() {
        getStyleClass().add("marked-text");
        text.getStyleClass().add("text");
        selectionShape.getStyleClass().add("selection");
        selectionShape.setManaged(false);
        for (String kind : KINDS) {
            tints.put(kind, shape("mark-tint", kind));
            lines.put(kind, shape("mark-line", kind));
        }
        // painted in this order: tints and the selection under the text, the lines over it
        getChildren().addAll(tints.values());
        getChildren().addAll(selectionShape, text);
        getChildren().addAll(lines.values());
        setFocusTraversable(true);
        setCursor(javafx.scene.Cursor.TEXT);
        hoverTip.setWrapText(true);
        hoverTip.setMaxWidth(380);
        hoverDelay.setOnFinished(e -> showHoverTip());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, indexAt(e)));
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setOnContextMenuRequested(e -> contextMenu().show(this, e.getScreenX(), e.getScreenY()));
    }

    private static Path shape(String role, String kind) {
        Path path = new Path();
        path.getStyleClass().addAll(role, kind);
        // drawn by this class from the text's layout: the flow lays out the text alone
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }

    /** Shows {@code content} with {@code marks}; {@code findings} explain the risky spans on hover. */
    void show(String content, List<SpanStyles.Styled> marks, List<Finding> findings) {
        this.findings = findings;
        if (content.equals(text.getText()) && marks.equals(this.marks)) return;
        text.setText(content);
        this.marks = List.copyOf(marks);
        anchor = caret = 0;
        requestLayout(); // the marks are drawn once the new text is laid out
        hover(null);
    }

    String getText() { return text.getText(); }

    IndexRange selection() { return IndexRange.normalize(anchor, caret); }

    String selectedText() {
        IndexRange range = selection();
        return getText().substring(range.getStart(), range.getEnd());
    }

    /** Selects {@code [start, end)} (clamped to the text), as a drag from start to end does. */
    void select(int start, int end) {
        int length = getText().length();
        anchor = Math.max(0, Math.min(start, length));
        caret = Math.max(0, Math.min(end, length));
        drawSelection();
    }

    /** Where the characters {@code [start, end)} are, in this node's coordinates. */
    Bounds boundsOf(int start, int end) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (double[] box : boxes(rangeShape(start, Math.max(end, start + 1)))) {
            minX = Math.min(minX, box[0]);
            minY = Math.min(minY, box[1]);
            maxX = Math.max(maxX, box[2]);
            maxY = Math.max(maxY, box[3]);
        }
        return minX > maxX ? new javafx.geometry.BoundingBox(0, 0, 0, 0) : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * The kinds of marks drawn at the character at {@code index}: its tint covers the character's middle,
     * or its line runs under it (checked pixel by pixel: a dashed line has gaps). Read from the shapes
     * on screen, for tests.
     */
    List<String> marksDrawnAt(int index) {
        Bounds box = boundsOf(index, index + 1);
        List<String> drawn = new ArrayList<>();
        for (String kind : KINDS) {
            boolean tinted = tints.get(kind).contains(box.getCenterX(), box.getCenterY());
            boolean lined = false;
            for (double x = box.getMinX() + 0.5; x < box.getMaxX() && !lined; x++) lined = lines.get(kind).contains(x, box.getMaxY() - 1);
            if (tinted || lined) drawn.add(kind);
        }
        return drawn;
    }

    Tooltip hoverTip() { return hoverTip; }

    @Override
    public void requestLayout() {
        // reshaping the marks (unmanaged) must not send the flow through its text layout again
        if (!drawing) super.requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the text wraps anew whenever the flow is laid out (new text, width, font): the marks follow it
        drawMarks();
        drawSelection();
    }

    private void drawMarks() {
        drawing = true;
        try {
            Map<String, List<PathElement>> tintOutlines = new LinkedHashMap<>();
            Map<String, List<PathElement>> lineOutlines = new LinkedHashMap<>();
            int length = getText().length();
            for (SpanStyles.Styled mark : marks) {
                int start = Math.min(mark.start(), length);
                int end = Math.min(mark.end(), length);
                if (end <= start || !tints.containsKey(mark.styleClass())) continue;
                for (double[] box : boxes(rangeShape(start, end))) {
                    tintOutlines.computeIfAbsent(mark.styleClass(), k -> new ArrayList<>()).addAll(rectangle(box));
                    // along the bottom of the line box, below the descenders
                    List<PathElement> line = lineOutlines.computeIfAbsent(mark.styleClass(), k -> new ArrayList<>());
                    line.add(new MoveTo(box[0], box[3] - 1));
                    line.add(new LineTo(box[2], box[3] - 1));
                }
            }
            for (String kind : KINDS) {
                reshape(tints.get(kind), tintOutlines.getOrDefault(kind, List.of()));
                reshape(lines.get(kind), lineOutlines.getOrDefault(kind, List.of()));
            }
        } finally {
            drawing = false;
        }
    }

    private void drawSelection() {
        drawing = true;
        try {
            IndexRange range = selection();
            List<PathElement> outline = new ArrayList<>();
            if (range.getLength() > 0) for (double[] box : boxes(rangeShape(range.getStart(), range.getEnd()))) outline.addAll(rectangle(box));
            reshape(selectionShape, outline);
        } finally {
            drawing = false;
        }
    }

    private static void reshape(Path path, List<PathElement> outline) {
        if (outline.isEmpty() && path.getElements().isEmpty()) return;
        path.getElements().setAll(outline);
    }

    /** The rectangles (minX, minY, maxX, maxY) of a range shape: one per line the range touches. */
    static List<double[]> boxes(PathElement[] shape) {
        List<double[]> boxes = new ArrayList<>();
        double[] box = null;
        for (PathElement element : shape) {
            if (element instanceof MoveTo m) {
                box = new double[]{m.getX(), m.getY(), m.getX(), m.getY()};
                boxes.add(box);
            } else if (element instanceof LineTo l && box != null) {
                box[0] = Math.min(box[0], l.getX());
                box[1] = Math.min(box[1], l.getY());
                box[2] = Math.max(box[2], l.getX());
                box[3] = Math.max(box[3], l.getY());
            }
        }
        boxes.removeIf(b -> b[2] - b[0] < 0.5 || b[3] - b[1] < 0.5);
        return boxes;
    }

    private static List<PathElement> rectangle(double[] box) {
        return List.of(new MoveTo(box[0], box[1]), new LineTo(box[2], box[1]), new LineTo(box[2], box[3]),
                new LineTo(box[0], box[3]), new ClosePath());
    }

    private int indexAt(MouseEvent e) {
        return hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
    }

    private void press(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) return;
        requestFocus();
        e.consume(); // a scroll pane around the text would take the focus back on the same press
        int at = indexAt(e);
        if (e.getClickCount() >= 3) select(0, getText().length());
        else if (e.isShiftDown()) select(anchor, at);
        else select(at, at);
    }

    private void key(KeyEvent e) {
        if (!e.isShortcutDown()) return;
        if (e.getCode() == KeyCode.C) copy();
        else if (e.getCode() == KeyCode.A) select(0, getText().length());
        else return;
        e.consume();
    }

    private void copy() {
        String selected = selection().getLength() > 0 ? selectedText() : getText();
        ClipboardContent content = new ClipboardContent();
        content.putString(selected);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private ContextMenu contextMenu() {
        if (menu == null) {
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> copy());
            MenuItem all = new MenuItem("Select all");
            all.setOnAction(e -> select(0, getText().length()));
            menu = new ContextMenu(copy, all);
        }
        return menu;
    }

    /** The finding whose span holds the character at {@code index}; the most severe one when several do. */
    Finding findingAt(int index) {
        Finding found = null;
        for (Finding f : findings) {
            if (f.start() <= index && index < f.end() && (found == null || !found.severity().atLeast(f.severity()))) found = f;
        }
        return found;
    }

    private void hover(MouseEvent e) {
        Finding over = null;
        if (e != null) {
            var hit = hitTest(new Point2D(e.getX(), e.getY()));
            // past the end of a line the hit is the last character: only a character under the pointer counts
            if (boundsOf(hit.getCharIndex(), hit.getCharIndex() + 1).contains(e.getX(), e.getY())) over = findingAt(hit.getCharIndex());
        }
        if (Objects.equals(over, hovered)) return;
        hovered = over;
        hoverTip.hide();
        hoverDelay.stop();
        if (over != null) {
            hoverTip.setText(tipText(over));
            hoverAt = e == null ? null : new Point2D(e.getScreenX(), e.getScreenY());
            hoverDelay.playFromStart();
        }
    }

    /** As the findings list tells it: severity and rule first, then the message and what to do. */
    private static String tipText(Finding finding) {
        return finding.severity().id() + " · " + finding.rule() + "\n" + finding.message()
                + (finding.suggestion() == null ? "" : "\n→ " + finding.suggestion());
    }

    private void showHoverTip() {
        if (hovered != null && hoverAt != null && getScene() != null) hoverTip.show(this, hoverAt.getX() + 12, hoverAt.getY() + 16);
    }
}
