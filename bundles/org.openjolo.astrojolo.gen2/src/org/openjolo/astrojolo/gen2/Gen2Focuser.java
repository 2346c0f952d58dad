package org.openjolo.astrojolo.gen2;

import static org.openjolo.core.description.StandardCapabilities.focuserSetting;
import static org.openjolo.core.io.Commands.checked;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.StepperFocuser;

/**
 * One of the stepper focusers: {@code R:f:pos}, {@code H:f} (or a bare {@code H}, as the model says),
 * {@code P:f:pos} with its index, its settings in its own fields of the one settings block (travel, speed,
 * acceleration, current ÷ 10, hold %, mode, step size × 100). Backlash is the workbench's, kept in the device profile under the focuser's id.
 */
final class Gen2Focuser extends StepperFocuser {

    // what the settings block's fields hold; settings import checks them against the same limits
    static final SettingDescription MAX_POSITION = focuserSetting(Setting.MAX_POSITION, Limit.whole(1, 10_000_000, "steps"));
    static final SettingDescription STEP_SIZE = focuserSetting(Setting.STEP_SIZE, Limit.of(0, 100, "µm", 2));
    // the makers' driver allows 10-200, yet their simulation stores 800: the firmware runs faster motors
    static final SettingDescription SPEED = focuserSetting(Setting.SPEED, Limit.whole(1, 4000, "pps"));
    static final SettingDescription ACCELERATION = focuserSetting(Setting.ACCELERATION, Limit.whole(1, 100_000, "pps/s"));
    // stored in tens of mA: the makers' driver allows 100-2000 mA
    static final SettingDescription MOTOR_CURRENT = focuserSetting(Setting.MOTOR_CURRENT, Limit.whole(100, 2000, "mA"));
    static final SettingDescription HOLD_TORQUE = focuserSetting(Setting.HOLD_TORQUE, Limit.whole(0, 100, "%"));

    /** The settings in the order the Settings part shows them. */
    static final List<SettingDescription> SETTINGS = List.of(MAX_POSITION, STEP_SIZE,
            focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH), focuserSetting(Setting.REVERSED), SPEED, ACCELERATION,
            MOTOR_CURRENT, HOLD_TORQUE, focuserSetting(Setting.MODE));

    /** The firmware's mode codes 0, 1, 2; it has no full/half-step bipolar mode. */
    private static final List<StepperMode> MODES = List.of(StepperMode.UNIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32);

    private final Gen2Device device;
    private final int index;

    /**
     * @param index    0 or 1, as the requests and fields number the focusers
     * @param numbered whether the device has two, so each is named by its number
     */
    Gen2Focuser(Gen2Device device, int index, boolean numbered) {
        super(device.link(), StandardCapabilities.focuser(index == 0 ? "focuser" : "focuser" + (index + 1),
                numbered ? "Focuser " + (index + 1) : "Focuser", SETTINGS), target -> Requests.moveTo(index, target),
                device.model().stop() == Gen2Model.Stop.BARE ? Requests.STOP : Requests.stop(index),
                position -> Requests.sync(index, position));
        this.device = device;
        this.index = index;
    }

    /** 0 or 1. */
    int index() {
        return index;
    }

    private int field(int first) {
        return Block.of(first, index);
    }

    void update(SettingsBlock u) throws ProtocolException {
        int modeCode = u.get(field(Block.MODE));
        if (modeCode < 0 || modeCode >= MODES.size()) {
            throw new ProtocolException("Unknown stepper mode " + modeCode + " in field " + field(Block.MODE) + " of 'u'", null);
        }
        int hold = u.get(field(Block.HOLD));
        FocuserSettings read = new FocuserSettings(u.get(field(Block.MAX_POSITION)), u.get(field(Block.REVERSED)) != 0,
                u.get(field(Block.STEP_SIZE)) / 100.0, 0, u.get(field(Block.SPEED)), u.get(field(Block.ACCELERATION)),
                u.get(field(Block.CURRENT)) * 10, hold, MODES.get(modeCode));
        settingsRead(read, hold > 0);
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> {
            checkSettings(s);
            if (!MODES.contains(s.mode())) {
                throw new DeviceException(Reason.INVALID_VALUE, "Stepper type " + s.mode().label() + " is not one the " + device.model().name()
                        + " drives: choose " + String.join(", ", MODES.stream().map(StepperMode::label).toList()));
            }
        }, () -> device.link().submit("write the " + description().name() + " settings", io -> {
            storeBacklash(s.backlash());
            device.writeSettings(io, u -> u.set(field(Block.MAX_POSITION), s.maxPosition())
                    .set(field(Block.SPEED), s.speed())
                    .set(field(Block.ACCELERATION), s.acceleration())
                    .set(field(Block.REVERSED), s.reversed() ? 1 : 0)
                    .set(field(Block.MODE), MODES.indexOf(s.mode()))
                    .set(field(Block.STEP_SIZE), (int) Math.round(s.stepSizeMicrons() * 100))
                    // the makers' driver truncates to tens of mA (405 mA is written as 40)
                    .set(field(Block.CURRENT), s.motorCurrentMa() / 10)
                    .set(field(Block.HOLD), s.holdTorquePercent()));
            return null;
        }));
    }
}
