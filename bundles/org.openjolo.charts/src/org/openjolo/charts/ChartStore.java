package org.openjolo.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.DeviceDescription;

/**
 * A chart store: a ring of points with one time array and one float array per series, all of the same fixed
 * capacity, so a night at any sampling rate takes the memory the settings allow and no more. Floats are plenty
 * for what devices report (positions up to 16 million steps are exact). The recorder keeps one per device;
 * charts of other data (a benchmark, a plugin's own) can fill one too. Thread-safe.
 */
public final class ChartStore implements ChartData {

    private final DeviceIdentity device;
    private final DeviceDescription description;
    private int capacity;
    private long[] times;
    private final Map<TelemetryKey<?>, float[]> values = new LinkedHashMap<>();
    private int oldest;
    private int size;

    /** An empty store for {@code device}'s points, holding at most {@code capacity} of them, without a description. */
    public ChartStore(DeviceIdentity device, int capacity) {
        this(device, DeviceDescription.EMPTY, capacity);
    }

    /** An empty store for the points of {@code device}, which has {@code description}, holding at most {@code capacity}. */
    public ChartStore(DeviceIdentity device, DeviceDescription description, int capacity) {
        this.device = device;
        this.description = Objects.requireNonNull(description, "description");
        this.capacity = capacity;
        this.times = new long[capacity];
    }

    @Override
    public DeviceIdentity device() {
        return device;
    }

    @Override
    public DeviceDescription description() {
        return description;
    }

    /**
     * Adds the point at {@code time} (epoch milliseconds, not before the newest one) with a value per series;
     * a series missing from {@code point} is NaN there. The oldest point goes when the store is full.
     */
    public synchronized void add(long time, Map<TelemetryKey<?>, Double> point) {
        for (TelemetryKey<?> k : point.keySet()) {
            values.computeIfAbsent(k, x -> nan(capacity));
        }
        int i;
        if (size < capacity) {
            i = (oldest + size) % capacity;
            size++;
        } else {
            i = oldest;
            oldest = (oldest + 1) % capacity;
        }
        times[i] = time;
        for (Map.Entry<TelemetryKey<?>, float[]> e : values.entrySet()) {
            Double v = point.get(e.getKey());
            e.getValue()[i] = v == null ? Float.NaN : v.floatValue();
        }
    }

    /**
     * Adds points from before the oldest one it holds (the night so far, read back after a restart), oldest
     * first; those not older than its oldest point are left out. When they do not all fit, the newest points
     * are kept, as always.
     *
     * @param times  their times, epoch milliseconds, ascending
     * @param points a value per series for each time
     */
    public synchronized void addEarlier(long[] times, List<Map<TelemetryKey<?>, Double>> points) {
        if (times.length != points.size()) {
            throw new IllegalArgumentException(times.length + " times for " + points.size() + " points");
        }
        long before = size == 0 ? Long.MAX_VALUE : this.times[index(0)];
        List<Long> heldTimes = new java.util.ArrayList<>();
        List<Map<TelemetryKey<?>, Double>> held = new java.util.ArrayList<>();
        for (int j = 0; j < size; j++) {
            int i = index(j);
            heldTimes.add(this.times[i]);
            Map<TelemetryKey<?>, Double> p = new LinkedHashMap<>();
            for (Map.Entry<TelemetryKey<?>, float[]> e : values.entrySet()) {
                if (!Float.isNaN(e.getValue()[i])) {
                    p.put(e.getKey(), (double) e.getValue()[i]);
                }
            }
            held.add(p);
        }
        oldest = 0;
        size = 0;
        for (int j = 0; j < times.length; j++) {
            if (times[j] < before) {
                add(times[j], points.get(j));
            }
        }
        for (int j = 0; j < held.size(); j++) {
            add(heldTimes.get(j), held.get(j));
        }
    }

