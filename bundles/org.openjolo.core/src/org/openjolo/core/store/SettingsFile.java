package org.openjolo.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A device's settings saved to a file the operator chooses ("Settings Save... / Load..." of the manual): JSON
 * with the format, the family and the values. Loading checks all of it before anything reaches a device.
 */
public final class SettingsFile {

    /** The format tag written into every file. */
    public static final String FORMAT = "openjolo-device-settings/1";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private SettingsFile() {
    }

    /** Writes the settings atomically. */
    public static void save(Path file, String familyId, String model, Map<String, String> settings) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("family", familyId);
        root.addProperty("model", model);
        JsonObject values = new JsonObject();
        new TreeMap<>(settings).forEach(values::addProperty);
        root.add("settings", values);
        AtomicFiles.writeString(file, GSON.toJson(root));
    }

    /**
     * Reads settings saved for {@code familyId}.
     *
     * @throws IOException with a message for the operator: unreadable, not a settings file, another device family
     */
    public static Map<String, String> load(Path file, String familyId) throws IOException {
        String text;
        try {
            text = AtomicFiles.readString(file);
        } catch (IOException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
                throw new IOException(file.getFileName() + " is not an OpenJolo settings file (format " + FORMAT + ")");
            }
            String family = root.get("family").getAsString();
            if (!familyId.equals(family)) {
                throw new IOException(file.getFileName() + " holds settings of a '" + family + "' device, not of a '" + familyId + "' device");
            }
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("settings").entrySet()) {
                if (!e.getValue().isJsonPrimitive()) {
                    throw new IOException("Setting '" + e.getKey() + "' in " + file.getFileName() + " is not a text or number value");
                }
                out.put(e.getKey(), e.getValue().getAsString());
            }
            return out;
        } catch (JsonParseException e) {
            throw new IOException(file.getFileName() + " is damaged or not a settings file: it is not valid JSON", e);
        } catch (IllegalStateException | NullPointerException | ClassCastException | UnsupportedOperationException e) {
            throw new IOException(file.getFileName() + " is damaged or not a settings file: the family or the settings are missing", e);
        }
    }
}
