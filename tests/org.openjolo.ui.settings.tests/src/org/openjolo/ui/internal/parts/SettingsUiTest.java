package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The generic Settings part and Focuser part with two families side by side (a simulated AstroLink 4 USB and a
 * simulated FocuserLink): each shows what its device has, and nothing of the other.
 */
class SettingsUiTest {

    private static final String SETTINGS = "org.openjolo.ui.part.settings";
    private static final String FOCUSER = "org.openjolo.ui.part.focuser";

    @TempDir
    Path dir;

    @Test
    void eachFamilyGetsTheSettingsItHasSavedToTheDeviceToAFileAndBack() throws Throwable {
        WorkbenchHarness.run(w -> {
            astroLink(w);
            focuserLink(w);
        }, "-simulate", FocuserLink.FAMILY_ID);
    }

    private void astroLink(WorkbenchHarness w) throws Exception {
        Device device = w.activate(AstroLink4.FAMILY_ID);
        w.show(SETTINGS);
        SettingsPart part = w.object(SETTINGS, SettingsPart.class);
        Await.until("the device's speed", WAIT, () -> "220".equals(w.ui(() -> part.shown(Setting.SPEED))), () -> w.ui(() -> part.shown(Setting.SPEED)));

        w.ui(() -> part.typeAndSave(Setting.SPEED, "5000"));
        // the part and the driver refuse in the words of the one limit the device describes
        String refusal = "Speed 5000 is outside the allowed range 1 to 4000 pps";
        assertEquals(refusal, w.ui(part::feedback));
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        ExecutionException refused = assertThrows(ExecutionException.class, () -> focuser.applySettings(focuser.settings().withSpeed(5000)).get());
        assertEquals(refusal, refused.getCause().getMessage());
        w.ui(() -> part.typeAndSave(Setting.SPEED, "333"));
        Await.until("saved", WAIT, () -> w.ui(part::feedback).equals("Focuser settings saved: done"), () -> w.ui(part::feedback));

        Path file = dir.resolve("astrolink.json");
        w.ui(() -> part.saveSettings(file));
        Await.until("the file", WAIT, () -> Files.exists(file));
        assertTrue(Files.readString(file).contains("\"device.u\": \"25000:333:"), Files.readString(file));

        // the buzzer turned off by another program: the box follows the device
        device.capability(org.openjolo.core.capability.Buzzer.class).orElseThrow().setEnabled(false).get(10, java.util.concurrent.TimeUnit.SECONDS);
        Await.until("the Buzzer box off", WAIT, () -> Boolean.FALSE.equals(w.ui(part::buzzerShown)));
        w.ui(part::factoryReset);
        Await.until("the factory speed on screen", WAIT, () -> "220".equals(w.ui(() -> part.shown(Setting.SPEED))), () -> w.ui(part::feedback));
        Await.until("the Buzzer box shows the reset's buzzer on", WAIT, () -> Boolean.TRUE.equals(w.ui(part::buzzerShown)));
        w.ui(() -> part.loadSettings(file));
        Await.until("the loaded speed on screen", WAIT, () -> "333".equals(w.ui(() -> part.shown(Setting.SPEED))), () -> w.ui(part::feedback));

        Files.writeString(dir.resolve("other.json"), "not json at all");
        w.ui(() -> part.loadSettings(dir.resolve("other.json")));
        assertTrue(w.ui(part::feedback).startsWith("other.json is damaged or not a settings file"), w.ui(part::feedback));
        w.screenshot("astrolink4-settings");
    }

    private void focuserLink(WorkbenchHarness w) throws Exception {
        Device device = w.activate(FocuserLink.FAMILY_ID);
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        w.show(SETTINGS);
        SettingsPart part = w.object(SETTINGS, SettingsPart.class);
        Await.until("the FocuserLink's travel", WAIT, () -> "60000".equals(w.ui(() -> part.shown(Setting.MAX_POSITION))),
                () -> w.ui(() -> part.shown(Setting.MAX_POSITION)));
        assertNull(w.ui(() -> part.shown(Setting.SPEED)), "no motor fields for the FocuserLink");
        assertNull(w.ui(() -> part.shown(Setting.MOTOR_CURRENT)));
        w.ui(() -> part.typeAndSave(Setting.MAX_POSITION, "70000"));
        Await.until("saved", WAIT, () -> focuser.settings().maxPosition() == 70000, () -> w.ui(part::feedback));
        w.ui(() -> part.typeAndSave(Setting.BACKLASH, "-40"));
        Await.until("backlash saved", WAIT, () -> focuser.settings().backlash() == -40, () -> w.ui(part::feedback));
        w.screenshot("focuserlink-settings");

        w.show(FOCUSER);
        FocuserPart focuserPart = w.object(FOCUSER, FocuserPart.class);
        Await.until("the FocuserLink's position", WAIT, () -> w.ui(focuserPart::shownPosition).startsWith("30000"), () -> w.ui(focuserPart::shownPosition));
        w.ui(() -> focuserPart.storeCurrentAs("Parked"));
        w.ui(() -> focuserPart.typeTargetAndGo("31000"));
        Await.until("1000 steps out (ten seconds at the default 100 pps)", WAIT, () -> focuser.position() == 31000 && !focuser.isMoving(), () -> "at " + focuser.position());
        w.ui(() -> focuserPart.storeCurrentAs("Focus L"));
        Await.until("both stored", WAIT, () -> w.ui(focuserPart::storedPositions).size() == 2, () -> w.ui(focuserPart::storedPositions).toString());
        assertEquals(List.of("Parked  \u2014  30000", "Focus L  \u2014  31000"), w.ui(focuserPart::storedPositions));
        Await.until("the position on screen", WAIT, () -> w.ui(focuserPart::shownPosition).startsWith("31000"), () -> w.ui(focuserPart::shownPosition));
        w.screenshot("focuserlink-focuser");
    }
}
