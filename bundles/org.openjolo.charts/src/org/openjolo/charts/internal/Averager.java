package org.openjolo.charts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;

/**
 * Averages a device's samples (one per poll, 2 Hz) into chart points of one sampling interval each. Intervals
 * are aligned to the epoch, so points of several devices line up. Not thread-safe: one device's worker feeds it.
 */
final class Averager {

    private final long samplingMillis;
    private long interval = Long.MIN_VALUE;
    private final Map<TelemetryKey<?>, double[]> sums = new LinkedHashMap<>();

    Averager(long samplingMillis) {
        this.samplingMillis = samplingMillis;
    }

    /**
     * Adds a sample; returns the finished point of the previous interval when this sample starts a new one.
     * A sample older than the current interval (the clock went back) is dropped: points stay in time order.
     */
    Optional<Point> add(Telemetry t) {
        long time = t.time().toEpochMilli();
        long start = Math.floorDiv(time, samplingMillis) * samplingMillis;
        if (start < interval) {
            return Optional.empty();
        }
        Optional<Point> finished = start > interval ? flush() : Optional.empty();
        interval = start;
        for (Map.Entry<TelemetryKey<?>, Object> e : t.values().entrySet()) {
            double v = numeric(e.getValue());
            if (!Double.isNaN(v)) {
                double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                s[0] += v;
                s[1]++;
            }
        }
        return finished;
    }

    /** The point of the current interval as it is (at a disconnect), and starts afresh. */
    Optional<Point> flush() {
        if (interval == Long.MIN_VALUE || sums.isEmpty()) {
            sums.clear();
            return Optional.empty();
        }
        Map<TelemetryKey<?>, Double> means = new LinkedHashMap<>();
        sums.forEach((k, s) -> means.put(k, s[0] / s[1]));
        sums.clear();
        return Optional.of(new Point(interval, means));
    }

    /** A chartable value: numbers as they are, on/off as 1/0; anything else (text) is not charted. */
    static double numeric(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Double.NaN;
    }

    /** Whether a telemetry value of this type makes a series. */
    static boolean chartable(TelemetryKey<?> key) {
        return Number.class.isAssignableFrom(key.type()) || key.type() == Boolean.class;
    }
}
