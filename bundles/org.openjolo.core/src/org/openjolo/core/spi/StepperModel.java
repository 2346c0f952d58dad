package org.openjolo.core.spi;

/**
 * For virtual devices: a stepper driven like the astrojolo firmwares' AccelStepper. It accelerates at a fixed
 * rate up to the configured speed and starts braking so that it stops exactly on the target. Time is given,
 * not read, so tests can drive it. Not thread-safe: the virtual device that owns it synchronizes.
 */
public final class StepperModel {

    /** Integration step: small against the fastest step period of interest, cheap for long moves. */
    private static final double MAX_STEP_S = 0.002;

    private double position;
    private double velocity;
    private int target;
    private boolean moving;

    /** The position, steps. */
    public int position() {
        return (int) Math.round(position);
    }

    /** The target of the current or last move. */
    public int target() {
        return target;
    }

    /** Whether the motor is turning. */
    public boolean moving() {
        return moving;
    }

    /** Steps still to go, signed; 0 when idle. */
    public int stepsToGo() {
        return moving ? target - position() : 0;
    }

    /** Starts a move to {@code newTarget} (or changes the target of the running one). */
    public void moveTo(int newTarget) {
        target = newTarget;
        moving = newTarget != position() || Math.abs(velocity) > 0;
        if (!moving) {
            position = newTarget;
        }
    }

    /**
     * A move as the astrojolo firmwares take it: a target outside 0..{@code max} is ignored (the firmware still
     * acknowledges it).
     *
     * @return whether the move was started
     */
    public boolean moveWithin(int newTarget, int max) {
        if (newTarget < 0 || newTarget > max) {
            return false;
        }
        moveTo(newTarget);
        return true;
    }

    /** A sync inside 0..{@code max}; others are ignored, as the firmwares do. */
    public void syncWithin(int newPosition, int max) {
        if (newPosition >= 0 && newPosition <= max) {
            sync(newPosition);
        }
    }

    /** Brakes at the given deceleration and stops where that takes it (like AccelStepper's stop()). */
    public void stop(double acceleration, int min, int max) {
        if (!moving) {
            return;
        }
        double brake = velocity * velocity / (2 * acceleration);
        int stopAt = (int) Math.round(position + Math.signum(velocity) * brake);
        target = Math.max(min, Math.min(max, stopAt));
    }

    /** Sets the position without moving. */
    public void sync(int newPosition) {
        position = newPosition;
        target = newPosition;
        velocity = 0;
        moving = false;
    }

    /** Advances {@code seconds} of motion at {@code speed} steps/s and {@code acceleration} steps/s². */
    public void advance(double seconds, double speed, double acceleration) {
        double left = seconds;
        while (moving && left > 0) {
            double h = Math.min(MAX_STEP_S, left);
            left -= h;
            double distance = target - position;
            double direction = Math.signum(distance);
            // the fastest speed from which we can still stop on the target
            double braking = Math.sqrt(2 * acceleration * Math.abs(distance));
            double desired = direction * Math.min(speed, braking);
            if (velocity < desired) {
                velocity = Math.min(desired, velocity + acceleration * h);
            } else {
                velocity = Math.max(desired, velocity - acceleration * h);
            }
            double next = position + velocity * h;
            boolean passed = (direction > 0 && next >= target) || (direction < 0 && next <= target) || direction == 0;
            if (passed || (Math.abs(target - next) < 0.5 && Math.abs(velocity) < acceleration * MAX_STEP_S * 2)) {
                position = target;
                velocity = 0;
                moving = false;
            } else {
                position = next;
            }
        }
    }
}
