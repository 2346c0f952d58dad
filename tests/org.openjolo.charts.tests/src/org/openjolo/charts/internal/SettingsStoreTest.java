package org.openjolo.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.charts.ChartSettings;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
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
        Path sibling = home.resolve("settings/alpaca.json");
        Files.createDirectories(file.getParent());
        Files.writeString(sibling, "{\"settings\": {}}");
        Files.write(file, damage.bytes());

        ChartSettings loaded;
        List<String> warnings;
        try (Warnings w = new Warnings(SettingsStore.class.getName())) {
            loaded = new SettingsStore(file).load();
            warnings = w.messages();
        }
        assertEquals(ChartSettings.DEFAULTS, loaded);
        Path kept = DamagedFiles.keptAside(file);
        assertArrayEquals(damage.bytes(), Files.readAllBytes(kept), "the file is kept as it was");
        assertFalse(Files.exists(file));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).matches("The chart settings " + Pattern.quote(file.toString()) + " could not be read \\(.+\\); it was kept as "
                + Pattern.quote(kept.toString()) + "; defaults are used\\."), warnings.get(0));

        new SettingsStore(file).save(CHANGED);
        try (Warnings w = new Warnings(SettingsStore.class.getName())) {
            assertEquals(CHANGED, new SettingsStore(file).load(), "the next save is read back");
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(kept), DamagedFiles.keptFiles(file));
        assertEquals("{\"settings\": {}}", Files.readString(sibling), "the other settings are untouched");
    }

    @Test
    void aMissingValueHasItsDefaultWithoutWarning() throws Exception {
        Path file = home.resolve("charts.json");
        Files.writeString(file, "{\"samplingSeconds\": 10}");
        try (Warnings w = new Warnings(SettingsStore.class.getName())) {
            assertEquals(ChartSettings.DEFAULTS.withSampling(Duration.ofSeconds(10)), new SettingsStore(file).load(),
                    "CSV logging stays on when the file does not say otherwise");
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(), DamagedFiles.keptFiles(file));
    }
}
