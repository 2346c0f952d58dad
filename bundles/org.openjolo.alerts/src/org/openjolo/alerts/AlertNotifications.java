package org.openjolo.alerts;

/**
 * How a device's alerts are made audible, as the manual's "also buzz with device buzzer" and "also alert with
 * system sound" options. Both sound when a rule enters ALERT and again every minute while an ALERT stays
 * unacknowledged.
 *
 * @param deviceBuzzer sound the device's buzzer (needs a device with a {@link org.openjolo.core.capability.Buzzer}
 *                     that can sound on command, and its buzzer enabled)
 * @param systemSound  play the computer's alert sound
 */
public record AlertNotifications(boolean deviceBuzzer, boolean systemSound) {

    /** Neither: the manual's default. */
    public static final AlertNotifications NONE = new AlertNotifications(false, false);
}
