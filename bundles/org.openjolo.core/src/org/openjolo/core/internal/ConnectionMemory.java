package org.openjolo.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;
import org.openjolo.transport.TransportAddress;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The connections to restore at the next start, in {@code settings/connections.json}. A file that cannot be
 * read is moved aside with a warning and the workbench starts with none; entries it does not understand are
 * dropped (the file as it was is kept aside too) and the others are reconnected.
 */
final class ConnectionMemory {

    private static final System.Logger LOG = System.getLogger(ConnectionMemory.class.getName());
    private static final String NONE = "no device is reconnected";
    private static final Codec<LinkedHashMap<String, ConnectionSpec>> CODEC = Codec.of(LinkedHashMap::new, NONE, ConnectionMemory::read,
            ConnectionMemory::write);

    private final JsonStore<LinkedHashMap<String, ConnectionSpec>> store;
    /** keyed by the device's key (family@address) so a device is remembered once */
    private final LinkedHashMap<String, ConnectionSpec> entries;

    ConnectionMemory(Path file) {
        store = new JsonStore<>(file, "The remembered connections", CODEC, LOG);
        entries = store.load();
    }

    synchronized List<ConnectionSpec> all() {
        return List.copyOf(entries.values());
    }

    synchronized void put(String deviceKey, ConnectionSpec spec) {
        entries.put(deviceKey, spec);
        store.trySave(entries);
    }

    synchronized void remove(String deviceKey) {
        if (entries.remove(deviceKey) != null) {
            store.trySave(entries);
        }
    }

    // an entry not understood costs that device only
    private static Reading<LinkedHashMap<String, ConnectionSpec>> read(JsonObject stored) {
        LinkedHashMap<String, ConnectionSpec> entries = new LinkedHashMap<>();
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
        return bad.isEmpty() ? Reading.whole(entries)
                : Reading.partly(entries, "entries not understood: " + String.join("; ", bad),
                        entries.isEmpty() ? NONE : "the other " + entries.size() + " are reconnected");
    }

    /** A simulated device is stored without an address. */
    private static JsonObject write(Map<String, ConnectionSpec> entries) {
        JsonObject stored = new JsonObject();
        entries.forEach((key, spec) -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("family", spec.familyId());
            if (spec.address() != null) {
                entry.addProperty("address", spec.address().toString());
            }
            stored.add(key, entry);
        });
        return stored;
    }
}
