package org.openjolo.focuserlink.internal.driver;

import static org.openjolo.core.io.Commands.checked;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.StepperMode;
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

    static final int MAX_POSITION_LIMIT = 10_000_000;
    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };
    private static final Set<Setting> SUPPORTED = EnumSet.of(Setting.MAX_POSITION, Setting.REVERSED, Setting.STEP_SIZE, Setting.BACKLASH);

    private final FocuserLinkDevice device;

    FlFocuser(FocuserLinkDevice device) {
        super(device.link(), Requests::moveTo, Requests.STOP, Requests::sync);
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
    public boolean supports(Setting setting) {
        return SUPPORTED.contains(setting);
    }

    @Override
    public CompletableFuture<Void> applySettings(FocuserSettings s) {
        return checked(() -> {
            DeviceException.checkRange("Maximum position", s.maxPosition(), 1, MAX_POSITION_LIMIT);
            DeviceException.checkRange("Backlash (steps)", s.backlash(), -MAX_POSITION_LIMIT, MAX_POSITION_LIMIT);
            if (!(s.stepSizeMicrons() >= 0 && s.stepSizeMicrons() <= 100)) {
                throw new DeviceException(Reason.INVALID_VALUE, "Step size " + s.stepSizeMicrons() + " µm is outside the allowed range 0 to 100 µm");
            }
        }, () -> link.submit("write the focuser settings", io -> {
            storeBacklash(s.backlash());
            device.writeBlock(io, u -> u.set(Block.MAX_POSITION, s.maxPosition())
                    .set(Block.REVERSED, s.reversed() ? 1 : 0)
                    .set(Block.STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100)));
            return null;
        }));
    }
}
