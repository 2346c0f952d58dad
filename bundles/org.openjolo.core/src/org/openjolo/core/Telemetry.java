package org.openjolo.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of everything a device reported in one poll. Values the device lacks (no sensor
 * plugged in, function absent) are absent here, never zero.
 */
public final class Telemetry {

    private final Instant time;
    private final Map<TelemetryKey<?>, Object> values;

    private Telemetry(Instant time, Map<TelemetryKey<?>, Object> values) {
        this.time = time;
        this.values = Collections.unmodifiableMap(values);
    }

    /** When the values were read. */
    public Instant time() {
        return time;
    }

    /** The value for {@code key}, or empty when the device did not report it. */
    public <T> Optional<T> get(TelemetryKey<T> key) {
        return Optional.ofNullable(key.type().cast(values.get(key)));
    }

    /** Whether a value for {@code key} is present. */
    public boolean has(TelemetryKey<?> key) {
        return values.containsKey(key);
    }

    /** All values, in the order they were added. */
    public Map<TelemetryKey<?>, Object> values() {
        return values;
    }

    /** Starts a snapshot taken at {@code time}. */
    public static Builder at(Instant time) {
        return new Builder(time);
    }

    @Override
    public String toString() {
        return "Telemetry" + time + values;
    }

    /** Collects values; absent ones are simply not put. */
    public static final class Builder {
        private final Instant time;
        private final Map<TelemetryKey<?>, Object> values = new LinkedHashMap<>();

        private Builder(Instant time) {
            this.time = time;
        }

        /** Adds a value; a {@code null} value is ignored (absent). */
        public <T> Builder put(TelemetryKey<T> key, T value) {
            if (value != null) {
                values.put(key, key.type().cast(value));
            }
            return this;
        }

        /** The snapshot. */
        public Telemetry build() {
            return new Telemetry(time, new LinkedHashMap<>(values));
        }
    }
}
