package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The AstroLink 4 mini II in the product's window, simulated over a pseudo-terminal: two focuser parts that
 * each drive their own focuser, the outputs with the regulated output's voltage, and the sensors.
 */
class Mini2WorkbenchTest {

    private static final String FOCUSER = "org.openjolo.ui.part.focuser";

    @Test
    void twoFocuserPartsEachMoveTheirOwnFocuser() throws Throwable {
        WorkbenchHarness.run(w -> {
            Device mini = w.activate(AstroLink4Mini2.FAMILY_ID);
            w.awaitParts(FOCUSER, "Focuser 1", "Focuser 2");
            Focuser one = mini.capability(Focuser.class, "focuser").orElseThrow();
            Focuser two = mini.capability(Focuser.class, "focuser2").orElseThrow();
            Await.until("both focusers idle", WAIT, () -> !one.isMoving() && !two.isMoving());
            int oneAt = one.position();
            int target = two.position() == 3_000 ? 3_500 : 3_000;

            w.show(FOCUSER + ":focuser2");
            FocuserPart second = w.object(FOCUSER + ":focuser2", FocuserPart.class);
            w.ui(() -> second.typeTargetAndGo(Integer.toString(target)));
            Await.until("focuser 2 at " + target + " on screen", WAIT, () -> w.ui(second::shownPosition).equals(Integer.toString(target)),
                    () -> w.ui(second::shownPosition));
            assertEquals(target, two.position());
            assertEquals(oneAt, one.position(), "focuser 1 did not move");
            w.screenshot("astrolink4mini2-focuser2");

            w.show("org.openjolo.ui.part.outputs");
            OutputsPart outputs = w.object("org.openjolo.ui.part.outputs", OutputsPart.class);
            Await.until("three outputs and the regulated output's voltage", WAIT,
                    () -> w.ui(outputs::switchTexts).size() == 3 && w.ui(outputs::regulatedTexts).stream().anyMatch(t -> t.matches("\\d+(\\.\\d+)? V")),
                    () -> w.ui(outputs::switchTexts) + " " + w.ui(outputs::regulatedTexts));
            w.screenshot("astrolink4mini2-outputs");

            w.show("org.openjolo.ui.part.environment");
            EnvironmentPart environment = w.object("org.openjolo.ui.part.environment", EnvironmentPart.class);
            Await.until("sensor 1's values", WAIT, () -> w.ui(() -> environment.sensorRow(0)).matches("-?\\d+\\.\\d °C\\|.*"),
                    () -> w.ui(() -> environment.sensorRow(0)));
            assertTrue(w.ui(environment::conditionText).matches(".+ (clear|mostly clear|partly cloudy|mostly cloudy|overcast)"),
                    w.ui(environment::conditionText));
        }, "-simulate", AstroLink4Mini2.FAMILY_ID);
    }
}
