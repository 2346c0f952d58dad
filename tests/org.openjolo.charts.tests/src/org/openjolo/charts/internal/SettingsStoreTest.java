package org.openjolo.charts.internal;

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
import org.openjolo.charts.ChartSettings;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Loaded;
import org.openjolo.testing.DamagedFiles.Warnings;

/** {@code settings/charts.json}: damaged files are kept aside with one warning, the defaults are used, nothing else is touched. */
class SettingsStoreTest {

    private static final ChartSettings CHANGED = new ChartSettings(Duration.ofSeconds(30), Duration.ofHours(4), false);

    @TempDir
    Path home;

    static List<Damage> damages() {
        return DamagedFiles.of("{\"samplingSeconds\":30,\"periodHours\":4,\"collectToFile\":false}", "{\"samplingSeconds\": 7}",
                "{\"samplingSeconds\": \"5\"}", "{\"samplingSeconds\": 5.5}", "{\"periodHours\": -12}", "{\"periodHours\": 9223372036854775807}",
                "{\"periodHours\": 1e400}", "{\"collectToFile\": \"true\"}", "{\"collectToFile\": 1}", "{\"samplingSeconds\": {}}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsKeptAsideWithOneWarningAndTheDefaultsAreUsed(Damage damage) throws Exception {
        Path file = home.resolve("settings/charts.json");
        Loaded<ChartSettings> loaded = DamagedFiles.loadBeside(file, damage, home.resolve("settings/alpaca.json"), SettingsStore.class,
                () -> SettingsStore.at(file).load()).assertWarned("The chart settings", "defaults are used");
        assertEquals(ChartSettings.DEFAULTS, loaded.value());
        assertFalse(Files.exists(file));

        SettingsStore.at(file).save(CHANGED);
        loaded.afterwards(() -> assertEquals(CHANGED, SettingsStore.at(file).load(), "the next save is read back"));
    }

    @Test
    void aMissingValueHasItsDefaultWithoutWarning() throws Exception {
        Path file = home.resolve("charts.json");
        Files.writeString(file, "{\"samplingSeconds\": 10}");
        try (Warnings w = new Warnings(SettingsStore.class.getName())) {
            assertEquals(ChartSettings.DEFAULTS.withSampling(Duration.ofSeconds(10)), SettingsStore.at(file).load(),
                    "CSV logging stays on when the file does not say otherwise");
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(), DamagedFiles.keptFiles(file));
    }
}
