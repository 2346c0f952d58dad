package org.openjolo.compensation;

import java.time.Instant;

/**
 * One applied compensation move.
 *
 * @param time        when it was sent
 * @param temperature the smoothed temperature, °C
 * @param steps       how far the focuser was sent (after clamping to 0..max)
 * @param target      the position it was sent to
 * @param cause       "AUTO", "Compensate" or the trigger, e.g. "S:20"
 */
public record Correction(Instant time, double temperature, int steps, int target, String cause) {
}
