package org.openjolo.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjolo.charts.ChartData;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.ChartStore;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.Channel;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The recorder service on a simulated AstroLink 4: chart points, the CSV file, clear, settings. */
class RecorderServiceTest {

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final ChartRecorder recorder = Services.await(ChartRecorder.class);
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        recorder.setSettings(new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(1), true));
        device = registry.connect("astrolink4", new InMemoryLink(registry.family("astrolink4").orElseThrow().createVirtualDevice()))
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() throws Exception {
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        recorder.setSettings(ChartSettings.DEFAULTS);
    }

    @Test
    void recordsEveryChartableValueFromTheConnectionOnAndLogsItToTheNightsCsvFile() throws Exception {
        Await.until("three chart points", Duration.ofSeconds(15), () -> recorder.data(device).map(ChartData::size).orElse(0) >= 3);
        ChartData data = recorder.data(device).orElseThrow();
        assertTrue(data.series().containsAll(List.of(StandardTelemetry.FOCUSER_POSITION, StandardTelemetry.TEMPERATURE_1, StandardTelemetry.HUMIDITY_1,
                StandardTelemetry.DEW_POINT_1, StandardTelemetry.SKY_TEMPERATURE, StandardTelemetry.SKY_AMBIENT_DIFFERENCE, StandardTelemetry.INPUT_VOLTAGE,
                StandardTelemetry.TOTAL_CURRENT, StandardTelemetry.pwm(0), StandardTelemetry.output(0))), data.series().toString());
        assertFalse(data.series().contains(StandardTelemetry.PROTECTION_TRIP), "text is not charted");

        device.capability(Focuser.class).orElseThrow().moveTo(10_300).get(10, TimeUnit.SECONDS);
        Await.until("the move in the chart", Duration.ofSeconds(15), () -> {
            double[] y = data.points(StandardTelemetry.FOCUSER_POSITION, Long.MIN_VALUE, Long.MAX_VALUE).y();
            return y.length > 0 && y[y.length - 1] == 10_300;
        });

        Path csv = ((RecorderService) recorder).openFiles().stream().findFirst().orElseThrow();
        assertTrue(csv.startsWith(recorder.logFolder()), csv.toString());
        Await.until("rows in " + csv, Duration.ofSeconds(10), () -> rows(csv) >= 4);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFTime,"), lines.get(0));
        assertTrue(lines.get(0).contains("Focuser position [steps]") && lines.get(0).contains("Input voltage [V]"), lines.get(0));
        assertEquals("\uFEFF" + CsvLog.header(device.description().channels().stream().filter(Channel::isChartable).<TelemetryKey<?>>map(Channel::key)
                .toList()), lines.get(0), "the description's chartable channels, in its order, from the first row");
        assertEquals(device.description(), data.description());
        int columns = lines.get(0).split(",", -1).length;
        for (String row : lines.subList(1, lines.size())) {
            assertEquals(columns, row.split(",", -1).length, "every row has every column: " + row);
        }

        long rowsBefore = lines.size();
        recorder.clear();
        assertEquals(0, data.size(), "the chart store is empty");
        assertTrue(rows(csv) >= rowsBefore, "the file is not touched");
        Await.until("recording again", Duration.ofSeconds(10), () -> data.size() >= 1);
    }

    private static int rows(Path csv) {
        try {
            return Files.readAllLines(csv, StandardCharsets.UTF_8).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void settingsAreOnlyTheOfferedOnesAndAShorterPeriodTruncatesTheStore() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new ChartSettings(Duration.ofSeconds(2), Duration.ofHours(1), true));
        assertThrows(IllegalArgumentException.class, () -> new ChartSettings(Duration.ofSeconds(5), Duration.ofHours(3), true));
        Await.until("points", Duration.ofSeconds(15), () -> recorder.data(device).map(ChartData::size).orElse(0) >= 2);
        recorder.setSettings(new ChartSettings(Duration.ofSeconds(60), Duration.ofHours(1), false));
        ChartStore store = (ChartStore) recorder.data(device).orElseThrow();
        assertEquals(60, store.capacity());
        assertTrue(store.size() <= 60);
        assertEquals(new ChartSettings(Duration.ofSeconds(60), Duration.ofHours(1), false), SettingsStore.at(
                Services.await(org.openjolo.core.DataLocation.class).settings().resolve("charts.json")).load(), "saved");
    }

    /**
     * After a restart the charts show the night so far: the night's CSV rows come back into the store before
     * the new points, a row cut short is left out, and the file goes on with the new rows.
     */
    @Test
    void tonightsCsvRowsComeBackIntoTheChartsAfterARestart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.openjolo.simulator.SimulatedDevice sim = Services.await(org.openjolo.simulator.Simulator.class).start("astrolink4",
                org.openjolo.simulator.HostKind.PTY, org.openjolo.simulator.HostOptions.unpaced().withLink(dir.resolve("ttyHistory")));
        try {
            org.openjolo.core.DeviceIdentity identity = new org.openjolo.core.DeviceIdentity("astrolink4", "", "", sim.address());
            List<TelemetryKey<?>> columns = device.description().channels().stream().filter(Channel::isChartable).<TelemetryKey<?>>map(Channel::key).toList();
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(zone);
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            int position = columns.indexOf(StandardTelemetry.FOCUSER_POSITION);
            StringBuilder csv = new StringBuilder("\uFEFF" + CsvLog.header(columns) + "\n");
            for (int minutes = 30; minutes >= 10; minutes -= 10) {
                String[] cells = new String[columns.size()];
                java.util.Arrays.fill(cells, "");
                cells[position] = Integer.toString(20_000 + minutes);
                csv.append(time.format(now.minusMinutes(minutes))).append(',').append(String.join(",", cells)).append('\n');
            }
            csv.append(time.format(now.minusMinutes(5))).append(",12");
            Path file = recorder.logFolder().resolve(org.openjolo.core.store.ObservingNight.of(java.time.Instant.now(), zone) + "_"
                    + org.openjolo.core.store.AtomicFiles.safeName(identity.key()) + ".csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);

            Device restarted = registry.connect("astrolink4", sim.address()).get(10, TimeUnit.SECONDS);
            try {
                ChartData data = recorder.data(restarted).orElseThrow();
                Await.until("the night so far and a new point", Duration.ofSeconds(15), () -> data.size() >= 4, () -> data.size() + " points");
                double[] y = data.points(StandardTelemetry.FOCUSER_POSITION, Long.MIN_VALUE, Long.MAX_VALUE).y();
                assertEquals(List.of(20_030.0, 20_020.0, 20_010.0), java.util.Arrays.stream(y).limit(3).boxed().toList(), "the three whole rows, oldest first");
                assertEquals(restarted.capability(Focuser.class).orElseThrow().position(), y[3], 0.5, "then the device's own points");
                Await.until("the file goes on", Duration.ofSeconds(10), () -> rows(file) >= 6);
            } finally {
                registry.disconnect(restarted).get(10, TimeUnit.SECONDS);
            }
        } finally {
            sim.close();
        }
    }
}
