package org.openjolo.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Focuser positions the operator stored under a name ("Ha filter", "parked"), kept in the device profile so
 * they survive restarts. Every device with a focuser has them.
 */
public final class NamedPositions {

    /** One stored position. */
    public record Entry(String name, int position) {
    }

    private static final String KEY = "focuser.positions";
    private final DeviceProfile profile;
    private final String key;

    /** The positions of the device's first focuser, kept in {@code profile}. */
    public NamedPositions(DeviceProfile profile) {
        this(profile, org.openjolo.core.description.StandardCapabilities.FIRST_FOCUSER);
    }

    /**
     * The positions of focuser instance {@code focuserId} ({@code focuser}, {@code focuser2}…), kept in
     * {@code profile}: each focuser of a device has its own.
     */
    public NamedPositions(DeviceProfile profile, String focuserId) {
        this.profile = profile;
        this.key = ProfileKeys.focuserKey(focuserId, KEY, "positions");
    }

    /** All entries in the order they were added. */
    public synchronized List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (String line : profile.get(key, "").split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                try {
                    out.add(new Entry(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip())));
                } catch (NumberFormatException e) {
                    // a damaged line is dropped; the others stay usable
                }
            }
        }
        return out;
    }

    /**
     * Stores a position under a new name.
     *
     * @throws IllegalArgumentException with the rule broken (name 1–32 characters and unique, position 0–max)
     */
    public synchronized void add(String name, int position, int max) {
        Map<String, Integer> all = map();
        String n = checkName(name);
        if (all.containsKey(n)) {
            throw new IllegalArgumentException("A position named '" + n + "' exists already");
        }
        checkPosition(position, max);
        all.put(n, position);
        save(all);
    }

    /**
     * Gives an entry another position, keeping its name and place in the list.
     *
     * @throws IllegalArgumentException when there is no such entry or the position is outside 0–max
     */
    public synchronized void move(String name, int position, int max) {
        Map<String, Integer> all = map();
        if (!all.containsKey(name)) {
            throw new IllegalArgumentException("No position named '" + name + "'");
        }
        checkPosition(position, max);
        all.put(name, position);
        save(all);
    }

    private static void checkPosition(int position, int max) {
        if (position < 0 || position > max) {
            throw new IllegalArgumentException("Position " + position + " is outside the focuser's range 0 to " + max);
        }
    }

    /** Renames an entry; the new name follows the same rules. */
    public synchronized void rename(String oldName, String newName) {
        Map<String, Integer> all = map();
        String n = checkName(newName);
        if (!all.containsKey(oldName)) {
            throw new IllegalArgumentException("No position named '" + oldName + "'");
        }
        if (!n.equals(oldName) && all.containsKey(n)) {
            throw new IllegalArgumentException("A position named '" + n + "' exists already");
        }
        Map<String, Integer> renamed = new LinkedHashMap<>();
        all.forEach((k, v) -> renamed.put(k.equals(oldName) ? n : k, v));
        save(renamed);
    }

    /** Deletes an entry (nothing happens when it does not exist). */
    public synchronized void delete(String name) {
        Map<String, Integer> all = map();
        if (all.remove(name) != null) {
            save(all);
        }
    }

    private Map<String, Integer> map() {
        Map<String, Integer> m = new LinkedHashMap<>();
        list().forEach(e -> m.put(e.name(), e.position()));
        return m;
    }

    private void save(Map<String, Integer> all) {
        StringBuilder sb = new StringBuilder();
        all.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        profile.put(key, sb.toString());
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 32 || n.contains("\t") || n.contains("\n")) {
            throw new IllegalArgumentException("A position name must have 1 to 32 characters, on one line");
        }
        return n;
    }
}
