package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Temperature compensation done by the device's firmware: the workbench configures it and triggers it; the
 * device reports the pending amount ({@link org.openjolo.core.StandardTelemetry#FOCUSER_PENDING_COMPENSATION}).
 */
public interface FirmwareCompensation extends Capability {

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
    }

    /** The settings as last read. */
    Config config();

    /** Writes the settings (validated; the allowed range is named when refused). */
    CompletableFuture<Void> configure(Config config);

    /** Applies the pending amount if it exceeds {@code threshold} steps (the makers' {@code S:N}). */
    CompletableFuture<Void> compensateNow(int threshold);
}
