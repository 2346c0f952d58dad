package org.openjolo.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;

/** Chart points as means of the 2 Hz samples of one sampling interval. */
class AveragingTest {

    private static final long T0 = Instant.parse("2026-12-01T20:00:00Z").toEpochMilli();

    private static Telemetry sample(long millis, double temperature, int position, boolean output) {
        return Telemetry.at(Instant.ofEpochMilli(millis)).put(StandardTelemetry.TEMPERATURE_1, temperature)
                .put(StandardTelemetry.FOCUSER_POSITION, position).put(StandardTelemetry.output(0), output).build();
    }

    @Test
    void aPointIsTheMeanOfTheSamplesOfItsIntervalAndStartsAtTheIntervalsStart() {
        Averager a = new Averager(5000);
        List<Point> points = new ArrayList<>();
        // 2 Hz for 12 s: intervals [0,5), [5,10) complete, [10,12) pending
        for (int i = 0; i < 24; i++) {
            a.add(sample(T0 + i * 500L, i, 1000 + i, i % 4 == 0)).ifPresent(points::add);
        }
        assertEquals(2, points.size());
        Point first = points.get(0);
        assertEquals(T0, first.time());
        assertEquals(4.5, first.values().get(StandardTelemetry.TEMPERATURE_1), 1e-9, "mean of 0..9");
        assertEquals(1004.5, first.values().get(StandardTelemetry.FOCUSER_POSITION), 1e-9);
        assertEquals(0.3, first.values().get(StandardTelemetry.output(0)), 1e-9, "on in 3 of 10 samples");
        assertEquals(T0 + 5000, points.get(1).time());
        assertEquals(14.5, points.get(1).values().get(StandardTelemetry.TEMPERATURE_1), 1e-9, "mean of 10..19");
        Point rest = a.flush().orElseThrow();
        assertEquals(T0 + 10000, rest.time());
        assertEquals(21.5, rest.values().get(StandardTelemetry.TEMPERATURE_1), 1e-9, "mean of 20..23");
        assertTrue(a.flush().isEmpty(), "nothing pending after a flush");
    }

    @Test
    void intervalsAreAlignedToTheClockNotToTheFirstSample() {
        Averager a = new Averager(10_000);
        assertTrue(a.add(sample(T0 + 7_300, 1, 0, false)).isEmpty());
        Point p = a.add(sample(T0 + 10_100, 3, 0, false)).orElseThrow();
        assertEquals(T0, p.time());
        assertEquals(1.0, p.values().get(StandardTelemetry.TEMPERATURE_1), 1e-9);
    }

    @Test
    void aValueMissingInSomeSamplesIsAveragedOverThoseThatHaveItAndAbsentWhenNoneHas() {
        Averager a = new Averager(1000);
        a.add(Telemetry.at(Instant.ofEpochMilli(T0)).put(StandardTelemetry.TEMPERATURE_1, 10.0).build());
        a.add(Telemetry.at(Instant.ofEpochMilli(T0 + 500)).put(StandardTelemetry.TEMPERATURE_1, 12.0).put(StandardTelemetry.HUMIDITY_1, 60.0).build());
        Point p = a.add(Telemetry.at(Instant.ofEpochMilli(T0 + 1000)).put(StandardTelemetry.INPUT_VOLTAGE, 12.2).build()).orElseThrow();
        assertEquals(11.0, p.values().get(StandardTelemetry.TEMPERATURE_1), 1e-9);
        assertEquals(60.0, p.values().get(StandardTelemetry.HUMIDITY_1), 1e-9);
        assertFalse(p.values().containsKey(StandardTelemetry.INPUT_VOLTAGE), "not in this interval");
    }

    @Test
    void aSampleFromBeforeTheCurrentIntervalIsDroppedSoPointsStayInOrder() {
        Averager a = new Averager(1000);
        a.add(sample(T0 + 5000, 1, 0, false));
        assertEquals(Optional.empty(), a.add(sample(T0 + 1000, 100, 0, false)));
        Point p = a.add(sample(T0 + 6000, 1, 0, false)).orElseThrow();
        assertEquals(T0 + 5000, p.time());
        assertEquals(1.0, p.values().get(StandardTelemetry.TEMPERATURE_1), 1e-9, "the late sample did not count");
    }
}
