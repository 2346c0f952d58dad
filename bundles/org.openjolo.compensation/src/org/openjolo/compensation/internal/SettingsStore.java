package org.openjolo.compensation.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.core.DeviceProfile;

/** Compensation settings in the device profile, whoever compensates. */
final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private SettingsStore() {
    }

    static CompensationSettings load(DeviceProfile p) {
        CompensationSettings d = CompensationSettings.DEFAULT;
        CompensationMode mode;
        String stored = p.get("compensation.mode", d.mode().name());
        try {
            mode = CompensationMode.valueOf(stored);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The stored compensation mode ''{0}'' is not one of {1}; {2} is used", stored,
                    java.util.Arrays.toString(CompensationMode.values()), d.mode());
            mode = d.mode();
        }
        CompensationSettings s = new CompensationSettings(mode, p.getDouble("compensation.coefficient", d.coefficient()),
                p.getInt("compensation.threshold", d.threshold()), p.getInt("compensation.sensor", d.sensor()),
                Duration.ofMillis(p.getInt("compensation.windowMs", (int) d.window().toMillis())));
        try {
            return s.validate();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Stored compensation settings are invalid ({0}); defaults are used", e.getMessage());
            return d;
        }
    }

    static void save(DeviceProfile p, CompensationSettings s) {
        p.putAll(Map.of("compensation.mode", s.mode().name(),
                "compensation.coefficient", String.format(Locale.ROOT, "%.3f", s.coefficient()),
                "compensation.threshold", Integer.toString(s.threshold()), "compensation.sensor", Integer.toString(s.sensor()),
                "compensation.windowMs", Long.toString(s.window().toMillis())));
    }
}
