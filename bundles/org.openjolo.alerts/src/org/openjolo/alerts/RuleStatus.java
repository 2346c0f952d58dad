package org.openjolo.alerts;

import java.time.Instant;

/**
 * Where one rule of one device stands now.
 *
 * @param rule         the rule
 * @param state        its state; OK for a disabled rule or a value the device does not report, unless the rule
 *                     is critical, where an unknown value is an ALERT
 * @param value        the value last evaluated, or NaN when there is none
 * @param unit         the value's unit symbol ("" when dimensionless)
 * @param message      the state in words for the operator
 * @param since        when the rule entered this state
 * @param acknowledged whether the operator acknowledged this WARNING or ALERT
 */
public record RuleStatus(AlertRule rule, AlertState state, double value, String unit, String message, Instant since, boolean acknowledged) {
}
