package org.openjolo.astrolink4.internal.driver;

import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.ack;
import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.checked;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.astrolink4.internal.protocol.SettingsBlock;
import org.openjolo.astrolink4.internal.protocol.StatusLine;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.MotorState;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.io.Backlash;
import org.openjolo.core.io.LineExchange;

/**
 * The stepper focuser: {@code R}, {@code H}, {@code P}, settings in {@code u} (travel, speed, mode, step size,
 * power when stopped) and {@code z} (current, hold on/off). Backlash is the workbench's, kept in the device
 * profile.
 */
final class Al4Focuser implements Focuser {

    /** Ranges the makers' INDI driver enforces, plus what the firmware fields can hold. */
    static final int MAX_POSITION_LIMIT = 10_000_000;
    static final int SPEED_MIN = 1, SPEED_MAX = 4000;
    static final int ACCELERATION_MIN = 1, ACCELERATION_MAX = 100_000;
    static final int CURRENT_MIN = 100, CURRENT_MAX = 1500;
    static final String PROFILE_BACKLASH = "focuser.backlash";

    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };
    private static final Set<Setting> SUPPORTED = EnumSet.allOf(Setting.class);

    private final AstroLink4Device device;
    private volatile FocuserSettings settings = new FocuserSettings(0, false, 0, 0, 0, 0, 0, 0, StepperMode.UNIPOLAR);
    private volatile boolean holdOn;
    private volatile int position;
    private volatile int stepsToGo;
    /** The real target of a move that first went past it for backlash; null when none is pending. */
    private volatile Integer afterBacklash;

    Al4Focuser(AstroLink4Device device) {
        this.device = device;
    }

    void update(SettingsBlock u, SettingsBlock z) throws org.openjolo.core.io.ProtocolException {
        int modeCode = u.get(SettingsBlock.U_MODE);
        if (modeCode < 0 || modeCode >= MODES.length) {
            throw new org.openjolo.core.io.ProtocolException("Unknown stepper mode " + modeCode + " in field 7 of 'u'", null);
        }
        holdOn = z.get(SettingsBlock.Z_HOLD) != SettingsBlock.HOLD_OFF;
        settings = new FocuserSettings(u.get(SettingsBlock.U_MAX_POSITION), u.get(SettingsBlock.U_REVERSED) != 0,
                u.get(SettingsBlock.U_STEP_SIZE) / 100.0, device.profile().getInt(PROFILE_BACKLASH, 0), u.get(SettingsBlock.U_SPEED),
                u.get(SettingsBlock.U_ACCELERATION), z.get(SettingsBlock.Z_CURRENT),
                holdOn ? u.get(SettingsBlock.U_POWER_STOPPED) : 0, MODES[modeCode]);
    }

    void polled(StatusLine s) {
        position = s.position();
        stepsToGo = s.stepsToGo();
    }

    @Override
    public FocuserSettings settings() {
        return settings;
    }

    @Override
    public boolean supports(Setting setting) {
        return SUPPORTED.contains(setting);
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
        return isMoving() ? MotorState.MOVING : holdOn && settings.holdTorquePercent() > 0 ? MotorState.HOLDING : MotorState.IDLE;
    }

    @Override
    public CompletableFuture<Void> moveTo(int target) {
        return checked(() -> inRange("Target position", target), () -> device.link().submit("move to " + target, io -> {
            OptionalInt first = Backlash.overshoot(position, target, settings.backlash(), settings.maxPosition());
            afterBacklash = first.isPresent() ? target : null;
            int leg = first.orElse(target);
            ack('R', io.exchange(Requests.moveTo(leg)));
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
        return device.link().submit("stop the focuser", io -> {
            afterBacklash = null;
            return ack('H', io.exchange(Requests.STOP));
        });
    }

    @Override
    public CompletableFuture<Void> sync(int newPosition) {
        return checked(() -> inRange("Position", newPosition), () -> device.link().submit("set the position to " + newPosition, io -> {
            ack('P', io.exchange(Requests.sync(newPosition)));
            position = newPosition;
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> {
            DeviceException.checkRange("Maximum position", s.maxPosition(), 1, MAX_POSITION_LIMIT);
            DeviceException.checkRange("Speed (pps)", s.speed(), SPEED_MIN, SPEED_MAX);
            DeviceException.checkRange("Acceleration (pps/s)", s.acceleration(), ACCELERATION_MIN, ACCELERATION_MAX);
            DeviceException.checkRange("Motor current (mA)", s.motorCurrentMa(), CURRENT_MIN, CURRENT_MAX);
            DeviceException.checkRange("Hold torque (%)", s.holdTorquePercent(), 0, 100);
            DeviceException.checkRange("Backlash (steps)", s.backlash(), -MAX_POSITION_LIMIT, MAX_POSITION_LIMIT);
            if (!(s.stepSizeMicrons() >= 0 && s.stepSizeMicrons() <= 100)) {
                throw new DeviceException(Reason.INVALID_VALUE, "Step size " + s.stepSizeMicrons() + " µm is outside the allowed range 0 to 100 µm");
            }
        }, () -> device.link().submit("write the focuser settings", io -> {
            device.profile().put(PROFILE_BACKLASH, Integer.toString(s.backlash()));
            SettingsBlock z = SettingsBlock.parse('z', SettingsBlock.Z_FIELDS, io.exchange(Requests.READ_MOTOR));
            z.set(SettingsBlock.Z_CURRENT, s.motorCurrentMa())
                    .set(SettingsBlock.Z_HOLD, s.holdTorquePercent() > 0 ? SettingsBlock.HOLD_ON : SettingsBlock.HOLD_OFF);
            ack('Z', io.exchange(z.writeRequest()));
            device.writeSettings(io, u -> u.set(SettingsBlock.U_MAX_POSITION, s.maxPosition())
                    .set(SettingsBlock.U_SPEED, s.speed())
                    .set(SettingsBlock.U_ACCELERATION, s.acceleration())
                    .set(SettingsBlock.U_REVERSED, s.reversed() ? 1 : 0)
                    .set(SettingsBlock.U_MODE, s.mode().ordinal())
                    .set(SettingsBlock.U_STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100))
                    .set(SettingsBlock.U_POWER_STOPPED, s.holdTorquePercent()));
            return null;
        }));
    }

    /**
     * After a poll: a move that went past its target for backlash comes back once it stopped there.
     *
     * @return whether the second leg was sent (the polled status is then out of date)
     */
    boolean continueBacklash(LineExchange io, StatusLine s) throws java.io.IOException {
        Integer target = afterBacklash;
        if (target != null && !s.moving()) {
            afterBacklash = null;
            ack('R', io.exchange(Requests.moveTo(target)));
            return true;
        }
        return false;
    }

    private void inRange(String what, int value) throws DeviceException {
        int max = settings.maxPosition();
        if (value < 0 || value > max) {
            throw new DeviceException(Reason.INVALID_VALUE,
                    what + " " + value + " is outside the focuser's range 0 to " + max + " (maximum position)");
        }
    }
}
