package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;
import org.openjolo.core.DeviceException;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;

/**
 * Temperature compensation done by the device's firmware: the workbench configures it and triggers it; the
 * device reports the pending amount ({@link org.openjolo.core.StandardTelemetry#FOCUSER_PENDING_COMPENSATION}).
 */
public interface FirmwareCompensation extends Capability {

    /** Setting id of the coefficient the firmware stores, steps/°C ({@link Config#coefficient}). */
    String COEFFICIENT = "COEFFICIENT";
    /** Setting id of the automatic mode's threshold, steps ({@link Config#threshold}). */
    String THRESHOLD = "THRESHOLD";
    /** Setting id of how often the firmware evaluates, seconds ({@link Config#cycleSeconds}). */
    String CYCLE = "CYCLE";
    /** Setting id of the threshold {@link #compensateNow} takes (the makers' {@code S:N}), steps. */
    String TRIGGER = "TRIGGER";

    /**
     * The firmware's settings.
     *
     * @param coefficient steps per °C (positive when a falling temperature needs a smaller position)
     * @param threshold   automatic mode applies a correction above this many steps
     * @param sensor      the sensor used, 1 or 2
     * @param automatic   whether the firmware applies corrections by itself
     * @param cycleSeconds how often the firmware evaluates, seconds
     */
    record Config(double coefficient, int threshold, int sensor, boolean automatic, int cycleSeconds) {

        /**
         * Checks the values against the limits of {@code compensation} (the firmware compensation's description:
         * {@link #COEFFICIENT}, {@link #THRESHOLD}, {@link #CYCLE}) and the sensor against the device's
         * temperature sensors.
         *
         * @throws DeviceException (INVALID_VALUE) naming the value and what is allowed
         */
        public void check(CapabilityDescription compensation, DeviceDescription device) throws DeviceException {
            compensation.check(COEFFICIENT, coefficient);
            compensation.check(THRESHOLD, threshold);
            compensation.check(CYCLE, cycleSeconds);
            device.checkTemperatureSensor("Compensation sensor", sensor);
        }

        /**
         * Checks the values against what the first astrojolo firmwares store: coefficient -1000 to 1000
         * steps/°C, threshold 1 to 1000 steps, cycle 1 to 3600 s, and a sensor the device has.
         *
         * @param sensors how many sensors the device has
         * @throws DeviceException (INVALID_VALUE) naming the value and its allowed range
         * @deprecated the limits are the device's: use {@link #check(CapabilityDescription, DeviceDescription)}
         */
        @Deprecated(forRemoval = true)
        public void check(int sensors) throws DeviceException {
            if (!(coefficient >= -1000 && coefficient <= 1000)) {
                throw new DeviceException(DeviceException.Reason.INVALID_VALUE,
                        "Compensation " + coefficient + " steps/°C is outside the allowed range -1000 to 1000");
            }
            DeviceException.checkRange("Compensation threshold (steps)", threshold, 1, 1000);
            DeviceException.checkRange("Compensation sensor", sensor, 1, sensors);
            DeviceException.checkRange("Compensation cycle (s)", cycleSeconds, 1, 3600);
        }
    }

    /**
     * The id of the focuser instance the firmware compensates: the device's first focuser
     * ({@link org.openjolo.core.description.StandardCapabilities#FIRST_FOCUSER}) unless the device says another.
     * The workbench compensates the other focusers itself.
     */
    default String focuserId() {
        return org.openjolo.core.description.StandardCapabilities.FIRST_FOCUSER;
    }

    /** The settings as last read. */
    Config config();

    /** Writes the settings (validated; the allowed range is named when refused). */
    CompletableFuture<Void> configure(Config config);

    /** Applies the pending amount if it exceeds {@code threshold} steps (the makers' {@code S:N}). */
    CompletableFuture<Void> compensateNow(int threshold);
}
