package org.openjolo.shape.tests;

import org.openjolo.shape.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.core.ApplicationLog;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The shape test controller in the running workbench: the window follows what it describes (two focuser
 * parts and two of each compensation part, Outputs and Environment, no Power or DC focuser tab), each focuser
 * moves on its own, and a setting outside its limit is refused in the words of the limit.
 */
class ShapeWorkbenchTest {

    private static final String FOCUSER = "org.openjolo.ui.part.focuser";
    private static final String COMPENSATION = "org.openjolo.compensation.ui.part.compensation";
    private static final String CALCULATOR = "org.openjolo.compensation.ui.part.calculator";

    @Test
    void theWindowIsBuiltFromWhatTheDeviceDescribes() throws Throwable {
        WorkbenchHarness.run(w -> {
            Device usb = w.activate("astrolink4");
            Await.until("the USB's parts", WAIT, () -> w.ui(() -> w.renderedParts(FOCUSER)).equals(List.of("Focuser")),
                    () -> w.ui(() -> w.renderedParts(FOCUSER)).toString());
            assertEquals(List.of("Power"), w.ui(() -> w.renderedParts("org.openjolo.ui.part.power")));
            assertEquals(List.of(), w.ui(() -> w.renderedParts("org.openjolo.astrolink4mini.ui.part.dcFocuser")), "the USB has no DC focuser");

            Device shape = w.activate(Shape.FAMILY_ID);
            Await.until("two focuser parts", WAIT, () -> w.ui(() -> w.renderedParts(FOCUSER)).equals(List.of("Focuser 1", "Focuser 2")),
                    () -> w.ui(() -> w.renderedParts(FOCUSER)).toString());
            assertEquals(List.of(), w.ui(() -> w.renderedParts("org.openjolo.ui.part.power")), "no power monitor, no Power part");
            assertEquals(List.of("Outputs"), w.ui(() -> w.renderedParts("org.openjolo.ui.part.outputs")));
            assertEquals(List.of("Environment"), w.ui(() -> w.renderedParts("org.openjolo.ui.part.environment")));
            // compensation is per focuser too, each part naming its focuser
            assertEquals(List.of("Compensation (Focuser 1)", "Compensation (Focuser 2)"), w.ui(() -> w.renderedParts(COMPENSATION)));
            assertEquals(List.of("Compensation calculator (Focuser 1)", "Compensation calculator (Focuser 2)"), w.ui(() -> w.renderedParts(CALCULATOR)));

            // each focuser instance is its own: moving the second leaves the first where it is
            Focuser first = shape.capability(Focuser.class, "focuser").orElseThrow();
            Focuser second = shape.capability(Focuser.class, "focuser2").orElseThrow();
            int firstAt = first.position();
            second.moveTo(5_300).get();
            Await.until("focuser 2 at 5300", WAIT, () -> second.position() == 5_300 && !second.isMoving(), () -> "at " + second.position());
            assertEquals(firstAt, first.position());

            ExecutionException refused = assertThrows(ExecutionException.class, () -> second.applySettings(second.settings().withMaxPosition(60_000)).get());
            assertEquals("Max. position 60000 is outside the allowed range 1 to 50000 steps", refused.getCause().getMessage());

            w.show(FOCUSER + ":focuser2");
            // the picture shows the device's own chart series: wait for the recorder's second point of it
            ChartRecorder recorder = Services.await(ChartRecorder.class);
            Await.until("two chart points of the shape device", WAIT, () -> recorder.data(shape).map(d -> d.size() >= 2).orElse(false));
            w.ui(() -> { });
            w.screenshot("shape-two-focusers");

            w.activate("astrolink4");
            Await.until("back to one focuser part", WAIT, () -> w.ui(() -> w.renderedParts(FOCUSER)).equals(List.of("Focuser")),
                    () -> w.ui(() -> w.renderedParts(FOCUSER)).toString());
            assertEquals(List.of("Compensation"), w.ui(() -> w.renderedParts(COMPENSATION)));
            assertTrue(usb.state() == ConnectionState.CONNECTED);
            // every part followed both switches of the active device without an error (a part that kept widgets
            // of the previous device once threw here, and the parts after it stopped following)
            assertEquals(List.of(), Services.await(ApplicationLog.class).recent().stream().filter(l -> l.matches("\\S+ \\S+ (ERROR|SEVERE) .*")).toList());
        }, "-simulate", Shape.FAMILY_ID);
    }
}
