package org.openjolo.alpaca.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code settings/alpaca.json}: the server settings and, per Alpaca device type, the device keys in the order
 * their numbers were given, so a device keeps its number across restarts (clients store it). An unreadable file
 * is set aside with a message and the defaults are used; when only the server settings or only the numbers are
 * wrong, the file is set aside all the same and the other half is kept. A setting that is missing has its
 * default.
 */
final class StoredState {

    private static final System.Logger LOG = System.getLogger(StoredState.class.getName());
    private static final Codec<Shape> CODEC = Codec.of(Shape::new, "defaults are used and devices are numbered afresh", StoredState::read,
            StoredState::write);

    /** The file's shape. */
    private static final class Shape {
        AlpacaSettings settings = AlpacaSettings.DEFAULT;
        final Map<String, List<String>> numbers = new LinkedHashMap<>();
    }

    private final JsonStore<Shape> store;
    private final Shape state;

    StoredState(Path file) {
        store = new JsonStore<>(file, "The Alpaca settings", CODEC, LOG);
        state = store.load();
    }

    // the two halves are independent: clients keep device numbers, so bad server settings must not renumber
    private static Reading<Shape> read(JsonObject root) {
        Shape state = new Shape();
        List<String> problems = new ArrayList<>();
        try {
            state.settings = settings(JsonFile.object(root, "settings"));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("settings: " + e.getMessage() + " (the default server settings are used)");
        }
        try {
            JsonObject numbers = JsonFile.object(root, "numbers");
            if (numbers != null) {
                for (Map.Entry<String, JsonElement> e : numbers.entrySet()) {
                    state.numbers.put(e.getKey(), keys(e.getKey(), e.getValue()));
                }
            }
        } catch (IOException e) {
            state.numbers.clear();
            problems.add("device numbers: " + e.getMessage() + " (devices are numbered afresh)");
        }
        return problems.isEmpty() ? Reading.whole(state) : Reading.partly(state, String.join("; ", problems), "the rest is used");
    }

    private static JsonObject write(Shape state) {
        AlpacaSettings s = state.settings;
        JsonObject settings = new JsonObject();
        settings.addProperty("enabled", s.enabled());
        settings.addProperty("lan", s.lan());
        settings.addProperty("address", s.address());
        settings.addProperty("port", s.port());
        settings.addProperty("discoveryPort", s.discoveryPort());
        JsonObject numbers = new JsonObject();
        state.numbers.forEach((type, keys) -> {
            JsonArray list = new JsonArray();
            keys.forEach(list::add);
            numbers.add(type, list);
        });
        JsonObject root = new JsonObject();
        root.add("settings", settings);
        root.add("numbers", numbers);
        return root;
    }

    private static AlpacaSettings settings(JsonObject o) throws IOException {
        AlpacaSettings d = AlpacaSettings.DEFAULT;
        if (o == null) {
            return d;
        }
        return new AlpacaSettings(JsonFile.bool(o, "enabled", d.enabled()), JsonFile.bool(o, "lan", d.lan()), JsonFile.text(o, "address", d.address()),
                port(o, "port", d.port()), port(o, "discoveryPort", d.discoveryPort())).validate();
    }

    private static int port(JsonObject o, String member, int fallback) throws IOException {
        long p = JsonFile.wholeNumber(o, member, fallback);
        if (p < 0 || p > 65535) {
            throw new IOException("'" + member + "' must be from 0 to 65535, not " + p);
        }
        return (int) p;
    }

    private static List<String> keys(String type, JsonElement e) throws IOException {
        if (!e.isJsonArray()) {
            throw new IOException("'" + type + "' holds " + JsonFile.kind(e) + " where a list of device keys belongs");
        }
        List<String> keys = new ArrayList<>();
        for (JsonElement k : e.getAsJsonArray()) {
            if (!k.isJsonPrimitive() || !k.getAsJsonPrimitive().isString()) {
                throw new IOException("'" + type + "' lists " + JsonFile.kind(k) + " where a device key belongs");
            }
            keys.add(k.getAsString());
        }
        return keys;
    }

    synchronized AlpacaSettings settings() {
        return state.settings;
    }

    synchronized void setSettings(AlpacaSettings s) {
        state.settings = s;
        save();
    }

    /** The device number of {@code deviceKey} for {@code type}, given now if it has none. */
    synchronized int number(String type, String deviceKey) {
        List<String> keys = state.numbers.computeIfAbsent(type, t -> new ArrayList<>());
        int n = keys.indexOf(deviceKey);
        if (n < 0) {
            keys.add(deviceKey);
            n = keys.size() - 1;
            save();
        }
        return n;
    }

    /** The device key with number {@code n} of {@code type}, if one was given it. */
    synchronized String key(String type, int n) {
        List<String> keys = state.numbers.get(type);
        return keys == null || n < 0 || n >= keys.size() ? null : keys.get(n);
    }

    private void save() {
        store.trySave(state);
    }
}
