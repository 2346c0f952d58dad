package org.openjolo.core.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.transport.TransportAddress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The connections to restore at the next start, in {@code settings/connections.json}. A file that cannot be
 * read is moved aside with a warning and the workbench starts with none.
 */
final class ConnectionMemory {

    private static final System.Logger LOG = System.getLogger(ConnectionMemory.class.getName());
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** One remembered connection as stored; address {@code null} means simulated. */
    private record Stored(String family, String address) {
    }

    private final Path file;
    /** keyed by the device's key (family@address) so a device is remembered once */
    private final Map<String, ConnectionSpec> entries = new LinkedHashMap<>();

    ConnectionMemory(Path file) {
        this.file = file;
        load();
    }

    synchronized List<ConnectionSpec> all() {
        return List.copyOf(entries.values());
    }

    synchronized void put(String deviceKey, ConnectionSpec spec) {
        entries.put(deviceKey, spec);
        save();
    }

    synchronized void remove(String deviceKey) {
        if (entries.remove(deviceKey) != null) {
            save();
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Stored> stored = GSON.fromJson(json, new TypeToken<LinkedHashMap<String, Stored>>() { }.getType());
            if (stored == null) {
                throw new JsonParseException("empty file");
            }
            for (Map.Entry<String, Stored> e : stored.entrySet()) {
                Stored s = e.getValue();
                if (s == null || s.family() == null || s.family().isBlank()) {
                    throw new JsonParseException("entry '" + e.getKey() + "' has no family");
                }
                entries.put(e.getKey(), new ConnectionSpec(s.family(), s.address() == null ? null : TransportAddress.parse(s.address())));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            LOG.log(Level.WARNING, "The remembered connections in {0} could not be read ({1}); {2}; no device is reconnected",
                    file, e.getMessage(), AtomicFiles.keepAside(file));
        }
    }

    private void save() {
        Map<String, Stored> stored = new LinkedHashMap<>();
        entries.forEach((k, v) -> stored.put(k, new Stored(v.familyId(), v.address() == null ? null : v.address().toString())));
        try {
            AtomicFiles.writeString(file, GSON.toJson(stored));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the remembered connections to " + file, e);
        }
    }

}
