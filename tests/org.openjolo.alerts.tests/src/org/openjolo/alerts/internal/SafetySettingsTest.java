package org.openjolo.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Path sibling = home.resolve("settings/charts.json");
        Files.createDirectories(file.getParent());
        Files.writeString(sibling, "{\"samplingSeconds\":10}");
        Files.write(file, damage.bytes());

        SafetySettings settings;
        List<String> warnings;
        try (Warnings w = new Warnings(SafetySettings.class.getName())) {
            settings = new SafetySettings(file);
            warnings = w.messages();
        }
        assertEquals(SafetySettings.DEFAULT_HOLD_OFF, settings.holdOff());
        Path kept = DamagedFiles.keptAside(file);
        assertArrayEquals(damage.bytes(), Files.readAllBytes(kept), "the file is kept as it was");
        assertFalse(Files.exists(file));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).matches("The safety settings " + java.util.regex.Pattern.quote(file.toString())
                + " could not be read \\(.+\\); it was kept as " + java.util.regex.Pattern.quote(kept.toString()) + "; defaults are used\\."),
                warnings.get(0));

        settings.setHoldOff(Duration.ofSeconds(90));
        try (Warnings w = new Warnings(SafetySettings.class.getName())) {
            assertEquals(Duration.ofSeconds(90), new SafetySettings(file).holdOff(), "the next save is read back");
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(kept), DamagedFiles.keptFiles(file));
        assertEquals("{\"samplingSeconds\":10}", Files.readString(sibling), "the other settings are untouched");
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
