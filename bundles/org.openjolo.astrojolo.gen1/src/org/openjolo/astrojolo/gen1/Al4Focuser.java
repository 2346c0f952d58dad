package org.openjolo.astrojolo.gen1;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.StepperFocuser;

/**
 * The stepper focuser: {@code R}, {@code H}, {@code P}, settings in {@code u} (travel, speed, mode, step size,
 * power when stopped) and, where the model has it, {@code z} (current, hold on/off). Backlash is the workbench's, kept in the device
 * profile.
 */
final class Al4Focuser extends StepperFocuser {

    /** Ranges the makers' INDI driver enforces, plus what the firmware fields can hold. */
    static final int MAX_POSITION_LIMIT = 10_000_000;
    static final int SPEED_MIN = 1, SPEED_MAX = 4000;
    static final int ACCELERATION_MIN = 1, ACCELERATION_MAX = 100_000;
    static final int CURRENT_MIN = 100, CURRENT_MAX = 1500;

    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };
    private static final Set<Setting> ALL = EnumSet.allOf(Setting.class);
    /** Without the {@code z} block the motor current is not settable. */
    private static final Set<Setting> WITHOUT_MOTOR_BLOCK = EnumSet.complementOf(EnumSet.of(Setting.MOTOR_CURRENT));

    private final Gen1Device device;

    Al4Focuser(Gen1Device device) {
        super(device.link(), Requests::moveTo, Requests.STOP, Requests::sync);
        this.device = device;
    }

    /** @param z the motor block, null when the model has none */
    void update(SettingsBlock u, SettingsBlock z) throws ProtocolException {
        int modeCode = u.get(Blocks.U_MODE);
        if (modeCode < 0 || modeCode >= MODES.length) {
            throw new ProtocolException("Unknown stepper mode " + modeCode + " in field 7 of 'u'", null);
        }
        boolean holdOn = z == null || z.get(Blocks.Z_HOLD) != Blocks.HOLD_OFF;
        FocuserSettings read = new FocuserSettings(u.get(Blocks.U_MAX_POSITION), u.get(Blocks.U_REVERSED) != 0,
                u.get(Blocks.U_STEP_SIZE) / 100.0, 0, u.get(Blocks.U_SPEED),
                u.get(Blocks.U_ACCELERATION), z == null ? 0 : z.get(Blocks.Z_CURRENT),
                holdOn ? u.get(Blocks.U_POWER_STOPPED) : 0, MODES[modeCode]);
        settingsRead(read, holdOn && read.holdTorquePercent() > 0);
    }

    @Override
    public boolean supports(Setting setting) {
        return (device.model().motorBlock() ? ALL : WITHOUT_MOTOR_BLOCK).contains(setting);
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> {
            DeviceException.checkRange("Maximum position", s.maxPosition(), 1, MAX_POSITION_LIMIT);
            DeviceException.checkRange("Speed (pps)", s.speed(), SPEED_MIN, SPEED_MAX);
            DeviceException.checkRange("Acceleration (pps/s)", s.acceleration(), ACCELERATION_MIN, ACCELERATION_MAX);
            if (device.model().motorBlock()) {
                DeviceException.checkRange("Motor current (mA)", s.motorCurrentMa(), CURRENT_MIN, CURRENT_MAX);
            }
            DeviceException.checkRange("Hold torque (%)", s.holdTorquePercent(), 0, 100);
            DeviceException.checkRange("Backlash (steps)", s.backlash(), -MAX_POSITION_LIMIT, MAX_POSITION_LIMIT);
            if (!(s.stepSizeMicrons() >= 0 && s.stepSizeMicrons() <= 100)) {
                throw new DeviceException(Reason.INVALID_VALUE, "Step size " + s.stepSizeMicrons() + " µm is outside the allowed range 0 to 100 µm");
            }
        }, () -> device.link().submit("write the focuser settings", io -> {
            storeBacklash(s.backlash());
            if (device.model().motorBlock()) {
                SettingsBlock z = SettingsBlock.parse('z', Blocks.Z_FIELDS, io.exchange(Requests.READ_MOTOR));
                z.set(Blocks.Z_CURRENT, s.motorCurrentMa())
                        .set(Blocks.Z_HOLD, s.holdTorquePercent() > 0 ? Blocks.HOLD_ON : Blocks.HOLD_OFF);
                ack('Z', io.exchange(z.writeRequest()));
            }
            device.writeSettings(io, u -> u.set(Blocks.U_MAX_POSITION, s.maxPosition())
                    .set(Blocks.U_SPEED, s.speed())
                    .set(Blocks.U_ACCELERATION, s.acceleration())
                    .set(Blocks.U_REVERSED, s.reversed() ? 1 : 0)
                    .set(Blocks.U_MODE, s.mode().ordinal())
                    .set(Blocks.U_STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100))
                    .set(Blocks.U_POWER_STOPPED, s.holdTorquePercent()));
            return null;
        }));
    }
}
