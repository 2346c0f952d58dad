package org.openjolo.compensation.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.ProfileKeys;

/**
 * Compensation settings of one focuser instance in the device profile, whoever compensates: the first focuser's
 * under {@code compensation.*} (as before devices had a second), another's under {@code <id>.compensation.*}.
 */
final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Device device;
    private final DeviceProfile profile;
    private final String focuserId;

    SettingsStore(Device device, String focuserId) {
        this.device = device;
        this.profile = device.profile();
        this.focuserId = focuserId;
    }

    /** The profile key of one compensation value of this focuser: {@code name} is e.g. "mode". */
    static String key(String focuserId, String name) {
        String first = "compensation." + name;
        return ProfileKeys.focuserKey(focuserId, first, first);
    }

    private String key(String name) {
        return key(focuserId, name);
    }

    CompensationSettings load() {
        CompensationSettings d = CompensationSettings.DEFAULT;
        CompensationMode mode;
        String stored = profile.get(key("mode"), d.mode().name());
        try {
            mode = CompensationMode.valueOf(stored);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The stored compensation mode ''{0}'' of {1} {2} is not one of {3}; {4} is used", stored, device, focuserId,
                    Arrays.toString(CompensationMode.values()), d.mode());
            mode = d.mode();
        }
        CompensationSettings s = new CompensationSettings(mode, profile.getDouble(key("coefficient"), d.coefficient()),
                profile.getInt(key("threshold"), d.threshold()), profile.getInt(key("sensor"), d.sensor()),
                Duration.ofMillis(profile.getInt(key("windowMs"), (int) d.window().toMillis())));
        try {
            return s.validate(device.description());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Stored compensation settings of {0} {1} are invalid ({2}); defaults are used", device, focuserId, e.getMessage());
            return d;
        }
    }

    void save(CompensationSettings s) {
        profile.putAll(Map.of(key("mode"), s.mode().name(),
                key("coefficient"), String.format(Locale.ROOT, "%.3f", s.coefficient()),
                key("threshold"), Integer.toString(s.threshold()), key("sensor"), Integer.toString(s.sensor()),
                key("windowMs"), Long.toString(s.window().toMillis())));
    }
}
