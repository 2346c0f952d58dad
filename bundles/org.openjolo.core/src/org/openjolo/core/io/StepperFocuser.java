package org.openjolo.core.io;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.ProfileKeys;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.MotorState;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.SettingDescription;

/**
 * Base class for a stepper focuser driven by absolute-move, stop and sync requests with acknowledgements:
 * range checks, workbench backlash (first past the target, then back, see {@link Backlash}), motion from the
 * acknowledgement on and from each poll. A family supplies its request lines and writes its own settings.
 *
 * <p>The driver calls {@link #polled(int, int)} with every status reply and {@link #continueBacklash} after it;
 * the focuser's backlash lives in the device profile under {@link #PROFILE_BACKLASH}, since the devices know
 * nothing of it.</p>
 */
public abstract class StepperFocuser implements Focuser {

    /** Profile key of the first focuser's backlash, steps (signed); another instance uses {@code <id>.backlash}. */
    public static final String PROFILE_BACKLASH = "focuser.backlash";

    /** The link commands are submitted to. */
    protected final DeviceConnection link;
    private final CapabilityDescription description;
    private final String backlashKey;
    private final IntFunction<String> moveRequest;
    private final String stopRequest;
    private final IntFunction<String> syncRequest;
    private volatile FocuserSettings settings = new FocuserSettings(0, false, 0, 0, 0, 0, 0, 0, StepperMode.UNIPOLAR);
    private volatile boolean holding;
    private volatile int position;
    private volatile int stepsToGo;
    /** The real target of a move that first went past it for backlash; null when none is pending. */
    private volatile Integer afterBacklash;

    /**
     * @param link        the device's connection
     * @param description what this focuser instance is: its id, channels and the settings it has with their
     *                    limits ({@link org.openjolo.core.description.StandardCapabilities#focuser}); what
     *                    {@link #supports} answers and {@link #checkSettings} checks
     * @param moveRequest the request that starts an absolute move ({@code R:0:1234})
     * @param stopRequest the request that stops the motor ({@code H})
     * @param syncRequest the request that sets the position without moving ({@code P:0:1234})
     */
    protected StepperFocuser(DeviceConnection link, CapabilityDescription description, IntFunction<String> moveRequest, String stopRequest,
            IntFunction<String> syncRequest) {
        this.link = link;
        this.description = description;
        this.backlashKey = ProfileKeys.focuserKey(description.id(), PROFILE_BACKLASH, "backlash");
        this.moveRequest = moveRequest;
        this.stopRequest = stopRequest;
        this.syncRequest = syncRequest;
    }

    /**
     * Checks the device's acknowledgement of one of the requests above; by default the astrojolo convention
     * (the reply echoes the request's letter, {@link Fields#ack}).
     */
    protected void acknowledge(String request, String reply) throws IOException {
        Fields.ack(request.charAt(0), reply);
    }

    /**
     * Records settings read from the device; the backlash is taken from the profile.
     *
     * @param read    the device's settings (its backlash is ignored)
     * @param holding whether the motor is powered while stopped (for {@link #motorState()})
     */
    protected final void settingsRead(FocuserSettings read, boolean holding) {
        this.holding = holding;
        this.settings = read.withBacklash(backlash());
    }

    /** The backlash kept in the device profile. */
    protected final int backlash() {
        return link.profile().getInt(backlashKey, 0);
    }

    /** Stores a new backlash in the profile (call from {@code applySettings}, on the I/O worker). */
    protected final void storeBacklash(int backlash) {
        link.profile().put(backlashKey, Integer.toString(backlash));
    }

    /** What this focuser instance is, as given to the constructor. */
    public final CapabilityDescription description() {
        return description;
    }

    /** Whether the description lists the setting. */
    @Override
    public final boolean supports(Setting setting) {
        return description.has(setting.name());
    }

    /**
     * Refuses settings outside the limits of the description, in the words of {@link
     * org.openjolo.core.description.Limit#refusal}; settings the focuser does not have are not looked at. Call
     * first in {@code applySettings}.
     */
    protected final void checkSettings(FocuserSettings s) throws DeviceException {
        check(Setting.MAX_POSITION, s.maxPosition());
        check(Setting.STEP_SIZE, s.stepSizeMicrons());
        check(Setting.BACKLASH, s.backlash());
        check(Setting.SPEED, s.speed());
        check(Setting.ACCELERATION, s.acceleration());
        check(Setting.MOTOR_CURRENT, s.motorCurrentMa());
        check(Setting.HOLD_TORQUE, s.holdTorquePercent());
    }

