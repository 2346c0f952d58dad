package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * A DC-motor focuser (a motorised knob without position feedback) driven by timed runs: a direction, a motor
 * power in percent and a duration, after which the device stops the motor by itself. Whether it runs is
 * reported through {@link org.openjolo.core.StandardTelemetry#DC_FOCUSER_RUNNING}. Values outside
 * {@link #MIN_POWER}..100 % and {@link #MIN_DURATION_MS}..{@link #MAX_DURATION_MS} are refused before anything
 * is sent.
 */
public interface DcFocuser extends Capability {

    /** Smallest motor power, percent (below it the motor does not turn). */
    int MIN_POWER = 10;
    /** Shortest run, milliseconds. */
    int MIN_DURATION_MS = 10;
    /** Longest run, milliseconds. */
    int MAX_DURATION_MS = 5000;

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
