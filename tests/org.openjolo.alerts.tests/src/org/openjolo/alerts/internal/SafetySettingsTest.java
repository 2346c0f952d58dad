package org.openjolo.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Loaded;
import org.openjolo.testing.DamagedFiles.Warnings;

/** {@code settings/safety.json}: damaged files are kept aside with one warning, the defaults are used, nothing else is touched. */
class SafetySettingsTest {

    @TempDir
    Path home;

    static List<Damage> damages() {
        return DamagedFiles.of("{\"holdOffSeconds\":600}", "{\"holdOffSeconds\":\"600\"}", "{\"holdOffSeconds\":-1}", "{\"holdOffSeconds\":3601}",
                "{\"holdOffSeconds\":1.5}", "{\"holdOffSeconds\":[600]}", "{\"holdOffSeconds\":1e30}", "{\"holdOffSeconds\":true}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsKeptAsideWithOneWarningAndTheDefaultsAreUsed(Damage damage) throws Exception {
        Path file = home.resolve("settings/safety.json");
        Loaded<SafetySettings> loaded = DamagedFiles.loadBeside(file, damage, home.resolve("settings/charts.json"), SafetySettings.class,
                () -> new SafetySettings(file)).assertWarned("The safety settings", "defaults are used");
        assertEquals(SafetySettings.DEFAULT_HOLD_OFF, loaded.value().holdOff());
        assertFalse(Files.exists(file));

        loaded.value().setHoldOff(Duration.ofSeconds(90));
        loaded.afterwards(() -> assertEquals(Duration.ofSeconds(90), new SafetySettings(file).holdOff(), "the next save is read back"));
    }

    @Test
    void aGoodFileIsReadWithoutWarningAndAMissingValueHasItsDefault() throws Exception {
        Path file = home.resolve("safety.json");
        Files.writeString(file, "{\"holdOffSeconds\": 0}");
        try (Warnings w = new Warnings(SafetySettings.class.getName())) {
            assertEquals(Duration.ZERO, new SafetySettings(file).holdOff());
            Files.writeString(file, "{\"somethingNewer\": 1}");
            assertEquals(SafetySettings.DEFAULT_HOLD_OFF, new SafetySettings(file).holdOff());
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(), DamagedFiles.keptFiles(file));
    }
}