    private void check(Setting setting, double value) throws DeviceException {
        java.util.Optional<SettingDescription> d = description.setting(setting.name());
        if (d.isPresent()) {
            d.get().check(value);
        }
    }

    /** Records the motion fields of a status reply. */
    public final void polled(int newPosition, int newStepsToGo) {
        position = newPosition;
        stepsToGo = newStepsToGo;
    }

    @Override
    public FocuserSettings settings() {
        return settings;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public boolean isMoving() {
        return stepsToGo != 0 || afterBacklash != null;
    }

    @Override
    public MotorState motorState() {
        return isMoving() ? MotorState.MOVING : holding ? MotorState.HOLDING : MotorState.IDLE;
    }

    @Override
    public CompletableFuture<Void> moveTo(int target) {
        return Commands.checked(() -> inRange("Target position", target), () -> link.submit("move to " + target, io -> {
            OptionalInt first = Backlash.overshoot(position, target, settings.backlash(), settings.maxPosition());
            afterBacklash = first.isPresent() ? target : null;
            int leg = first.orElse(target);
            String request = moveRequest.apply(leg);
            acknowledge(request, io.exchange(request));
            // moving from the acknowledgement on, not from the next poll: a client that asks IsMoving right
            // after Move (Alpaca, scripts) must not see a move that has not been polled yet as finished
            if (leg != position) {
                stepsToGo = leg - position;
            }
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> moveBy(int delta) {
        long target = (long) position + delta;
        if (target < Integer.MIN_VALUE || target > Integer.MAX_VALUE) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, "Move by " + delta + " steps is too large"));
        }
        return moveTo((int) target);
    }

    @Override
    public CompletableFuture<Void> abort() {
        return link.submit("stop the focuser", io -> {
            afterBacklash = null;
            String request = stopRequest;
            acknowledge(request, io.exchange(request));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> sync(int newPosition) {
        return Commands.checked(() -> inRange("Position", newPosition), () -> link.submit("set the position to " + newPosition, io -> {
            String request = syncRequest.apply(newPosition);
            acknowledge(request, io.exchange(request));
            position = newPosition;
            return null;
        }));
    }

    /**
     * One poll's status reading for a device with this one focuser: reads the status, records its motion, and when
     * a backlash move's first leg has ended sends the second leg ({@link #continueBacklash}) and reads again, so
     * the second leg is reported as moving rather than the idle overshoot it started from.
     *
     * @param read      reads and parses one status line
     * @param position  the status line's position of this focuser
     * @param stepsToGo the status line's steps to go of this focuser
     * @return the status line to report
     */
    public final <S> S pollStatus(LineExchange io, IoTask<S> read, ToIntFunction<S> position, ToIntFunction<S> stepsToGo)
            throws IOException, DeviceException {
        S status = read.run(io);
        polled(position.applyAsInt(status), stepsToGo.applyAsInt(status));
        if (continueBacklash(io)) {
            status = read.run(io);
            polled(position.applyAsInt(status), stepsToGo.applyAsInt(status));
        }
        return status;
    }

    /**
     * After a poll: a move that went past its target for backlash comes back once it stopped there.
     *
     * @return whether the second leg was sent (the polled status is then out of date)
     */
    public final boolean continueBacklash(LineExchange io) throws IOException {
        Integer target = afterBacklash;
        if (target != null && stepsToGo == 0) {
            afterBacklash = null;
            String request = moveRequest.apply(target);
            acknowledge(request, io.exchange(request));
            return true;
        }
        return false;
    }

    /** Refuses a position outside 0..maximum position. */
    protected final void inRange(String what, int value) throws DeviceException {
        int max = settings.maxPosition();
        if (value < 0 || value > max) {
            throw new DeviceException(Reason.INVALID_VALUE,
                    what + " " + value + " is outside the focuser's range 0 to " + max + " (maximum position)");
        }
    }
}
