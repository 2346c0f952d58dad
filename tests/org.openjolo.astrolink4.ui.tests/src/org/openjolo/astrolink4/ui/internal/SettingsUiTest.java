package org.openjolo.astrolink4.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/** The AstroLink 4 settings part, contributed by this bundle's own model fragment, with a simulated device. */
class SettingsUiTest {

    @TempDir
    Path dir;

    @Test
    void settingsAreSavedToTheDeviceToAFileAndBack() throws Throwable {
        WorkbenchHarness.run(w -> {
            w.show("org.openjolo.astrolink4.ui.part.settings");
            AstroLink4SettingsPart part = w.object("org.openjolo.astrolink4.ui.part.settings", AstroLink4SettingsPart.class);
            Await.until("the device's speed", WAIT, () -> w.ui(part::shownSpeed).equals("220"), () -> w.ui(part::shownSpeed));

            w.ui(() -> part.typeSpeedAndSave("5000"));
            assertEquals("Speed must be a number from 1 to 4000 pps, not '5000'", w.ui(part::feedback));
            w.ui(() -> part.typeSpeedAndSave("333"));
            Await.until("saved", WAIT, () -> w.ui(part::feedback).equals("Focuser settings saved: done"), () -> w.ui(part::feedback));

            Path file = dir.resolve("astrolink.json");
            w.ui(() -> part.saveSettings(file));
            Await.until("the file", WAIT, () -> Files.exists(file));
            assertTrue(Files.readString(file).contains("\"device.u\": \"25000:333:"), Files.readString(file));

            w.ui(part::factoryReset);
            Await.until("the factory speed on screen", WAIT, () -> w.ui(part::shownSpeed).equals("220"), () -> w.ui(part::feedback));
            w.ui(() -> part.loadSettings(file));
            Await.until("the loaded speed on screen", WAIT, () -> w.ui(part::shownSpeed).equals("333"), () -> w.ui(part::feedback));

            Files.writeString(dir.resolve("other.json"), "not json at all");
            w.ui(() -> part.loadSettings(dir.resolve("other.json")));
            assertTrue(w.ui(part::feedback).startsWith("other.json is damaged or not a settings file"), w.ui(part::feedback));
            w.screenshot("astrolink4-settings");
        });
    }
}
