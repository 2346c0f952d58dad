package org.openjolo.focuserone.internal.driver;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProfileSettings;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.SettingsBlock.Rule;
import org.openjolo.focuserone.internal.protocol.Block;

/**
 * All FocuserOne v2 settings as one document: the whole {@code u} block as the device sends it, the buzzer
 * and the device profile. Import checks every field before anything is written: the fields holding described
 * settings against the description's limits ({@link Rule#of}), the codes against their codes, and the display
 * and rotator fields 12-19, whose ranges no public source gives, against what their fields can hold. The
 * manual control is not in the document: the v2 firmware cannot be asked for it. The public protocol has no
 * factory-reset command: factory reset writes the documented defaults.
 */
final class F1Settings extends ProfileSettings {

    static final String KEY_BLOCK = "device.u";
    static final String KEY_BUZZER = "device.buzzer";

    static final List<Rule> RULES = List.of(Rule.of(F1Focuser.MOTOR_CURRENT), new Rule("hold code", 0, 3), Rule.of(F1Focuser.SPEED),
            new Rule("stepper mode", 0, 3), Rule.of(F1Focuser.MAX_POSITION), new Rule("reversed", 0, 1), Rule.of(F1Focuser.STEP_SIZE, 100),
            Rule.of(compensation(FirmwareCompensation.COEFFICIENT), 100), Rule.of(compensation(FirmwareCompensation.CYCLE)),
            Rule.of(compensation(FirmwareCompensation.THRESHOLD)), new Rule("automatic compensation", 0, 1),
            new Rule("display contrast", 0, 255), new Rule("dimmed display contrast", 0, 255), new Rule("display dimming delay", 0, 65535),
            new Rule("splash screen", 0, 1), new Rule("display off", 0, 1), new Rule("steps per degree", 0, Integer.MAX_VALUE),
            new Rule("operating mode", 0, 255), new Rule("rotator offset", Integer.MIN_VALUE, Integer.MAX_VALUE));

    private final FocuserOneDevice device;

    F1Settings(FocuserOneDevice device) {
        super(device.link());
        this.device = device;
    }

    private static SettingDescription compensation(String id) {
        return FocuserOneDevice.COMPENSATION.setting(id).orElseThrow();
    }

    @Override
    public CompletableFuture<Map<String, String>> exportSettings() {
        return device.link().submit("read all settings", io -> {
            Map<String, String> out = new TreeMap<>();
            out.put(KEY_BLOCK, FocuserOneDevice.readBlock(io).values());
            out.put(KEY_BUZZER, device.buzzer().readText(io));
            exportProfile(out);
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> importSettings(Map<String, String> settings) {
        String block = null;
        Boolean buzzer = null;
        try {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                String key = e.getKey();
                if (key.equals(KEY_BLOCK)) {
                    SettingsBlock.check(key, e.getValue(), RULES);
                    block = e.getValue().strip();
                } else if (key.equals(KEY_BUZZER)) {
                    SettingsBlock.check(key, e.getValue(), List.of(new Rule("buzzer", 0, 1)));
                    buzzer = !e.getValue().strip().equals("0");
                } else if (!isProfileEntry(key)) {
                    throw new DeviceException(Reason.INVALID_VALUE, "Unknown setting '" + key + "' for a FocuserOne: it takes "
                            + KEY_BLOCK + ", " + KEY_BUZZER + " and profile.* entries");
                }
            }
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        String values = block;
        Boolean on = buzzer;
        Map<String, String> profile = profileEntries(settings);
        return device.link().submit("write all settings", io -> {
            write(io, values, on);
            device.profile().putAll(profile);
            return null;
        });
    }

    private void write(LineExchange io, String block, Boolean buzzer) throws IOException {
        if (block != null) {
            String[] fields = block.split(":");
            device.writeBlock(io, u -> {
                for (int i = 0; i < fields.length; i++) {
                    u.set(i + 1, Integer.parseInt(fields[i].strip()));
                }
            });
        }
        if (buzzer != null) {
            device.buzzer().write(io, buzzer);
            device.buzzer().read(io);
        }
    }

    @Override
    public CompletableFuture<Void> factoryReset() {
        return device.link().submit("restore the factory settings", io -> {
            write(io, Block.DEFAULTS, true);
            device.manual().write(io, true);
            return null;
        });
    }

    @Override
    public String howResetsWork() {
        return "Factory reset writes the documented default settings (block u: current 400 mA, speed 250, travel 50000, step size 5 µm, "
                + "no compensation, the display fields as the simulator has them), switches the buzzer and the manual control on: no public "
                + "source shows the device's own reset command. Reset on connect pulses the serial line's DTR, which restarts the controller "
                + "like a power cycle; a TCP link or a pseudo-terminal has no DTR.";
    }
}
