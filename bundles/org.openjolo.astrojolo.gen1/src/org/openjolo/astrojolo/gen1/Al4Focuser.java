package org.openjolo.astrojolo.gen1;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.description.StandardCapabilities.focuserSetting;
import static org.openjolo.core.io.Fields.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
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
 * The stepper focuser: {@code R}, {@code H}, {@code P}, settings in {@code u} (travel, speed, mode, step size,
 * power when stopped) and, where the model has it, {@code z} (current, hold on/off). Backlash is the workbench's, kept in the device
 * profile.
 */
final class Al4Focuser extends StepperFocuser {

    /**
     * The settings and their limits: what the makers' INDI driver enforces, and what the firmware fields can
     * hold. The mini has no {@code z} block, so no motor current.
     */
    static List<SettingDescription> settings(Gen1Model model) {
        List<SettingDescription> settings = new ArrayList<>(List.of(MAX_POSITION, STEP_SIZE,
                focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH), focuserSetting(Setting.REVERSED), SPEED, ACCELERATION));
        if (model.motorBlock()) {
            settings.add(MOTOR_CURRENT);
        }
        settings.add(HOLD_TORQUE);
        settings.add(focuserSetting(Setting.MODE));
        return settings;
    }

    // the settings the u and z blocks hold: settings import checks its fields against the same limits
    static final SettingDescription MAX_POSITION = focuserSetting(Setting.MAX_POSITION, Limit.whole(1, 10_000_000, "steps"));
    static final SettingDescription STEP_SIZE = focuserSetting(Setting.STEP_SIZE, Limit.of(0, 100, "µm", 2));
    static final SettingDescription SPEED = focuserSetting(Setting.SPEED, Limit.whole(1, 4000, "pps"));
    static final SettingDescription ACCELERATION = focuserSetting(Setting.ACCELERATION, Limit.whole(1, 100_000, "pps/s"));
    static final SettingDescription MOTOR_CURRENT = focuserSetting(Setting.MOTOR_CURRENT, Limit.whole(100, 1500, "mA"));
    static final SettingDescription HOLD_TORQUE = focuserSetting(Setting.HOLD_TORQUE, Limit.whole(0, 100, "%"));

    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };

    private final Gen1Device device;

    Al4Focuser(Gen1Device device, Gen1Model model) {
        super(device.link(), StandardCapabilities.focuser("focuser", "Focuser", settings(model)), Requests::moveTo, Requests.STOP, Requests::sync);
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
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> checkSettings(s), () -> device.link().submit("write the focuser settings", io -> {
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
