package org.openjolo.alerts.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjolo.alerts.AlertNotifications;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.description.DeviceDescription;

/**
 * A device's rules in its profile: for every rule, what may differ from the defaults ({@code alert.<id>.min},
 * {@code .max}, {@code .warn}, {@code .critical}, {@code .enabled}, {@code .value}), so that improved defaults
 * reach rules the operator never touched. A stored rule that is not valid, or has a value that cannot be read,
 * is reported and its defaults are used; the other rules are kept.
 */
final class RuleStore {

    private static final System.Logger LOG = System.getLogger(RuleStore.class.getName());
    private static final String NOTIFY_BUZZER = "alert.notify.buzzer";
    private static final String NOTIFY_SOUND = "alert.notify.sound";

    private RuleStore() {
    }

    private static final String CUSTOM = "alert.custom";

    /**
     * The rules kept in the profile over the built-in ones.
     *
     * @param description what the device has: a monitor stored for a sensor it lacks gets its defaults
     */
    static List<AlertRule> load(DeviceProfile p, List<AlertRule> builtIn, DeviceDescription description) {
        List<AlertRule> defaults = new ArrayList<>(builtIn);
        for (String valueId : p.get(CUSTOM, "").split(",")) {
            if (!valueId.isBlank()) {
                defaults.add(DefaultRules.custom(valueId.strip(), p.get("alert." + DefaultRules.CUSTOM + valueId.strip() + ".label", valueId.strip()), 0));
            }
        }
        List<AlertRule> rules = new ArrayList<>(defaults.size());
        for (AlertRule d : defaults) {
            String k = "alert." + d.id() + ".";
            try {
                AlertRule r = new AlertRule(d.id(), p.get(k + "value", d.valueId()), d.label(), limit(p, k + "min", d.min()), limit(p, k + "max", d.max()),
                        number(p, k + "warn", d.warnPercent()), bool(p, k + "critical", d.critical()), bool(p, k + "enabled", d.enabled()));
                rules.add(checkValue(d, r, description).validate());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "The stored alert rule ''{0}'' is not valid ({1}); its defaults are used", d.label(), e.getMessage());
                rules.add(d);
            }
        }
        return rules;
    }

    /**
     * A rule may only move between the values of its kind (the sensor of a monitor), never watch another
     * quantity, and a monitor only to a sensor the device has.
     */
    static AlertRule checkValue(AlertRule defaults, AlertRule r, DeviceDescription description) {
        boolean ok = r.valueId().equals(defaults.valueId())
                || AlertValues.temperatureChangeSensor(defaults.valueId()).isPresent() && AlertValues.temperatureChangeSensor(r.valueId()).isPresent()
                || AlertValues.dewPointMarginSensor(defaults.valueId()).isPresent() && AlertValues.dewPointMarginSensor(r.valueId()).isPresent();
        if (!ok) {
            throw new IllegalArgumentException(defaults.label() + " cannot watch '" + r.valueId() + "'");
        }
        if (!r.valueId().equals(defaults.valueId()) && AlertValues.channels(description, r.valueId()).isEmpty()) {
            List<String> sensors = AlertValues.sensorsFor(description, r.valueId()).stream().map(n -> "#" + n).toList();
            throw new IllegalArgumentException(defaults.label() + " cannot read sensor #" + AlertValues.sensorOf(r.valueId()).orElseThrow() + ": "
                    + (sensors.isEmpty() ? "this device has no sensor for it" : "this device offers sensor " + String.join(", ", sensors)));
        }
        return r;
    }

    static void save(DeviceProfile p, List<AlertRule> rules) {
        Map<String, String> values = new HashMap<>();
        List<String> custom = new ArrayList<>();
        for (AlertRule r : rules) {
            if (DefaultRules.isCustom(r)) {
                custom.add(r.valueId());
                values.put("alert." + r.id() + ".label", r.label());
            }
            String k = "alert." + r.id() + ".";
            values.put(k + "value", r.valueId());
            values.put(k + "min", text(r.min()));
            values.put(k + "max", text(r.max()));
            values.put(k + "warn", text(r.warnPercent()));
            values.put(k + "critical", Boolean.toString(r.critical()));
            values.put(k + "enabled", Boolean.toString(r.enabled()));
        }
        values.put(CUSTOM, custom.isEmpty() ? null : String.join(",", custom));
        p.putAll(values);
    }

    static AlertNotifications notifications(DeviceProfile p) {
        return new AlertNotifications(p.getBoolean(NOTIFY_BUZZER, false), p.getBoolean(NOTIFY_SOUND, false));
    }

    static void save(DeviceProfile p, AlertNotifications n) {
        p.putAll(Map.of(NOTIFY_BUZZER, Boolean.toString(n.deviceBuzzer()), NOTIFY_SOUND, Boolean.toString(n.systemSound())));
    }

    /** A stored limit: "none" for no limit, a number, or the default when unset. */
    private static double limit(DeviceProfile p, String key, double fallback) {
        return p.get(key, "").strip().equals("none") ? Double.NaN : number(p, key, fallback);
    }

    /** A stored number, or the default when unset; a value that is not a number is an error, never silently the default. */
    private static double number(DeviceProfile p, String key, double fallback) {
        String v = p.get(key).map(String::strip).orElse(null);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // told below, with the key
        }
        throw new IllegalArgumentException(key + " is '" + v + "', not a number");
    }

    private static boolean bool(DeviceProfile p, String key, boolean fallback) {
        String v = p.get(key).map(String::strip).orElse(null);
        if (v == null) {
            return fallback;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(key + " is '" + v + "', not true or false");
        }
        return Boolean.parseBoolean(v);
    }

    private static String text(double v) {
        return Double.isNaN(v) ? "none" : String.format(Locale.ROOT, "%s", v);
    }
}
