package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * A stepper focuser. Position, steps to go and motion are reported through telemetry
 * ({@link org.openjolo.core.StandardTelemetry#FOCUSER_POSITION} and friends).
 *
 * <p>Targets are checked against 0 and {@link FocuserSettings#maxPosition()} before anything is written: a
 * refused move fails with {@link org.openjolo.core.DeviceException.Reason#INVALID_VALUE} and leaves the device
 * untouched.</p>
 */
public interface Focuser extends Capability {

    /** The settings as last read from (or written to) the device. */
    FocuserSettings settings();

    /** Whether the device has this setting (others are reported but not changeable). */
    boolean supports(FocuserSettings.Setting setting);

    /** The latest known position, steps (from the last poll). */
    int position();

    /** Whether the motor is moving (from the last poll). */
    boolean isMoving();

    /** Moving, holding or idle. */
    MotorState motorState();

    /**
     * Starts an absolute move; completes when the device accepted it (not when it arrives: watch telemetry).
     */
    CompletableFuture<Void> moveTo(int target);

    /** Starts a move by {@code delta} steps from the current position (negative = inward). */
    CompletableFuture<Void> moveBy(int delta);

    /** Stops the motor now. */
    CompletableFuture<Void> abort();

    /** Declares the current position to be {@code position} without moving (e.g. 0 at the inner stop). */
    CompletableFuture<Void> sync(int position);

    /**
     * Writes settings. Fields the device does not support are ignored; invalid values are refused with the
     * allowed range in the message and nothing is written.
     */
    CompletableFuture<Void> applySettings(FocuserSettings settings);
}
