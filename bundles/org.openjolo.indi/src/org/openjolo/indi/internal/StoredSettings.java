package org.openjolo.indi.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;
import org.openjolo.indi.IndiSettings;

import com.google.gson.JsonObject;

/**
 * {@code settings/indi.json}: the server settings. An unreadable file is set aside with a message and the
 * defaults are used; a setting that is missing has its default.
 */
final class StoredSettings {

    private static final System.Logger LOG = System.getLogger(StoredSettings.class.getName());
    private static final Codec<IndiSettings[]> CODEC = Codec.of(() -> new IndiSettings[] { IndiSettings.DEFAULT }, "defaults are used",
            StoredSettings::read, StoredSettings::write);

    private final JsonStore<IndiSettings[]> store;
    private final IndiSettings[] state;

    StoredSettings(Path file) {
        store = new JsonStore<>(file, "The INDI settings", CODEC, LOG);
        state = store.load();
    }

    private static Reading<IndiSettings[]> read(JsonObject o) throws IOException {
        IndiSettings d = IndiSettings.DEFAULT;
        long port = JsonFile.wholeNumber(o, "port", d.port());
        if (port < 0 || port > 65535) {
            throw new IOException("'port' must be from 0 to 65535, not " + port);
        }
        try {
            return Reading.whole(new IndiSettings[] { new IndiSettings(JsonFile.bool(o, "enabled", d.enabled()), JsonFile.bool(o, "lan", d.lan()),
                    JsonFile.text(o, "address", d.address()), (int) port).validate() });
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static JsonObject write(IndiSettings[] state) {
        IndiSettings s = state[0];
        JsonObject o = new JsonObject();
        o.addProperty("enabled", s.enabled());
        o.addProperty("lan", s.lan());
        o.addProperty("address", s.address());
        o.addProperty("port", s.port());
        return o;
    }

    synchronized IndiSettings settings() {
        return state[0];
    }

    synchronized void setSettings(IndiSettings s) {
        state[0] = s;
        store.trySave(state);
    }
}
