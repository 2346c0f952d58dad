package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Loaded;
import org.openjolo.testing.DamagedFiles.Warnings;
import org.openjolo.transport.TransportAddress;

/** {@code settings/connections.json}: damaged files are kept aside with one warning; entries that can be read are kept. */
class ConnectionMemoryTest {

    private static final ConnectionSpec USB = new ConnectionSpec("astrolink4", TransportAddress.serial("/dev/ttyUSB0"));

    @TempDir
    Path home;

    static List<Damage> damages() {
        return DamagedFiles.of("{\"astrolink4@serial:/dev/ttyUSB0\": {\"family\": \"astrolink4\", \"address\": \"serial:/dev/ttyUSB0\"}}",
                "{\"k\": []}", "{\"k\": {\"family\": 4}}", "{\"k\": {\"address\": \"serial:/dev/ttyUSB0\"}}", "{\"k\": {\"family\": \"\"}}",
                "{\"k\": {\"family\": \"astrolink4\", \"address\": \"tcp:host:99999\"}}", "{\"k\": {\"family\": \"astrolink4\", \"address\": [1]}}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsKeptAsideWithOneWarningAndNothingIsReconnected(Damage damage) throws Exception {
        Path file = home.resolve("settings/connections.json");
        Loaded<ConnectionMemory> loaded = DamagedFiles.loadBeside(file, damage, home.resolve("settings/profiles/x.json"), ConnectionMemory.class,
                () -> new ConnectionMemory(file)).assertWarned("The remembered connections", "no device is reconnected");
        assertEquals(List.of(), loaded.value().all());

        loaded.value().put("astrolink4@serial:/dev/ttyUSB0", USB);
        loaded.afterwards(() -> assertEquals(List.of(USB), new ConnectionMemory(file).all(), "the next save is read back"));
    }

    @Test
    void anEntryThatCannotBeReadIsDroppedAndTheOthersAreReconnected() throws Exception {
        Path file = home.resolve("connections.json");
        Files.writeString(file, "{\"bad\": {\"family\": \"\"}, \"astrolink4@serial:/dev/ttyUSB0\": {\"family\": \"astrolink4\", \"address\": \"serial:/dev/ttyUSB0\"},"
                + " \"sim\": {\"family\": \"focuserlink\"}}");
        try (Warnings w = new Warnings(ConnectionMemory.class.getName())) {
            assertEquals(List.of(USB, ConnectionSpec.simulated("focuserlink")), new ConnectionMemory(file).all());
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).contains("entries not understood: 'bad': it has no family"), w.messages().get(0));
            assertTrue(w.messages().get(0).endsWith("; the other 2 are reconnected."), w.messages().get(0));
        }
        assertEquals(List.of(USB, ConnectionSpec.simulated("focuserlink")), new ConnectionMemory(file).all(), "written back at once");
        assertEquals(1, DamagedFiles.keptFiles(file).size());
    }
}
