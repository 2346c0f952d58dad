package org.openjolo.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.testing.DamagedFiles.Warnings;

/** The alert rules kept in a device profile: a stored value that cannot be read is told, that rule has its defaults, the others are kept. */
class RuleStoreTest {

    private static final DeviceDescription DEVICE = new DeviceDescription(List.of(StandardCapabilities.power(), StandardCapabilities.environmentSensor(1, true),
            StandardCapabilities.environmentSensor(2, true)));
    private static final List<AlertRule> DEFAULTS = DefaultRules.forDevice(DEVICE);

    private static AlertRule rule(List<AlertRule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = { "max|abc", "max|NaN", "max|''", "min|1,5", "warn|ten", "warn|Infinity", "enabled|yes",
            "critical|1", "value|power.voltage" })
    void anUnreadableStoredValueGivesThatRuleItsDefaultsWithAWarning(String field, String stored) {
        DeviceProfile profile = new org.openjolo.testing.MemoryProfile();
        List<AlertRule> changed = DEFAULTS.stream().map(r -> r.id().equals(DefaultRules.CURRENT) ? r.withEnabled(true).withLimits(Double.NaN, 4.5) : r).toList();
        RuleStore.save(profile, changed);
        profile.put("alert.env.humidity1." + field, stored);

        List<AlertRule> loaded;
        List<String> warnings;
        try (Warnings w = new Warnings(RuleStore.class.getName())) {
            loaded = RuleStore.load(profile, DEFAULTS, DEVICE);
            warnings = w.messages();
        }
        assertEquals(rule(DEFAULTS, "env.humidity1"), rule(loaded, "env.humidity1"));
        assertEquals(4.5, rule(loaded, DefaultRules.CURRENT).max(), "the other rules are kept");
        assertTrue(rule(loaded, DefaultRules.CURRENT).enabled());
        assertEquals(1, warnings.size(), warnings.toString());
        String label = rule(DEFAULTS, "env.humidity1").label();
        assertTrue(warnings.get(0).startsWith("The stored alert rule '" + label + "' is not valid (") && warnings.get(0).endsWith("); its defaults are used"),
                warnings.get(0));
    }

    @org.junit.jupiter.api.Test
    void aMonitorStoredForASensorTheDeviceLacksGetsItsDefaults() {
        DeviceProfile profile = new org.openjolo.testing.MemoryProfile();
        profile.put("alert." + DefaultRules.TEMPERATURE_CHANGE + ".value", org.openjolo.alerts.AlertValues.temperatureChange(3));
        profile.put("alert." + DefaultRules.DEW_POINT_MARGIN + ".value", org.openjolo.alerts.AlertValues.dewPointMargin(2));
        List<AlertRule> loaded;
        List<String> warnings;
        try (Warnings w = new Warnings(RuleStore.class.getName())) {
            loaded = RuleStore.load(profile, DEFAULTS, DEVICE);
            warnings = w.messages();
        }
        assertEquals(rule(DEFAULTS, DefaultRules.TEMPERATURE_CHANGE), rule(loaded, DefaultRules.TEMPERATURE_CHANGE), "two sensors: no sensor #3");
        assertEquals(org.openjolo.alerts.AlertValues.dewPointMargin(2), rule(loaded, DefaultRules.DEW_POINT_MARGIN).valueId(), "sensor #2 is there");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("Temperature change cannot read sensor #3: this device offers sensor #1, #2"), warnings.get(0));
    }
}
