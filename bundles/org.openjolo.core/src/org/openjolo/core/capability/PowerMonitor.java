package org.openjolo.core.capability;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Input voltage, total current and energy since power-on (through telemetry), the device's protection against
 * over-voltage and over-current, and calibration.
 */
public interface PowerMonitor extends Capability {

    /** Setting id of the over-voltage protection level, volts ({@link ProtectionSettings#overVoltage}). */
    String OVER_VOLTAGE = "OVER_VOLTAGE";
    /** Setting id of the over-current protection level, amperes ({@link ProtectionSettings#overCurrent}). */
    String OVER_CURRENT = "OVER_CURRENT";
    /** Setting id of how long a protection condition must last, milliseconds. */
    String SENSITIVITY = "SENSITIVITY";
    /** Setting id of the real value of the voltage reading's nominal reference, volts. */
    String ADC_REFERENCE = "ADC_REFERENCE";

    /** Why the protection last switched the outputs off. */
    record Trip(Kind kind, double value) {
        /** What tripped. */
        public enum Kind {
            /** Input voltage above the level. */
            OVER_VOLTAGE,
            /** Total current above the level. */
            OVER_CURRENT
        }

        /** A sentence for the operator. */
        public String describe() {
            return kind == Kind.OVER_VOLTAGE
                    ? String.format(java.util.Locale.ROOT, "Over-voltage protection: the input reached %.2f V; all PWM and DC outputs were switched off", value)
                    : String.format(java.util.Locale.ROOT, "Over-current protection: the total current reached %.2f A; all PWM and DC outputs were switched off", value);
        }
    }

    /** The protection settings as last read. */
    ProtectionSettings protection();

    /**
     * Writes protection settings; a value outside its limit (the {@link #OVER_VOLTAGE}, {@link #OVER_CURRENT},
     * {@link #SENSITIVITY} and {@link #ADC_REFERENCE} settings of the description) is refused with the allowed
     * range.
     */
    CompletableFuture<Void> applyProtection(ProtectionSettings settings);

    /** The protection trip the device reports, if any. */
    Optional<Trip> trip();

    /**
     * Calibrates the current reading to zero with nothing connected: the offset measured now is subtracted
     * from later readings.
     */
    CompletableFuture<Void> calibrateCurrent();
}
