package org.openjolo.compensation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Device;

/**
 * Temperature compensation of one focuser instance of a device (a device with two focusers has two, each with
 * its own settings). The pending amount is computed from the temperature
 * averaged over the window and the reference (position, temperature) taken when compensation was switched on or
 * the operator last moved the focuser; the compensation's own moves do not re-base it, so rounding never
 * accumulates. Never moves while the focuser moves, never past 0 or the maximum.
 */
public interface CompensationControl {

    /** The device. */
    Device device();

    /**
     * The id of the focuser instance compensated ({@code focuser}, {@code focuser2}…). The default is the first
     * focuser, the only one before devices had several.
     */
    default String focuserId() {
        return org.openjolo.core.description.StandardCapabilities.FIRST_FOCUSER;
    }

    /**
     * The settings in use, kept in the device profile per focuser: the first focuser under
     * {@code compensation.*}, another under {@code <focuserId>.compensation.*}.
     */
    CompensationSettings settings();

    /**
     * Changes the settings; switching compensation on (or changing the sensor) takes a new reference. With the
     * device's firmware the device is configured; the future completes when it is.
     *
     * @throws IllegalArgumentException naming a value outside its range, or a sensor the device does not
     *                                  have ({@link CompensationSettings#validate(org.openjolo.core.description.DeviceDescription)}); nothing
     *                                  changes then
     */
    CompletableFuture<Void> apply(CompensationSettings settings);

    /** The averaged temperature of the chosen sensor, if it reports. */
    OptionalDouble temperature();

    /** The reference temperature, once one is taken. */
    OptionalDouble referenceTemperature();

    /** Steps the focuser should move now, if compensation is on and a temperature is known. */
    OptionalInt pending();

    /**
     * "Compensate": applies the pending amount now.
     *
     * @return the correction, or empty when nothing was pending; fails with a DeviceException when the focuser
     *         moves
     */
    CompletableFuture<Optional<Correction>> compensate();

    /**
     * The {@code S:N} trigger: applies the pending amount only if it exceeds {@code threshold} steps.
     *
     * @return the correction, or empty when the pending amount did not exceed the threshold
     */
    CompletableFuture<Optional<Correction>> trigger(int threshold);

    /** The corrections applied, oldest first (the last 500). */
    List<Correction> history();

    /** Who compensates. */
    Implementation implementation();

    /** Who computes and applies the corrections. */
    enum Implementation {
        /** The device's firmware: the workbench configures and triggers it. */
        DEVICE_FIRMWARE("device firmware"),
        /** The workbench moves the focuser itself. */
        WORKBENCH("workbench");

        private final String label;

        Implementation(String label) {
            this.label = label;
        }

        /** For people. */
        public String label() {
            return label;
        }
    }
}
