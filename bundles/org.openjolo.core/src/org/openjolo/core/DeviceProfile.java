package org.openjolo.core;

import java.util.Map;
import java.util.Optional;

/**
 * What the workbench keeps for one device beyond the device's own memory: output labels, the output lock,
 * named focuser positions, backlash, calibrations it applies in software. String keys and values, saved
 * atomically on every change under {@code settings/profiles/}. Thread-safe.
 */
public interface DeviceProfile {

    /** The value, if set. */
    Optional<String> get(String key);

    /** The value, or {@code fallback}. */
    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** An integer value; a stored value that is not an integer counts as unset. */
    default int getInt(String key, int fallback) {
        try {
            return get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A decimal value; a stored value that is not a finite number counts as unset. */
    default double getDouble(String key, double fallback) {
        try {
            double v = get(key).map(String::strip).map(Double::parseDouble).orElse(fallback);
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A boolean value ("true"/"false"). */
    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> v.strip().equalsIgnoreCase("true")).orElse(fallback);
    }

    /** Sets a value and saves; {@code null} removes it. */
    void put(String key, String value);

    /** Sets several values and saves once; {@code null} values remove. */
    void putAll(Map<String, String> values);

    /** All values, sorted by key. */
    Map<String, String> all();
}
