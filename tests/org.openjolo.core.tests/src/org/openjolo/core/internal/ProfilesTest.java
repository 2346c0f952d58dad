package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.core.DeviceProfile;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Loaded;
import org.openjolo.testing.DamagedFiles.Warnings;

class ProfilesTest {

    @TempDir
    Path home;

    @Test
    void valuesSurviveARestartAndTypedReadsFallBack() {
        DeviceProfile p = new FileDeviceProfiles(() -> home).of("astrolink4@serial:/dev/ttyUSB0");
        p.put("output.1.label", "Mount");
        p.put("focuser.backlash", "-35");
        p.put("sqm.offset", "not a number");
        Map<String, String> more = new HashMap<>();
        more.put("pwm.1.mode", "HEAT");
        more.put("output.1.label", null);
        p.putAll(more);

        DeviceProfile again = new FileDeviceProfiles(() -> home).of("astrolink4@serial:/dev/ttyUSB0");
        assertFalse(again.get("output.1.label").isPresent(), "removed with a null value");
        assertEquals(-35, again.getInt("focuser.backlash", 0));
        assertEquals(0.5, again.getDouble("sqm.offset", 0.5), "an unreadable number counts as unset");
        assertEquals("HEAT", again.get("pwm.1.mode", "MANUAL"));
        assertEquals(List.of("focuser.backlash", "pwm.1.mode", "sqm.offset"), List.copyOf(again.all().keySet()));
        assertTrue(new FileDeviceProfiles(() -> home).of("another").all().isEmpty(), "profiles are per device");
    }

    @Test
    void aCorruptProfileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        String key = "astrolink4@serial:/dev/ttyUSB1";
        Path dir = home.resolve("settings/profiles");
        Files.createDirectories(dir);
        Path file = dir.resolve(FileDeviceProfiles.fileName(key));
        Files.writeString(file, "{\"output.1.label\": ");
        DeviceProfile p = new FileDeviceProfiles(() -> home).of(key);
        assertTrue(p.all().isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains(".corrupt-")).count());
        }
        assertTrue(FileDeviceProfiles.fileName("tcp:a/b\\c:4030").matches("[A-Za-z0-9._-]+-[0-9a-f]+\\.json"));
    }

    static List<Damage> damages() {
        return DamagedFiles.of("{\n  \"focuser.backlash\": \"-35\",\n  \"output.1.label\": \"Mount\"\n}", "{\"output.1.label\": {}}",
                "{\"output.1.label\": [\"Mount\"]}", "{\"output.1.label\": null}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedProfileIsKeptAsideWithOneWarningAndCostsOnlyItsDevice(Damage damage) throws Exception {
        String key = "astrolink4@serial:/dev/ttyUSB1";
        String other = "astrolink4@serial:/dev/ttyUSB2";
        new FileDeviceProfiles(() -> home).of(other).put("output.1.label", "Dew heater");
        Path dir = home.resolve("settings/profiles");
        Path file = dir.resolve(FileDeviceProfiles.fileName(key));

        FileDeviceProfiles profiles = new FileDeviceProfiles(() -> home);
        Loaded<DeviceProfile> loaded = DamagedFiles.loadBeside(file, damage, dir.resolve(FileDeviceProfiles.fileName(other)), FileDeviceProfiles.class, () -> {
            DeviceProfile p = profiles.of(key);
            assertEquals("Dew heater", profiles.of(other).get("output.1.label", ""), "another device's profile is not reset");
            return p;
        }).assertWarned("The device profile");
        assertEquals(Map.of(), loaded.value().all());

        loaded.value().put("focuser.backlash", "12");
        loaded.afterwards(() -> assertEquals(Map.of("focuser.backlash", "12"), new FileDeviceProfiles(() -> home).of(key).all(), "the next save is read back"));
    }

    @Test
    void valuesOfTheWrongKindAreDroppedAndTheOthersKept() throws Exception {
        String key = "astrolink4@serial:/dev/ttyUSB3";
        Path file = home.resolve("settings/profiles").resolve(FileDeviceProfiles.fileName(key));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"output.1.label\": \"Mount\", \"pwm.1\": {\"mode\": \"HEAT\"}, \"focuser.backlash\": -35, \"lock\": true}");
        try (Warnings w = new Warnings(FileDeviceProfiles.class.getName())) {
            DeviceProfile p = new FileDeviceProfiles(() -> home).of(key);
            assertEquals(Map.of("output.1.label", "Mount", "focuser.backlash", "-35", "lock", "true"), p.all());
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).contains("values must be texts or numbers: 'pwm.1' holds an object"), w.messages().get(0));
            assertTrue(w.messages().get(0).endsWith("; the other 3 values are used."), w.messages().get(0));
        }
        assertEquals(3, new FileDeviceProfiles(() -> home).of(key).all().size(), "written back at once");
        assertEquals(1, DamagedFiles.keptFiles(file).size());
    }
}
