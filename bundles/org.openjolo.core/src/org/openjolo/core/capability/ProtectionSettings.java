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

    /**
     * Refuses a value outside its limit in {@code power} (the power monitor's description: the
     * {@link PowerMonitor#OVER_VOLTAGE}, {@link PowerMonitor#OVER_CURRENT}, {@link PowerMonitor#SENSITIVITY} and
     * {@link PowerMonitor#ADC_REFERENCE} settings), before anything is written.
     *
     * @throws org.openjolo.core.DeviceException {@code INVALID_VALUE} naming the allowed range
     */
    public void check(org.openjolo.core.description.CapabilityDescription power) throws org.openjolo.core.DeviceException {
        power.check(PowerMonitor.OVER_VOLTAGE, overVoltage);
        power.check(PowerMonitor.OVER_CURRENT, overCurrent);
        power.check(PowerMonitor.SENSITIVITY, sensitivityMs);
        power.check(PowerMonitor.ADC_REFERENCE, adcReference);
    }
}
