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
import org.openjolo.core.DeviceProfile;

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
}
