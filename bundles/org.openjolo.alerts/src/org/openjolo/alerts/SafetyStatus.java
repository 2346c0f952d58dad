package org.openjolo.alerts;

import java.time.Instant;

/**
 * The observatory's safety.
 *
 * @param safe   whether it is safe
 * @param reason why it is unsafe (the critical rules in ALERT), or why it is safe, for people
 * @param since  when it became so
 */
public record SafetyStatus(boolean safe, String reason, Instant since) {
}
