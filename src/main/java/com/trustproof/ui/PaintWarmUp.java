package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.model.Severity;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs the work of a J ahead of time, off screen. The JIT compiler compiles a method once it has run
 * often enough; until then each J runs the preview's and the persona's CSS, layout and painting in
 * slow code, so the first minutes of a review were the slowest (the first 80 J's: p95 ~40 ms against
 * ~15 ms later). While the reviewer reads the first messages, this fills an unshown copy of the message,
 * its findings and the persona with two recipients in turn (every other pair with made-up findings) and
 * paints it into an image, a step every other frame or so. A step waits while the reviewer is at the keys or
 * the mouse (it needs 400 ms of quiet), so it seldom holds up their own J.
 */
final class PaintWarmUp {
    /**
     * 600 steps, one per 30 ms of quiet: with 240 per 50 ms many of J's methods were still compiled by
     * the JIT during the first J's (p50 of the first 80: 12.5-13.0 ms; now 10.2-11.6). A step is a few
     * ms of the FX thread's time, so more of them means a J typed while one runs waits a little more
     * often, until the steps are done.
     */
    static final int STEPS = 600;
    private static final long QUIET_NANOS = 400_000_000L;

    private final MessageWithFindings message = new MessageWithFindings();
    private final PersonaView persona = new PersonaView();
    private final HBox root = new HBox(message, persona);
    private final Supplier<RecipientDetail[]> details;
    private final BiConsumer<PersonaView, RecipientDetail> fillPersona;
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(30), e -> step()));
    private final Node owner;
    private final Scene offScreen = new Scene(root, 800, 780);
    /** The owner's scene, once it has one; null before. */
    private Scene watched;
    private final EventHandler<InputEvent> onInput = e -> lastInput = System.nanoTime();
    private WritableImage image;
    private long lastInput = System.nanoTime() - QUIET_NANOS;
    private int done;
    private int findingsPainted;
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
        message.setPrefSize(500, 740);
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

    /** How many findings the steps have painted in all. */
    int findingsPainted() { return findingsPainted; }

    /** {@code detail} with a finding of each severity on the first words of its body. */
    static RecipientDetail withSampleFindings(RecipientDetail detail) {
        String body = detail.rendering().field(MessageField.BODY).text();
        List<Finding> sample = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int start = Math.min(body.length(), severity.ordinal() * 8);
            int end = Math.min(body.length(), start + 6);
            sample.add(new Finding("warm-up", severity, 1, MessageField.BODY, start, end, body.substring(start, end),
                    "A made-up finding, painted off screen", "nothing to do"));
        }
        return new RecipientDetail(detail.recipient(), detail.rendering(), sample, detail.score(), detail.decision(),
                detail.resetReason(), detail.headers());
    }

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
        // every other pair of steps with made-up findings: the first messages of a list are often
        // clean, and a reviewer's first risky one would then paint risk marks and finding cells cold
        if (done % 4 >= 2) next = withSampleFindings(next);
        message.show(next);
        findingsPainted += next.findings().size();
        fillPersona.accept(persona, next);
        root.applyCss();
        root.layout();
        image = root.snapshot(null, image);
        done++;
    }
}
