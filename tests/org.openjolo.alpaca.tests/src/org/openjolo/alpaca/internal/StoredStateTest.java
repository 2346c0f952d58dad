package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Loaded;
import org.openjolo.testing.DamagedFiles.Warnings;

/**
 * {@code settings/alpaca.json}: damaged files are kept aside with one warning and the defaults are used; a half
 * that can be read (server settings, device numbers) is kept; nothing else is touched.
 */
class StoredStateTest {

    private static final AlpacaSettings CHANGED = new AlpacaSettings(true, true, "0.0.0.0", 11200, 0);

    @TempDir
    Path home;

    /** What the workbench writes: changed settings and two numbered focusers. */
    private static String valid() throws IOException {
        Path file = Files.createTempDirectory("alpaca").resolve("alpaca.json");
        StoredState s = new StoredState(file);
        s.setSettings(CHANGED);
        s.number("focuser", "astrolink4@serial:/dev/ttyUSB0");
        s.number("focuser", "focuserlink@serial:/dev/ttyUSB1");
        String text = Files.readString(file);
        Files.delete(file);
        Files.delete(file.getParent());
        return text;
    }

    static List<Damage> damages() throws IOException {
        return DamagedFiles.of(valid(), "{\"settings\": [], \"numbers\": []}", "{\"settings\": {\"port\": 70000}}", "{\"settings\": {\"port\": \"11111\"}}",
                "{\"settings\": {\"enabled\": \"yes\"}}", "{\"settings\": {\"lan\": true, \"address\": \" \"}}", "{\"settings\": {\"discoveryPort\": -1}}",
                "{\"numbers\": []}", "{\"numbers\": {\"focuser\": \"astrolink4@serial:/dev/ttyUSB0\"}}", "{\"numbers\": {\"focuser\": [1, 2]}}",
                "{\"numbers\": {\"focuser\": [{}]}}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsKeptAsideWithOneWarningAndTheDefaultsAreUsed(Damage damage) throws Exception {
        Path file = home.resolve("settings/alpaca.json");
        Loaded<StoredState> loaded = DamagedFiles.loadBeside(file, damage, home.resolve("settings/safety.json"), StoredState.class,
                () -> new StoredState(file)).assertWarned("The Alpaca settings");
        StoredState state = loaded.value();
        assertEquals(AlpacaSettings.DEFAULT, state.settings());
        assertNull(state.key("focuser", 0), "no device has a number");

        state.setSettings(AlpacaSettings.DEFAULT.withPort(12345));
        assertEquals(0, state.number("switch", "astrolink4@serial:/dev/ttyUSB0"));
        loaded.afterwards(() -> {
            StoredState again = new StoredState(file);
            assertEquals(12345, again.settings().port(), "the next save is read back");
            assertEquals("astrolink4@serial:/dev/ttyUSB0", again.key("switch", 0));
        });
    }

    @Test
    void badServerSettingsKeepTheDeviceNumbersAndBadNumbersKeepTheSettings() throws Exception {
        Path file = home.resolve("alpaca.json");
        Files.writeString(file, "{\"settings\": {\"port\": 99999}, \"numbers\": {\"focuser\": [\"a@x\", \"b@y\"]}}");
        try (Warnings w = new Warnings(StoredState.class.getName())) {
            StoredState s = new StoredState(file);
            assertEquals(AlpacaSettings.DEFAULT, s.settings());
            assertEquals("b@y", s.key("focuser", 1), "clients keep device numbers: they survive bad server settings");
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).contains("'port' must be from 0 to 65535, not 99999"), w.messages().get(0));
        }
        assertEquals("b@y", new StoredState(file).key("focuser", 1), "written back at once");

        Files.delete(DamagedFiles.keptAside(file));
        Files.writeString(file, "{\"settings\": {\"port\": 11200, \"lan\": true}, \"numbers\": {\"focuser\": \"a@x\"}}");
        StoredState s = new StoredState(file);
        assertEquals(new AlpacaSettings(true, true, "0.0.0.0", 11200, 32227), s.settings(), "missing settings have their defaults");
        assertNull(s.key("focuser", 0));
        assertEquals(1, DamagedFiles.keptFiles(file).size());
    }

    @Test
    void aGoodFileIsReadWithoutWarning() throws Exception {
        Path file = home.resolve("alpaca.json");
        Files.writeString(file, valid());
        try (Warnings w = new Warnings(StoredState.class.getName())) {
            StoredState s = new StoredState(file);
            assertEquals(CHANGED, s.settings());
            assertEquals(1, s.number("focuser", "focuserlink@serial:/dev/ttyUSB1"));
            assertEquals(List.of(), w.messages());
        }
        assertEquals(List.of(), DamagedFiles.keptFiles(file));
    }
}
