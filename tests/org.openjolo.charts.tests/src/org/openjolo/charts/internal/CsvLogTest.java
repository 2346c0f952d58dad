package org.openjolo.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.transport.TransportAddress;

/**
 * The CSV log: file per night and device, header with units (the description's channels when there is one),
 * append-only, parts when the columns change.
 */
class CsvLogTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final DeviceIdentity DEVICE = new DeviceIdentity("astrolink4", "AstroLink 4 USB", "", TransportAddress.serial("/dev/ttyUSB0"));

    @TempDir
    Path dir;

    private static Point point(String localTime, Object... keyValues) {
        Map<TelemetryKey<?>, Double> v = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((TelemetryKey<?>) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return new Point(java.time.LocalDateTime.parse(localTime).atZone(ZONE).toInstant().toEpochMilli(), v);
    }

    private List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
    }

    @Test
    void oneFilePerNightWithAHeaderOfLabelsAndUnitsAndOneRowPerPoint() throws IOException {
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T21:00:00", StandardTelemetry.TEMPERATURE_1, 3.25, StandardTelemetry.FOCUSER_POSITION, 12000,
                StandardTelemetry.output(0), 1));
        log.write(point("2026-12-02T01:30:05", StandardTelemetry.TEMPERATURE_1, 1.5, StandardTelemetry.FOCUSER_POSITION, 12040.5,
                StandardTelemetry.output(0), 0.25));
        log.close();
        Path f = log.file();
        assertTrue(f.getFileName().toString().startsWith("2026-12-01_astrolink4_serial_dev_ttyUSB0"), "named by the night it started: " + f);
        List<String> lines = lines(f);
        assertEquals("\uFEFFTime,Temperature #1 [°C],Focuser position [steps],Output 1 [on 0-1]", lines.get(0), "a BOM so spreadsheets read °C");
        assertEquals("2026-12-01 21:00:00,3.250,12000,1.00", lines.get(1));
        assertEquals("2026-12-02 01:30:05,1.500,12040.5,0.25", lines.get(2), "after midnight: still the same night's file");
        assertEquals(3, lines.size());
    }

    @Test
    void theNextNoonStartsTheNextNightsFile() throws IOException {
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-02T11:59:59", StandardTelemetry.TEMPERATURE_1, 1));
        Path first = log.file();
        log.write(point("2026-12-02T12:00:00", StandardTelemetry.TEMPERATURE_1, 2));
        log.close();
        assertTrue(log.file().getFileName().toString().startsWith("2026-12-02_"), log.file().toString());
        assertTrue(first.getFileName().toString().startsWith("2026-12-01_"), first.toString());
        assertEquals(2, lines(first).size());
        assertEquals(2, lines(log.file()).size());
    }

    @Test
    void aRestartTheSameNightAppendsWithoutRewritingOrRepeatingTheHeader() throws IOException {
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T22:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        log.close();
        CsvLog again = new CsvLog(dir, DEVICE, ZONE);
        again.write(point("2026-12-01T22:10:00", StandardTelemetry.TEMPERATURE_1, 2));
        again.close();
        assertEquals(log.file(), again.file());
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C]", "2026-12-01 22:00:00,1.000", "2026-12-01 22:10:00,2.000"), lines(log.file()));
    }

    @Test
    void aNewSeriesContinuesInTheNextPartAndTheFirstPartStaysAsItWas() throws IOException {
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T22:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        Path first = log.file();
        log.write(point("2026-12-01T22:00:05", StandardTelemetry.TEMPERATURE_1, 2, StandardTelemetry.HUMIDITY_1, 60));
        log.write(point("2026-12-01T22:00:10", StandardTelemetry.HUMIDITY_1, 61));
        log.close();
        assertTrue(log.file().getFileName().toString().endsWith("_2.csv"), log.file().toString());
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C]", "2026-12-01 22:00:00,1.000"), lines(first));
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C],Humidity #1 [%]", "2026-12-01 22:00:05,2.000,60.000", "2026-12-01 22:00:10,,61.000"),
                lines(log.file()), "an absent value is an empty cell");
    }

    @Test
    void aFileOfTheNightWithOtherColumnsIsLeftAloneAndTheLogGoesOnInTheNextPart() throws IOException {
        Files.createDirectories(dir);
        CsvLog probe = new CsvLog(dir, DEVICE, ZONE);
        probe.write(point("2026-12-01T20:00:00", StandardTelemetry.INPUT_VOLTAGE, 12.1));
        probe.close();
        byte[] before = Files.readAllBytes(probe.file());
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T21:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        log.close();
        assertTrue(log.file().getFileName().toString().endsWith("_2.csv"), log.file().toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(probe.file()));
    }

    @Test
    void aNightFileThatIsNotOursOrNotTextIsLeftAloneAndTheLogGoesOnInTheNextPart() throws IOException {
        CsvLog probe = new CsvLog(dir, DEVICE, ZONE);
        probe.write(point("2026-12-01T20:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        probe.close();
        byte[] garbage = { (byte) 0xff, (byte) 0xfe, 0x00, 'x', '\n', (byte) 0xc3, 0x28 };
        Files.write(probe.file(), garbage);
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T21:00:00", StandardTelemetry.TEMPERATURE_1, 2));
        log.close();
        assertTrue(log.file().getFileName().toString().endsWith("_2.csv"), log.file().toString());
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C]", "2026-12-01 21:00:00,2.000"), lines(log.file()));
        assertEquals(List.of((byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 'x', (byte) '\n', (byte) 0xc3, (byte) 0x28),
                bytes(Files.readAllBytes(probe.file())), "never rewritten");
    }

    @Test
    void aRowCutShortByACrashIsFollowedByTheNextRowOnALineOfItsOwn() throws IOException {
        CsvLog log = new CsvLog(dir, DEVICE, ZONE);
        log.write(point("2026-12-01T22:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        log.close();
        Files.writeString(log.file(), "2026-12-01 22:00:05,1.2", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CsvLog again = new CsvLog(dir, DEVICE, ZONE);
        again.write(point("2026-12-01T22:10:00", StandardTelemetry.TEMPERATURE_1, 2));
        again.close();
        assertEquals(log.file(), again.file());
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C]", "2026-12-01 22:00:00,1.000", "2026-12-01 22:00:05,1.2", "2026-12-01 22:10:00,2.000"),
                lines(log.file()));
    }

    @Test
    void aDescribedDeviceHasItsChartableChannelsAsColumnsFromTheFirstRowInTheDescriptionsOrder() throws IOException {
        DeviceDescription description = new DeviceDescription(List.of(StandardCapabilities.focuser("focuser", "Focuser", List.of()),
                StandardCapabilities.environmentSensor(1, true), StandardCapabilities.power()));
        CsvLog log = new CsvLog(dir, DEVICE, description, ZONE);
        log.write(point("2026-12-01T22:00:00", StandardTelemetry.TEMPERATURE_1, 1, StandardTelemetry.FOCUSER_POSITION, 100));
        log.write(point("2026-12-01T22:00:05", StandardTelemetry.HUMIDITY_1, 60, StandardTelemetry.INPUT_VOLTAGE, 12.5));
        log.close();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(log.file()), files.toList(), "a value seen later needs no next part");
        }
        assertEquals(List.of("\uFEFFTime,Focuser position [steps],Steps to go [steps],Focuser moving [on 0-1],Temperature #1 [°C],Humidity #1 [%],"
                + "Dew point #1 [°C],Input voltage [V],Total current [A],Energy [Ah],Energy [Wh]",
                "2026-12-01 22:00:00,100,,,1.000,,,,,,",
                "2026-12-01 22:00:05,,,,,60.000,,12.500,,,"), lines(log.file()), "text (the protection trip) has no column; absent values are empty");
    }

    @Test
    void aValueTheDescriptionDoesNotListIsAddedInTheNextPart() throws IOException {
        DeviceDescription description = new DeviceDescription(List.of(StandardCapabilities.environmentSensor(1, false)));
        CsvLog log = new CsvLog(dir, DEVICE, description, ZONE);
        log.write(point("2026-12-01T22:00:00", StandardTelemetry.TEMPERATURE_1, 1));
        Path first = log.file();
        log.write(point("2026-12-01T22:00:05", StandardTelemetry.INPUT_VOLTAGE, 12));
        log.close();
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C]", "2026-12-01 22:00:00,1.000"), lines(first));
        assertEquals(List.of("\uFEFFTime,Temperature #1 [°C],Input voltage [V]", "2026-12-01 22:00:05,,12.000"), lines(log.file()));
    }

    private static List<Byte> bytes(byte[] b) {
        List<Byte> out = new java.util.ArrayList<>();
        for (byte x : b) {
            out.add(x);
        }
        return out;
    }
}
