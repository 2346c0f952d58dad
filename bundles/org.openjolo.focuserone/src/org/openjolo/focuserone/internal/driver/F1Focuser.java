package org.openjolo.focuserone.internal.driver;

import static org.openjolo.core.description.StandardCapabilities.focuserSetting;
import static org.openjolo.core.io.Commands.checked;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
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
import org.openjolo.focuserone.internal.protocol.Block;
import org.openjolo.focuserone.internal.protocol.FocuserOneRequests;

/**
 * The FocuserOne v2 stepper: {@code R:0:<target>}, {@code H}, {@code P:<position>} (no index), and every motor
 * and travel setting in {@code u} fields 1-7: current, hold (on/off), speed, mode, travel, direction, step
 * size. The firmware has no acceleration field. Backlash is the workbench's.
 */
final class F1Focuser extends StepperFocuser {

    // what the u block's fields hold, with the makers' INDI limits; settings import checks the same
    static final SettingDescription MAX_POSITION = focuserSetting(Setting.MAX_POSITION, Limit.whole(1, 10_000_000, "steps"));
    static final SettingDescription STEP_SIZE = focuserSetting(Setting.STEP_SIZE, Limit.of(0, 100, "µm", 2));
    // the makers' driver allows 0-4000; at 0 the motor would never arrive
    static final SettingDescription SPEED = focuserSetting(Setting.SPEED, Limit.whole(1, 4000, "pps"));
    static final SettingDescription MOTOR_CURRENT = focuserSetting(Setting.MOTOR_CURRENT, Limit.whole(100, 1500, "mA"));
    /** The firmware holds the motor or not (codes 2 and 3): 0 % or 100 %, nothing between. */
    static final SettingDescription HOLD_TORQUE = focuserSetting(Setting.HOLD_TORQUE, Limit.whole(0, 100, "%"));

    /** The settings in the order the Settings part shows them. */
    static final List<SettingDescription> SETTINGS = List.of(MAX_POSITION, STEP_SIZE, focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH),
            focuserSetting(Setting.REVERSED), SPEED, MOTOR_CURRENT, HOLD_TORQUE, focuserSetting(Setting.MODE));

    /** The mode codes 0-3 of field 4. */
    static final List<StepperMode> MODES = List.of(StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32);

    private final FocuserOneDevice device;

    F1Focuser(FocuserOneDevice device) {
        super(device.link(), StandardCapabilities.focuser("focuser", "Focuser", SETTINGS), Requests::moveTo, Requests.STOP,
                FocuserOneRequests::sync);
        this.device = device;
    }

    void update(SettingsBlock u) throws ProtocolException {
        int mode = u.get(Block.MODE);
        if (mode < 0 || mode >= MODES.size()) {
            throw new ProtocolException("Unknown stepper mode " + mode + " in field " + Block.MODE + " of 'u'", null);
        }
        // the makers' driver reads every code below 3 as holding
        boolean hold = u.get(Block.HOLD) < Block.HOLD_OFF;
        settingsRead(new FocuserSettings(u.get(Block.MAX_POSITION), u.get(Block.REVERSED) != 0, u.get(Block.STEP_SIZE) / 100.0, 0,
                u.get(Block.SPEED), 0, u.get(Block.CURRENT), hold ? 100 : 0, MODES.get(mode)), hold);
    }

    /** Refuses a hold torque the firmware cannot have (it holds fully or not at all). */
    static void checkHold(int percent) throws DeviceException {
        if (percent != 0 && percent != 100) {
            throw new DeviceException(Reason.INVALID_VALUE, "Hold torque " + percent
                    + " % is not one the FocuserOne has: 0 % (motor off when stopped) or 100 % (holding)");
        }
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> {
            checkSettings(s);
            checkHold(s.holdTorquePercent());
        }, () -> link.submit("write the focuser settings", io -> {
            storeBacklash(s.backlash());
            device.writeBlock(io, u -> u.set(Block.CURRENT, s.motorCurrentMa())
                    .set(Block.HOLD, s.holdTorquePercent() > 0 ? Block.HOLD_ON : Block.HOLD_OFF)
                    .set(Block.SPEED, s.speed())
                    .set(Block.MODE, MODES.indexOf(s.mode()))
                    .set(Block.MAX_POSITION, s.maxPosition())
                    .set(Block.REVERSED, s.reversed() ? 1 : 0)
                    .set(Block.STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100)));
            return null;
        }));
    }
}
