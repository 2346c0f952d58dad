package org.openjolo.focuserlink.internal.driver;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProfileSettings;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.io.SettingsBlock.Rule;
import org.openjolo.focuserlink.internal.protocol.Block;

/**
 * All settings as one document: the {@code u} block as the device sends it, the manual buttons and the device
 * profile. Import checks every field against its range before anything is written, and writes by
 * read-modify-write, so fields beyond the eleven known ones keep the device's values. The public protocol
 * has no factory-reset command: it writes the documented defaults.
 */
final class FlSettings extends ProfileSettings {

    static final String KEY_BLOCK = "device.u";
    static final String KEY_MANUAL = "device.manualButtons";

    static final List<Rule> RULES = List.of(new Rule("motor current (mA)", 100, 1500), new Rule("hold code", 0, 3),
            new Rule("speed (pps)", 1, 4000), new Rule("stepper mode", 0, 3), Rule.of(FlFocuser.MAX_POSITION),
            new Rule("reversed", 0, 1), Rule.of(FlFocuser.STEP_SIZE, 100),
            Rule.of(compensation(FirmwareCompensation.COEFFICIENT), 100), Rule.of(compensation(FirmwareCompensation.CYCLE)),
            Rule.of(compensation(FirmwareCompensation.THRESHOLD)), new Rule("automatic compensation", 0, 1));

    private final FocuserLinkDevice device;

    private static SettingDescription compensation(String id) {
        return FocuserLinkDevice.COMPENSATION.setting(id).orElseThrow();
    }

    FlSettings(FocuserLinkDevice device) {
        super(device.link());
        this.device = device;
    }

    @Override
    public CompletableFuture<Map<String, String>> exportSettings() {
        return device.link().submit("read all settings", io -> {
            Map<String, String> out = new TreeMap<>();
            out.put(KEY_BLOCK, FocuserLinkDevice.readBlock(io).values());
            out.put(KEY_MANUAL, device.manual().readText(io));
            exportProfile(out);
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> importSettings(Map<String, String> settings) {
        String block = null;
        Boolean manual = null;
        Map<String, String> profile = profileEntries(settings);
        try {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                String key = e.getKey();
                if (isProfileEntry(key)) {
                    continue;
                }
                if (key.equals(KEY_MANUAL)) {
                    SettingsBlock.check(key, e.getValue(), List.of(new Rule("manual buttons", 0, 1)));
                    manual = !e.getValue().strip().equals("0");
                } else if (key.equals(KEY_BLOCK)) {
                    block = known(key, e.getValue());
                } else {
                    throw new DeviceException(Reason.INVALID_VALUE, "Unknown setting '" + key + "' for a FocuserLink");
                }
            }
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        String values = block;
        Boolean buttons = manual;
        return device.link().submit("write all settings", io -> {
            write(io, values, buttons);
            device.profile().putAll(profile);
            return null;
        });
    }

    /** The first eleven fields, checked; further fields the device may have had are not imported. */
    private static String known(String key, String value) throws DeviceException {
        String[] fields = value == null ? new String[0] : value.strip().split(":");
        String first = String.join(":", Arrays.copyOf(fields, Math.min(fields.length, RULES.size())));
        SettingsBlock.check(key, fields.length >= RULES.size() ? first : value, RULES);
        return first;
    }

    private void write(LineExchange io, String block, Boolean manual) throws IOException {
        if (block != null) {
            String[] fields = block.split(":");
            device.writeBlock(io, u -> {
                for (int i = 0; i < fields.length; i++) {
                    u.set(i + 1, Integer.parseInt(fields[i].strip()));
                }
            });
        }
        if (manual != null) {
            device.manual().write(io, manual);
        }
        device.readAll(io);
    }

    @Override
    public CompletableFuture<Void> factoryReset() {
        return device.link().submit("restore the factory settings", io -> {
            write(io, Block.DEFAULTS, true);
            return null;
        });
    }

    @Override
    public String howResetsWork() {
        return "Factory reset writes the documented default settings (block u: travel 60000, step size 0.5 µm, no compensation) "
                + "and enables the buttons: no public source shows the device's own reset command. Reset on connect pulses the "
                + "serial line's DTR, which restarts the controller like a power cycle; a TCP link or a pseudo-terminal has no DTR.";
    }
}
