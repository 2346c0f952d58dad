package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The FocuserOne in the product's window, simulated over a pseudo-terminal: one focuser part that moves it, its
 * sensor in the Environment part, its motor settings (a partial hold torque refused), and none of a hub's parts
 * (outputs, power).
 */
class FocuserOneWorkbenchTest {

    private static final String FOCUSER = "org.openjolo.ui.part.focuser";
    private static final String SETTINGS = "org.openjolo.ui.part.settings";

    @Test
    void oneFocuserPartMovesItAndTheWindowHasNoHubParts() throws Throwable {
        WorkbenchHarness.run(w -> {
            Device device = w.activate(FocuserOne.FAMILY_ID);
            Await.until("one focuser part", WAIT, () -> w.ui(() -> w.renderedParts(FOCUSER)).equals(List.of("Focuser")),
                    () -> w.ui(() -> w.renderedParts(FOCUSER)).toString());
            assertEquals(List.of(), w.ui(() -> w.renderedParts("org.openjolo.ui.part.outputs")), "a focuser has no outputs");
            assertEquals(List.of(), w.ui(() -> w.renderedParts("org.openjolo.ui.part.power")), "nor a power monitor");
            Focuser focuser = device.capability(Focuser.class).orElseThrow();
            Await.until("idle", WAIT, () -> !focuser.isMoving());
            int target = focuser.position() == 25_300 ? 25_600 : 25_300;

            w.show(FOCUSER);
            FocuserPart part = w.object(FOCUSER, FocuserPart.class);
            w.ui(() -> part.typeTargetAndGo(Integer.toString(target)));
            Await.until("at " + target + " on screen", WAIT, () -> w.ui(part::shownPosition).equals(Integer.toString(target)),
                    () -> w.ui(part::shownPosition));
            assertEquals(target, focuser.position());
            w.screenshot("focuserone-focuser");

            w.show("org.openjolo.ui.part.environment");
            EnvironmentPart environment = w.object("org.openjolo.ui.part.environment", EnvironmentPart.class);
            Await.until("sensor 1's values", WAIT, () -> w.ui(() -> environment.sensorRow(0)).matches("-?\\d+\\.\\d °C\\|.*"),
                    () -> w.ui(() -> environment.sensorRow(0)));
            assertTrue(w.ui(() -> environment.sensorRow(0)).contains("%"), w.ui(() -> environment.sensorRow(0)));

            w.show(SETTINGS);
            SettingsPart settings = w.object(SETTINGS, SettingsPart.class);
            Await.until("the FocuserOne's motor settings", WAIT, () -> "400".equals(w.ui(() -> settings.shown(Setting.MOTOR_CURRENT))),
                    () -> w.ui(() -> settings.shown(Setting.MOTOR_CURRENT)));
            assertNull(w.ui(() -> settings.shown(Setting.ACCELERATION)), "the v2 block has no acceleration");
            w.ui(() -> settings.typeAndSave(Setting.MOTOR_CURRENT, "600"));
            Await.until("saved", WAIT, () -> focuser.settings().motorCurrentMa() == 600, () -> w.ui(settings::feedback));
            w.ui(() -> settings.typeAndSave(Setting.HOLD_TORQUE, "40"));
            Await.until("a partial hold refused", WAIT, () -> w.ui(settings::feedback).contains("not one the FocuserOne has"),
                    () -> w.ui(settings::feedback));
            assertEquals(0, focuser.settings().holdTorquePercent());
            w.screenshot("focuserone-settings");
        }, "-simulate", FocuserOne.FAMILY_ID);
    }
}
