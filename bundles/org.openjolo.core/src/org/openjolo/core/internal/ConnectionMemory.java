package org.openjolo.core.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.JsonFile;
import org.openjolo.transport.TransportAddress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The connections to restore at the next start, in {@code settings/connections.json}. A file that cannot be
 * read is moved aside with a warning and the workbench starts with none; entries it does not understand are
 * dropped (the file as it was is kept aside too) and the others are reconnected.
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
        JsonObject stored;
        try {
            stored = JsonFile.readObject(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, AtomicFiles.keepAside(file, "The remembered connections", e.getMessage(), "no device is reconnected"));
            return;
        }
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : stored.entrySet()) {
            try {
                if (!e.getValue().isJsonObject()) {
                    throw new IOException("it holds " + JsonFile.kind(e.getValue()));
                }
                String family = JsonFile.text(e.getValue().getAsJsonObject(), "family", "");
                String address = JsonFile.text(e.getValue().getAsJsonObject(), "address", null);
                if (family.isBlank()) {
                    throw new IOException("it has no family");
                }
                entries.put(e.getKey(), new ConnectionSpec(family, address == null ? null : TransportAddress.parse(address)));
            } catch (IOException | IllegalArgumentException x) {
                bad.add("'" + e.getKey() + "': " + x.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            LOG.log(Level.WARNING, AtomicFiles.keepAside(file, "The remembered connections", "entries not understood: " + String.join("; ", bad),
                    entries.isEmpty() ? "no device is reconnected" : "the other " + entries.size() + " are reconnected"));
            save();
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
