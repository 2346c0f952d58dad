package org.openjolo.core.capability;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Input voltage, total current and energy since power-on (through telemetry), the device's protection against
 * over-voltage and over-current, and calibration.
 */
public interface PowerMonitor extends Capability {

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

    /** Writes protection settings; out-of-range values are refused with the allowed range. */
    CompletableFuture<Void> applyProtection(ProtectionSettings settings);

    /** The protection trip the device reports, if any. */
    Optional<Trip> trip();

    /**
     * Calibrates the current reading to zero with nothing connected: the offset measured now is subtracted
     * from later readings.
     */
    CompletableFuture<Void> calibrateCurrent();
}
