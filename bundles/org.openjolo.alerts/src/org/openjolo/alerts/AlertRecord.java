package org.openjolo.alerts;

import java.time.Instant;

/**
 * An entry of the alert history: a rule of a device changed state.
 *
 * @param time     when
 * @param deviceKey the device's {@link org.openjolo.core.DeviceIdentity#key()}
 * @param device   the device as shown to people
 * @param ruleId   the rule's {@link AlertRule#id()}
 * @param label    the rule's label
 * @param previous the state before
 * @param state    the state now
 * @param value    the value that caused it, or NaN when there was none
 * @param message  what happened, for the operator
 * @param critical whether the rule is critical
 */
public record AlertRecord(Instant time, String deviceKey, String device, String ruleId, String label, AlertState previous, AlertState state,
        double value, String message, boolean critical) {
}
