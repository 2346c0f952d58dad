package org.openjolo.core.capability;

/** How a PWM (dew heater) output's duty is chosen. */
public enum PwmMode {
    /** The operator sets the duty. */
    MANUAL,
    /** Duty follows relative humidity, reaching "heat power at max humidity" at 100 % RH. */
    HEAT,
    /** Duty regulates a chosen sensor to a preset temperature (DIRECT or REVERSED action). */
    AUTO
}
