package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs the work of a J ahead of time, off screen. The JIT compiler compiles a method once it has run
 * often enough; until then each J runs the preview's and the persona's CSS, layout and painting in
 * slow code, so the first minutes of a review were the slowest (the first 80 J's: p95 ~40 ms against
 * ~15 ms later). While the reviewer reads the first messages, this fills an unshown copy of the preview
 * and the persona with two recipients in turn and paints it into an image, a step every few frames. A
 * step waits while the reviewer is at the keys or the mouse, so it never holds up their own J.
 */
final class PaintWarmUp {
    static final int STEPS = 240;
    private static final long QUIET_NANOS = 400_000_000L;

    private final MessagePreview preview = new MessagePreview("warm-up");
    private final PersonaView persona = new PersonaView();
    private final HBox root = new HBox(preview, persona);
    private final Supplier<RecipientDetail[]> details;
    private final BiConsumer<PersonaView, RecipientDetail> fillPersona;
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(50), e -> step()));
    private final Node owner;
    private final Scene offScreen = new Scene(root, 800, 780);
    /** The owner's scene, once it has one; null before. */
    private Scene watched;
    private final EventHandler<InputEvent> onInput = e -> lastInput = System.nanoTime();
    private WritableImage image;
    private long lastInput = System.nanoTime() - QUIET_NANOS;
    private int done;
    private int ticksWithoutScene;

    /**
     * {@code details}: two recipients to alternate (either may be null until known); {@code owner}: the
     * review pane, whose scene's look the copy takes and whose input pauses the steps; the steps end
     * when it leaves the scene. The owner may join its scene later (a tab's content does so with the
     * tab pane's skin, at the next pulse): the steps wait for it.
     */
    PaintWarmUp(Node owner, Supplier<RecipientDetail[]> details, BiConsumer<PersonaView, RecipientDetail> fillPersona) {
        this.owner = owner;
        this.details = details;
        this.fillPersona = fillPersona;
        preview.setPrefSize(500, 560);
        persona.setPrefSize(300, 780);
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    void start() { ticks.play(); }

    /** Stops for good: the scene lets go of this, and with it of the copy and its image. */
    void stop() {
        ticks.stop();
        if (watched != null) watched.removeEventFilter(InputEvent.ANY, onInput);
        image = null;
    }

    int stepsDone() { return done; }

    private void watch(Scene scene) {
        watched = scene;
        offScreen.getStylesheets().setAll(scene.getStylesheets());
        scene.addEventFilter(InputEvent.ANY, onInput);
    }

    private void step() {
        Scene scene = owner.getScene();
        if (done >= STEPS || (watched != null && scene != watched) || (scene == null && ++ticksWithoutScene > STEPS)) {
            stop();
            return;
        }
        if (scene == null) return;
        if (watched == null) watch(scene);
        RecipientDetail[] pair = details.get();
        RecipientDetail next = pair[done % 2];
        if (next == null || System.nanoTime() - lastInput < QUIET_NANOS) return;
        preview.show(next);
        fillPersona.accept(persona, next);
        root.applyCss();
        root.layout();
        image = root.snapshot(null, image);
        done++;
    }
}