    /** Keeps the newest {@code newCapacity} points (all when they fit) in a store of that size. */
    public synchronized void resize(int newCapacity) {
        int keep = Math.min(size, newCapacity);
        long[] t = new long[newCapacity];
        Map<TelemetryKey<?>, float[]> v = new LinkedHashMap<>();
        values.keySet().forEach(k -> v.put(k, nan(newCapacity)));
        for (int j = 0; j < keep; j++) {
            int from = index(size - keep + j);
            t[j] = times[from];
            for (Map.Entry<TelemetryKey<?>, float[]> e : values.entrySet()) {
                v.get(e.getKey())[j] = e.getValue()[from];
            }
        }
        capacity = newCapacity;
        times = t;
        values.clear();
        values.putAll(v);
        oldest = 0;
        size = keep;
    }

    /** Drops every point. */
    public synchronized void clear() {
        values.clear();
        oldest = 0;
        size = 0;
    }

    /** How many points it holds at most. */
    public synchronized int capacity() {
        return capacity;
    }

    /** The memory its arrays take, in bytes. */
    public synchronized long bytes() {
        return (long) times.length * Long.BYTES + (long) values.size() * capacity * Float.BYTES;
    }

    @Override
    public synchronized List<TelemetryKey<?>> series() {
        return List.copyOf(values.keySet());
    }

    @Override
    public synchronized int size() {
        return size;
    }

    @Override
    public synchronized Optional<long[]> span() {
        return size == 0 ? Optional.empty() : Optional.of(new long[] {times[index(0)], times[index(size - 1)]});
    }

    @Override
    public synchronized Points points(TelemetryKey<?> key, long fromMillis, long toMillis) {
        float[] v = values.get(key);
        if (v == null) {
            return Points.EMPTY;
        }
        int first = firstAtOrAfter(fromMillis);
        int end = endAfter(toMillis);
        double[] x = new double[Math.max(0, end - first)];
        double[] y = new double[x.length];
        for (int j = first; j < end; j++) {
            int i = index(j);
            x[j - first] = times[i];
            y[j - first] = v[i];
        }
        return new Points(x, y);
    }

    @Override
    public synchronized Points decimated(TelemetryKey<?> key, long fromMillis, long toMillis, int columns) {
        float[] v = values.get(key);
        if (v == null || columns <= 0 || toMillis <= fromMillis) {
            return Points.EMPTY;
        }
        int first = firstAtOrAfter(fromMillis);
        int end = endAfter(toMillis);
        if (end - first <= 2L * columns) {
            return points(key, fromMillis, toMillis);
        }
        double width = (double) (toMillis - fromMillis + 1) / columns;
        List<double[]> out = new ArrayList<>();
        int column = -1;
        int min = -1;
        int max = -1;
        for (int j = first; j < end; j++) {
            int i = index(j);
            int c = (int) ((times[i] - fromMillis) / width);
            if (c != column) {
                emit(out, v, min, max);
                column = c;
                min = -1;
                max = -1;
            }
            if (!Float.isNaN(v[i])) {
                if (min < 0 || v[i] < v[min]) {
                    min = i;
                }
                if (max < 0 || v[i] > v[max]) {
                    max = i;
                }
            }
        }
        emit(out, v, min, max);
        double[] x = new double[out.size()];
        double[] y = new double[out.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = out.get(k)[0];
            y[k] = out.get(k)[1];
        }
        return new Points(x, y);
    }

    /** A column's lowest and highest point, in time order; once when they are the same point. */
    private void emit(List<double[]> out, float[] v, int min, int max) {
        if (min < 0) {
            return;
        }
        int a = logical(min) <= logical(max) ? min : max;
        int b = a == min ? max : min;
        out.add(new double[] {times[a], v[a]});
        if (b != a) {
            out.add(new double[] {times[b], v[b]});
        }
    }

    private int logical(int i) {
        return Math.floorMod(i - oldest, capacity);
    }

    /** The first logical position whose time is at or after {@code t} (size when none). */
    private int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[index(mid)] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the last logical position whose time is at or before {@code t}. */
    private int endAfter(long t) {
        return t == Long.MAX_VALUE ? size : firstAtOrAfter(t + 1);
    }

    private int index(int logical) {
        return (oldest + logical) % capacity;
    }

    private static float[] nan(int n) {
        float[] a = new float[n];
        Arrays.fill(a, Float.NaN);
        return a;
    }
}
