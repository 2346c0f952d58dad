package org.openjolo.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.openjolo.core.DataLocation;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.DeviceProfiles;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Profiles as JSON files under {@code settings/profiles/}, one per device, so a damaged file costs one device's
 * profile only. A file that cannot be read is kept aside and that device starts with defaults; values of the
 * wrong kind are dropped and the rest is used (the file as it was is kept aside too).
 */
@Component(service = DeviceProfiles.class)
public final class FileDeviceProfiles implements DeviceProfiles {

    private static final System.Logger LOG = System.getLogger(FileDeviceProfiles.class.getName());
    private static final Codec<TreeMap<String, String>> CODEC = Codec.of(TreeMap::new, "defaults are used for this device", FileDeviceProfiles::read,
            FileDeviceProfiles::write);

    @Reference
    DataLocation location;

    private final Map<String, FileProfile> open = new ConcurrentHashMap<>();

    /** For Declarative Services. */
    public FileDeviceProfiles() {
    }

    /** For tests outside OSGi. */
    FileDeviceProfiles(DataLocation location) {
        this.location = location;
    }

    @Override
    public DeviceProfile of(String deviceKey) {
        return open.computeIfAbsent(deviceKey, k -> new FileProfile(location.settings().resolve("profiles").resolve(fileName(k))));
    }

    /**
     * Moves a device's profile from an old key to a new one (a device that was known by its port and is now known
     * by its USB serial number), unless the new one has a profile already; done before the device's profile is
     * opened.
     *
     * @return whether it was moved
     */
    boolean moveOver(String fromKey, String toKey) {
        Path dir = location.settings().resolve("profiles");
        Path from = dir.resolve(fileName(fromKey));
        Path to = dir.resolve(fileName(toKey));
        if (open.containsKey(fromKey) || open.containsKey(toKey) || !java.nio.file.Files.isRegularFile(from) || java.nio.file.Files.exists(to)) {
            return false;
        }
        try {
            java.nio.file.Files.move(from, to);
            LOG.log(System.Logger.Level.INFO, "The profile of {0} is now kept as {1}: it follows the device to any port", fromKey, toKey);
            return true;
        } catch (java.io.IOException e) {
            // the device starts with the settings of its new key; the old file stays where it was
            LOG.log(System.Logger.Level.WARNING, "Could not move the profile " + from + " to " + to + ": " + e.getMessage());
            return false;
        }
    }

    static String fileName(String key) {
        return AtomicFiles.safeName(key) + ".json";
    }

    // values of the wrong kind cost only themselves: a profile holds many unrelated settings
    private static Reading<TreeMap<String, String>> read(JsonObject o) {
        TreeMap<String, String> values = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (e.getValue().isJsonPrimitive()) {
                values.put(e.getKey(), e.getValue().getAsString());
            } else {
                bad.add("'" + e.getKey() + "' holds " + JsonFile.kind(e.getValue()));
            }
        }
        return bad.isEmpty() ? Reading.whole(values)
                : Reading.partly(values, "values must be texts or numbers: " + String.join(", ", bad), "the other " + values.size() + " values are used");
    }

    private static JsonObject write(Map<String, String> values) {
        JsonObject o = new JsonObject();
        values.forEach(o::addProperty);
        return o;
    }

    /** One profile file. */
    static final class FileProfile implements DeviceProfile {
        private final JsonStore<TreeMap<String, String>> store;
        private final TreeMap<String, String> values;

        FileProfile(Path file) {
            store = new JsonStore<>(file, "The device profile", CODEC, LOG);
            values = store.load();
        }

        @Override
        public synchronized Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            putAll(java.util.Collections.singletonMap(key, value));
        }

        @Override
        public synchronized void putAll(Map<String, String> changes) {
            changes.forEach((k, v) -> {
                if (v == null) {
                    values.remove(k);
                } else {
                    values.put(k, v);
                }
            });
            store.trySave(values);
        }

        @Override
        public synchronized Map<String, String> all() {
            return new TreeMap<>(values);
        }
    }
}
