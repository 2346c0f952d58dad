package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * A DC-motor focuser (a motorised knob without position feedback) driven by timed runs: a direction, a motor
 * power in percent and a duration, after which the device stops the motor by itself. Whether it runs is
 * reported through {@link org.openjolo.core.StandardTelemetry#DC_FOCUSER_RUNNING}. The power and run time
 * a device accepts are the {@link #POWER} and {@link #DURATION} settings of its description
 * ({@link org.openjolo.core.description.StandardCapabilities#dcFocuser}); values outside them are refused
 * before anything is sent.
 */
public interface DcFocuser extends Capability {

    /** Setting id of the motor power, percent. */
    String POWER = "POWER";
    /** Setting id of a run's duration, milliseconds. */
    String DURATION = "DURATION";

    /**
     * Runs the motor for {@code durationMs} at {@code powerPercent}; completes when the device accepted it.
     *
     * @param inward direction (the device's "reversed" setting swaps what that means on the wire)
     */
    CompletableFuture<Void> run(boolean inward, int powerPercent, int durationMs);

    /** Stops the motor now. */
    CompletableFuture<Void> stop();

    /** Whether a timed run is going on (from the last poll, or since a run was accepted). */
    boolean isRunning();

    /** Whether the device reverses the motor's direction. */
    boolean isReversed();

    /** Sets {@link #isReversed()} (kept in the device). */
    CompletableFuture<Void> setReversed(boolean reversed);
}
