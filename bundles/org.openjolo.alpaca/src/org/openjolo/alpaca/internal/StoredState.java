package org.openjolo.alpaca.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.core.store.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * {@code settings/alpaca.json}: the server settings and, per Alpaca device type, the device keys in the order
 * their numbers were given, so a device keeps its number across restarts (clients store it). An unreadable file
 * is set aside with a message and the defaults are used.
 */
final class StoredState {

    private static final System.Logger LOG = System.getLogger(StoredState.class.getName());
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** The file's shape. */
    private static final class Shape {
        AlpacaSettings settings = AlpacaSettings.DEFAULT;
        Map<String, List<String>> numbers = new LinkedHashMap<>();
    }

    private final Path file;
    private Shape state = new Shape();

    StoredState(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                Shape s = GSON.fromJson(Files.readString(file), Shape.class);
                if (s == null || s.settings == null || s.numbers == null) {
                    throw new IOException("it is empty or incomplete");
                }
                s.settings.validate();
                state = s;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the Alpaca settings {0} ({1}); defaults are used; {2}", file, e.getMessage(),
                        AtomicFiles.keepAside(file));
            }
        }
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
        try {
            AtomicFiles.writeString(file, GSON.toJson(state));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the Alpaca settings to {0}: {1}", file, e.getMessage());
        }
    }
}
