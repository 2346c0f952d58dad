package org.openjolo.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Which family the operator said a device is, when its answers fit several (the AstroLink 4 mini II and micro
 * answer alike), in {@code settings/model-choices.json}: asked once, remembered for that device. An unreadable
 * file is moved aside and the operator is asked again; nothing else depends on it.
 */
final class ModelChoices {

    private static final System.Logger LOG = System.getLogger(ModelChoices.class.getName());
    private static final Codec<LinkedHashMap<String, String>> CODEC = Codec.of(LinkedHashMap::new,
            "devices whose answers fit several models are asked about again", ModelChoices::read, ModelChoices::write);

    private final JsonStore<LinkedHashMap<String, String>> store;
    private final LinkedHashMap<String, String> choices;

    ModelChoices(Path file) {
        store = new JsonStore<>(file, "The remembered device models", CODEC, LOG);
        choices = store.load();
    }

    synchronized String get(String deviceKey) {
        return choices.get(deviceKey);
    }

    synchronized void put(String deviceKey, String familyId) {
        choices.put(deviceKey, familyId);
        store.trySave(choices);
    }

    private static Reading<LinkedHashMap<String, String>> read(JsonObject stored) {
        LinkedHashMap<String, String> read = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : stored.entrySet()) {
            if (e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isString()) {
                read.put(e.getKey(), e.getValue().getAsString());
            } else {
                bad.add("'" + e.getKey() + "' is not a family id");
            }
        }
        return bad.isEmpty() ? Reading.whole(read) : Reading.partly(read, String.join("; ", bad), "those devices are asked about again");
    }

    private static JsonObject write(Map<String, String> choices) {
        JsonObject stored = new JsonObject();
        choices.forEach(stored::addProperty);
        return stored;
    }
}
