package org.openjolo.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.compensation.CompensationPoint;
import org.openjolo.core.store.AtomicFiles;

class PointsStoreTest {

    @TempDir
    Path home;

    @Test
    void pointsAreKeptPerDeviceAndFilterAcrossRestarts() throws IOException {
        String dev = "astrolink4@serial:/dev/ttyUSB0";
        new FilePointsStore(() -> home).save(dev, "L", List.of(new CompensationPoint(12.5, 10234), new CompensationPoint(8.25, 10100)));
        new FilePointsStore(() -> home).save(dev, "Ha", List.of(new CompensationPoint(10, 10400)));
        FilePointsStore again = new FilePointsStore(() -> home);
        assertEquals(List.of(new CompensationPoint(12.5, 10234), new CompensationPoint(8.25, 10100)), again.load(dev, "L"));
        assertEquals(List.of("Ha", "L"), again.filters(dev));
        assertEquals(List.of(), again.load(dev, "OIII"));
        assertEquals(List.of(), again.load("other@device", "L"), "points are per device");
        assertThrows(IllegalArgumentException.class, () -> again.save(dev, " ", List.of()));
    }

    @Test
    void aCorruptPointsFileIsReportedAndKeptAside() throws IOException {
        String dev = "astrolink4@serial:/dev/ttyUSB0";
        FilePointsStore store = new FilePointsStore(() -> home);
        store.save(dev, "L", List.of(new CompensationPoint(12.5, 10234)));
        Path dir = home.resolve("compensation").resolve(AtomicFiles.safeName(dev));
        Path file = dir.resolve(AtomicFiles.safeName("L") + ".json");
        Files.writeString(file, "{\"points\": [{\"temperature\": ");
        IOException e = assertThrows(IOException.class, () -> store.load(dev, "L"));
        assertTrue(e.getMessage().startsWith("The compensation points of filter 'L' could not be read"), e.getMessage());
        assertTrue(e.getMessage().endsWith("and the table starts empty"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains(".corrupt-")).count());
        }
        assertEquals(List.of(), store.load(dev, "L"));
    }
}
