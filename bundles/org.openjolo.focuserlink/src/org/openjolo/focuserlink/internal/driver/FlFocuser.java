package org.openjolo.focuserlink.internal.driver;

import static org.openjolo.core.description.StandardCapabilities.focuserSetting;
import static org.openjolo.core.io.Commands.checked;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.StepperFocuser;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;
import org.openjolo.focuserlink.internal.protocol.Status;

/**
 * The geared stepper: {@code R:0:}, {@code H}, {@code P:} (no index). Of the settings, travel, direction and
 * step size are written ({@code u} fields 5-7, as the makers' driver does); the motor fields 1-4 are only
 * inferred, so they are shown and never changed. Backlash is the workbench's.
 */
final class FlFocuser extends StepperFocuser {

    static final SettingDescription MAX_POSITION = focuserSetting(Setting.MAX_POSITION, Limit.whole(1, 10_000_000, "steps"));
    static final SettingDescription STEP_SIZE = focuserSetting(Setting.STEP_SIZE, Limit.of(0, 100, "µm", 2));
    /** Travel, direction and step size are the FocuserLink's (settings import checks the same limits); backlash is the workbench's. */
    static final List<SettingDescription> SETTINGS = List.of(MAX_POSITION, STEP_SIZE,
            focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH),
            focuserSetting(Setting.REVERSED));
    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };

    private final FocuserLinkDevice device;

    FlFocuser(FocuserLinkDevice device) {
        super(device.link(), StandardCapabilities.focuser("focuser", "Focuser", SETTINGS), Requests::moveTo, Requests.STOP, Requests::sync);
        this.device = device;
    }

    void update(SettingsBlock u) {
        boolean hold = u.get(Block.HOLD) == Block.HOLD_ON;
        int mode = u.get(Block.MODE);
        // the integrated controller accelerates by itself: no acceleration field
        settingsRead(new FocuserSettings(u.get(Block.MAX_POSITION), u.get(Block.REVERSED) != 0, u.get(Block.STEP_SIZE) / 100.0, 0,
                u.get(Block.SPEED), 0, u.get(Block.CURRENT), hold ? 100 : 0, mode >= 0 && mode < MODES.length ? MODES[mode] : StepperMode.UNIPOLAR),
                hold);
    }

    void polled(Status s) {
        polled(s.position(), s.stepsToGo());
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> checkSettings(s), () -> link.submit("write the focuser settings", io -> {
            storeBacklash(s.backlash());
            device.writeBlock(io, u -> u.set(Block.MAX_POSITION, s.maxPosition())
                    .set(Block.REVERSED, s.reversed() ? 1 : 0)
                    .set(Block.STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100)));
            return null;
        }));
    }
}
