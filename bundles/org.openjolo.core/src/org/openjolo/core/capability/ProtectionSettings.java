package org.openjolo.core.capability;

/**
 * Over-voltage and over-current protection: when the input voltage or total current stays above its level for
 * longer than the sensitivity, the device switches all PWM and DC outputs off.
 *
 * @param overVoltage    volts
 * @param overCurrent    amperes
 * @param sensitivityMs  how long the condition must last, milliseconds
 * @param adcReference   the real value of the nominal 1.1 V reference, volts (calibrates the voltage reading)
 */
public record ProtectionSettings(double overVoltage, double overCurrent, int sensitivityMs, double adcReference) {
}
