package org.openjolo.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.compensation.CompensationPoint;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Warnings;

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
        assertTrue(e.getMessage().startsWith("The compensation points of filter 'L' " + file + " could not be read"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; the table starts empty."), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains(".corrupt-")).count());
        }
        assertEquals(List.of(), store.load(dev, "L"));
    }

    static List<Damage> damages() throws IOException {
        Path dir = Files.createTempDirectory("points");
        new FilePointsStore(() -> dir).save("d", "L", List.of(new CompensationPoint(12.5, 10234), new CompensationPoint(8.25, 10100)));
        Path file;
        try (Stream<Path> files = Files.walk(dir)) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        return DamagedFiles.of(Files.readString(file), "{\"points\": {}}", "{\"points\": [{}]}", "{\"points\": [null]}",
                "{\"points\": [{\"temperature\": \"12\", \"position\": 100}]}", "{\"points\": [{\"temperature\": 12, \"position\": -5}]}",
                "{\"points\": [{\"temperature\": 12, \"position\": 100.5}]}", "{\"points\": [{\"temperature\": 12}]}", "{\"filter\": \"L\"}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedTableIsReportedAndKeptAsideAndTheOtherFiltersAreUntouched(Damage damage) throws IOException {
        String dev = "astrolink4@serial:/dev/ttyUSB0";
        FilePointsStore store = new FilePointsStore(() -> home);
        store.save(dev, "Ha", List.of(new CompensationPoint(10, 10400)));
        Path dir = home.resolve("compensation").resolve(AtomicFiles.safeName(dev));
        Path file = dir.resolve(AtomicFiles.safeName("L") + ".json");
        Path sibling = dir.resolve(AtomicFiles.safeName("Ha") + ".json");
        byte[] siblingBytes = Files.readAllBytes(sibling);
        Files.write(file, damage.bytes());

        try (Warnings w = new Warnings(FilePointsStore.class.getName())) {
            assertEquals(List.of("Ha", "L"), store.filters(dev), "listed, so that loading it tells what is wrong");
            assertEquals(List.of(), w.messages());
        }
        IOException e = assertThrows(IOException.class, () -> store.load(dev, "L"));
        Path kept = DamagedFiles.keptAside(file);
        assertArrayEquals(damage.bytes(), Files.readAllBytes(kept), "the file is kept as it was");
        assertTrue(e.getMessage().matches("The compensation points of filter 'L' " + Pattern.quote(file.toString()) + " could not be read \\(.+\\); "
                + "it was kept as " + Pattern.quote(kept.toString()) + "; the table starts empty\\."), e.getMessage());
        assertEquals(List.of(), store.load(dev, "L"));

        store.save(dev, "L", List.of(new CompensationPoint(5, 10500)));
        assertEquals(List.of(new CompensationPoint(5, 10500)), new FilePointsStore(() -> home).load(dev, "L"), "the next save is read back");
        assertEquals(List.of(kept), DamagedFiles.keptFiles(file));
        assertArrayEquals(siblingBytes, Files.readAllBytes(sibling), "the other filter's table is untouched");
        assertEquals(List.of(new CompensationPoint(10, 10400)), store.load(dev, "Ha"));
    }

    @Test
    void aDamagedTableWhoseFilterTheNameDoesNotTellIsKeptAsideWhenListed() throws IOException {
        String dev = "astrolink4@serial:/dev/ttyUSB0";
        FilePointsStore store = new FilePointsStore(() -> home);
        store.save(dev, "H\u03b1", List.of(new CompensationPoint(10, 10400)));
        Path file = home.resolve("compensation").resolve(AtomicFiles.safeName(dev)).resolve(AtomicFiles.safeName("H\u03b1") + ".json");
        Files.writeString(file, "{\"points\": [");
        try (Warnings w = new Warnings(FilePointsStore.class.getName())) {
            assertEquals(List.of(), store.filters(dev));
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).startsWith("The compensation points " + file + " could not be read (it ends too early"), w.messages().get(0));
            assertTrue(w.messages().get(0).endsWith("; its filter is not listed."), w.messages().get(0));
        }
        assertEquals("{\"points\": [", Files.readString(DamagedFiles.keptAside(file)));
    }
}
