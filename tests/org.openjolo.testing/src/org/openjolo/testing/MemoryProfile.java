package org.openjolo.testing;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openjolo.core.DeviceProfile;

/** A device profile kept in memory, for tests of code that reads and writes a device's values. Thread-safe. */
public final class MemoryProfile implements DeviceProfile {

    private final Map<String, String> values = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    @Override
    public synchronized void putAll(Map<String, String> all) {
        all.forEach(this::put);
    }

    @Override
    public synchronized Map<String, String> all() {
        return new TreeMap<>(values);
    }
}
