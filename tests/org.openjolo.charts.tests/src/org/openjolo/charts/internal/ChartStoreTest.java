package org.openjolo.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.ChartStore;
import org.openjolo.charts.Points;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.transport.TransportAddress;

/** The chart store: a fixed ring per device, truncation, ranges and min/max decimation. */
class ChartStoreTest {

    private static final long T0 = Instant.parse("2026-12-01T18:00:00Z").toEpochMilli();
    private static final DeviceIdentity DEVICE = new DeviceIdentity("astrolink4", "AstroLink 4 USB", "", TransportAddress.serial("/dev/ttyUSB0"));
    private static final TelemetryKey<Double> T = StandardTelemetry.TEMPERATURE_1;

    private static Point point(long time, double value) {
        Map<TelemetryKey<?>, Double> v = new LinkedHashMap<>();
        v.put(T, value);
        return new Point(time, v);
    }

    private static void add(ChartStore s, Point p) {
        s.add(p.time(), p.values());
    }

    /** The night read back after a restart goes before the points the store holds; the newest are kept when full. */
    @Test
    void earlierPointsGoBeforeTheHeldOnesAndTheNewestAreKept() {
        ChartStore s = new ChartStore(DEVICE, 4);
        add(s, point(T0 + 10_000, 10));
        add(s, point(T0 + 11_000, 11));
        s.addEarlier(new long[] { T0, T0 + 1_000, T0 + 2_000, T0 + 10_000 },
                List.of(Map.of(T, 0.0), Map.of(T, 1.0), Map.of(T, 2.0), Map.of(T, 99.0)));
        assertEquals(4, s.size());
        assertArrayEquals(new double[] { 1, 2, 10, 11 }, s.points(T, Long.MIN_VALUE, Long.MAX_VALUE).y(),
                "the oldest read back dropped for room, the one at the held point's time left out");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.addEarlier(new long[] { T0 }, List.of()));
    }

    @Test
    void aFullStoreDropsTheOldestPoint() {
        ChartStore s = new ChartStore(DEVICE, 3);
        for (int i = 0; i < 5; i++) {
            add(s, point(T0 + i * 1000L, i));
        }
        assertEquals(3, s.size());
        Points p = s.points(T, Long.MIN_VALUE, Long.MAX_VALUE);
        assertArrayEquals(new double[] {T0 + 2000, T0 + 3000, T0 + 4000}, p.x());
        assertArrayEquals(new double[] {2, 3, 4}, p.y());
        assertArrayEquals(new long[] {T0 + 2000, T0 + 4000}, s.span().orElseThrow());
    }

    @Test
    void aShorterPeriodKeepsTheNewestPointsAndALongerOneKeepsAll() {
        ChartStore s = new ChartStore(DEVICE, 10);
        for (int i = 0; i < 14; i++) {
            add(s, point(T0 + i * 1000L, i));
        }
        s.resize(4);
        assertArrayEquals(new double[] {10, 11, 12, 13}, s.points(T, Long.MIN_VALUE, Long.MAX_VALUE).y());
        s.resize(8);
        add(s, point(T0 + 14_000, 14));
        assertArrayEquals(new double[] {10, 11, 12, 13, 14}, s.points(T, Long.MIN_VALUE, Long.MAX_VALUE).y());
        assertEquals(8, s.capacity());
    }

    @Test
    void aSeriesThatAppearsLaterIsAbsentBeforeAndARangeIsInclusive() {
        ChartStore s = new ChartStore(DEVICE, 10);
        add(s, point(T0, 1));
        Map<TelemetryKey<?>, Double> both = new LinkedHashMap<>();
        both.put(T, 2.0);
        both.put(StandardTelemetry.HUMIDITY_1, 55.0);
        s.add(T0 + 1000, both);
        add(s, point(T0 + 2000, 3));
        assertEquals(List.of(T, StandardTelemetry.HUMIDITY_1), s.series());
        Points h = s.points(StandardTelemetry.HUMIDITY_1, T0, T0 + 2000);
        assertEquals(3, h.size());
        assertTrue(Double.isNaN(h.y()[0]) && Double.isNaN(h.y()[2]));
        assertEquals(55.0, h.y()[1]);
        assertArrayEquals(new double[] {2, 3}, s.points(T, T0 + 1000, T0 + 2000).y());
        assertEquals(0, s.points(StandardTelemetry.INPUT_VOLTAGE, T0, T0 + 2000).size());
    }

    @Test
    void decimationKeepsEachColumnsLowestAndHighestInTimeOrder() {
        ChartStore s = new ChartStore(DEVICE, 1000);
        for (int i = 0; i < 1000; i++) {
            // a flat line with one spike up at 500 and one down at 750
            add(s, point(T0 + i * 1000L, i == 500 ? 50 : i == 750 ? -50 : 0));
        }
        Points d = s.decimated(T, T0, T0 + 999_000, 10);
        assertTrue(d.size() <= 20, "at most two points per column: " + d.size());
        assertEquals(50.0, java.util.Arrays.stream(d.y()).max().orElseThrow(), "the spike survives");
        assertEquals(-50.0, java.util.Arrays.stream(d.y()).min().orElseThrow(), "the dip survives");
        for (int i = 1; i < d.size(); i++) {
            assertTrue(d.x()[i] > d.x()[i - 1], "in time order");
        }
        assertEquals(3, s.decimated(T, T0, T0 + 2000, 10).size(), "few points are given as they are");
    }

    @Test
    void aWholeDayAt2HzFitsTheFixedStoreAndAnotherNightDoesNotGrowIt() {
        ChartSettings settings = new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(24), false);
        ChartStore s = new ChartStore(DEVICE, settings.capacity());
        Averager a = new Averager(settings.sampling().toMillis());
        List<TelemetryKey<?>> keys = List.of(StandardTelemetry.TEMPERATURE_1, StandardTelemetry.HUMIDITY_1, StandardTelemetry.DEW_POINT_1,
                StandardTelemetry.TEMPERATURE_2, StandardTelemetry.HUMIDITY_2, StandardTelemetry.DEW_POINT_2, StandardTelemetry.SKY_TEMPERATURE,
                StandardTelemetry.SKY_AMBIENT_DIFFERENCE, StandardTelemetry.INPUT_VOLTAGE, StandardTelemetry.TOTAL_CURRENT, StandardTelemetry.ENERGY_AH);
        long samples = Duration.ofHours(24).toMillis() / 500;
        feed(s, a, keys, 0, samples);
        assertEquals(86_400 - 1, s.size(), "one point per second; the last one still being averaged");
        long bytes = s.bytes();
        assertEquals(86_400L * 8 + 86_400L * (keys.size() + 3) * 4, bytes, "times, the series, the focuser position and two outputs");
        feed(s, a, keys, samples, samples / 2);
        assertEquals(86_400, s.size());
        assertEquals(bytes, s.bytes(), "twelve more hours take no more memory");
        long[] span = s.span().orElseThrow();
        assertEquals(Duration.ofHours(24).toMillis() - 1000, span[1] - span[0], "the store reaches back 24 h");
    }

    private static void feed(ChartStore s, Averager a, List<TelemetryKey<?>> keys, long from, long count) {
        for (long i = from; i < from + count; i++) {
            Telemetry.Builder b = Telemetry.at(Instant.ofEpochMilli(T0 + i * 500));
            for (int k = 0; k < keys.size(); k++) {
                @SuppressWarnings("unchecked")
                TelemetryKey<Double> key = (TelemetryKey<Double>) keys.get(k);
                b.put(key, k + Math.sin(i / 1000.0));
            }
            b.put(StandardTelemetry.FOCUSER_POSITION, (int) (i % 30000)).put(StandardTelemetry.output(0), i % 2 == 0).put(StandardTelemetry.output(1), true);
            a.add(b.build()).ifPresent(p -> s.add(p.time(), p.values()));
        }
    }
}
