package org.openjolo.astrojolo.gen2;

import static org.openjolo.core.io.Fields.ack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProfileSettings;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.SettingsBlock.Rule;

/**
 * All settings as one document: the settings block as the device sends it ({@code device.u}) and the device
 * profile. Import checks all 40 fields against their rules (the described settings' own limits where a field
 * holds one) before anything is written. The public protocol has no factory-reset command: it writes the
 * makers' simulated block, the only known real-looking set (a one-focuser model's with the second focuser's
 * fields 0).
 */
final class Gen2Settings extends ProfileSettings {

    static final String KEY = "device.u";

    /** One rule per field of the block, in field order, for this model's focusers. */
    private final List<Rule> rules;

    private final Gen2Device device;

    Gen2Settings(Gen2Device device) {
        super(device.link());
        this.device = device;
        this.rules = rules(device.model().focusers());
    }

    private static List<Rule> rules(int focusers) {
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("buzzer", 0, 1));
        r.add(new Rule("manual control", 0, 1));
        perFocuser(r, focusers, Gen2Focuser.MOTOR_CURRENT, 0.1);
        perFocuser(r, focusers, Gen2Focuser.HOLD_TORQUE, 1);
        perFocuser(r, focusers, Gen2Focuser.SPEED, 1);
        perFocuser(r, focusers, Gen2Focuser.ACCELERATION, 1);
        perFocuser(r, focusers, "stepper mode", 0, 2);
        perFocuser(r, focusers, Gen2Focuser.MAX_POSITION, 1);
        perFocuser(r, focusers, "reversed", 0, 1);
        perFocuser(r, focusers, Gen2Focuser.STEP_SIZE, 100);
        perFocuser(r, focusers, "compensation (steps/°C × 100)", -100_000, 100_000);
        r.add(new Rule("compensation cycle (s)", 0, 3600));
        perFocuser(r, focusers, "compensation trigger (steps)", 0, 1000);
        perFocuser(r, focusers, "automatic compensation", 0, 1);
        r.add(new Rule("PWM frequency code", 0, Block.PWM_FREQUENCIES.length - 1));
        for (int i = 1; i <= Gen2Outputs.COUNT; i++) {
            r.add(new Rule("output " + i + " at power-up", 0, 1));
        }
        for (int i = 0; i < Gen2Pwm.COUNT; i++) {
            r.add(new Rule("PWM " + (char) ('A' + i) + " at power-up (%)", 0, 100));
        }
        r.add(new Rule("HEAT humidity sensor", 0, 3));
        r.add(new Rule("HEAT start humidity (%)", 0, 100));
        r.add(new Rule("HEAT full-power humidity (%)", 0, 100));
        r.add(new Rule("AUTO preset temperature (°C)", -40, 60));
        r.add(Rule.of(Gen2Power.setting(PowerMonitor.ADC_REFERENCE), 1000));
        r.add(Rule.of(Gen2Power.setting(PowerMonitor.OVER_VOLTAGE), 1000));
        r.add(Rule.of(Gen2Power.setting(PowerMonitor.OVER_CURRENT), 1000));
        r.add(Rule.of(Gen2Power.setting(PowerMonitor.SENSITIVITY)));
        r.add(new Rule("compensation sensor", 0, 3));
        if (r.size() != Block.FIELDS) {
            throw new IllegalStateException("The settings rules cover " + r.size() + " fields, the block has " + Block.FIELDS);
        }
        return List.copyOf(r);
    }

    /**
     * Two adjacent fields holding {@code setting} (× {@code scale}) of focuser 1 and 2, each named by its focuser;
     * the field of a focuser the model lacks is {@link #absent}.
     */
    private static void perFocuser(List<Rule> r, int focusers, SettingDescription setting, double scale) {
        for (int f = 1; f <= 2; f++) {
            SettingDescription named = new SettingDescription(setting.id(), "Focuser " + f + " " + setting.label().toLowerCase(java.util.Locale.ROOT),
                    setting.kind(), setting.limit(), setting.choices(), setting.hint());
            Rule rule = Rule.of(named, scale);
            r.add(f <= focusers ? rule : absent(rule));
        }
    }

    private static void perFocuser(List<Rule> r, int focusers, String name, long min, long max) {
        for (int f = 1; f <= 2; f++) {
            Rule rule = new Rule("focuser " + f + " " + name, min, max);
            r.add(f <= focusers ? rule : absent(rule));
        }
    }

    /**
     * The field of a focuser the model lacks: 0, as the device holds it, or what a fitted focuser would take there
     * (the makers' drivers for one-focuser models are copies of the mini II's and may write a second focuser's
     * values, which the firmware keeps without a motor to use them).
     */
    private static Rule absent(Rule fitted) {
        return new Rule(fitted.name() + " (no such focuser)", Math.min(0, fitted.min()), Math.max(0, fitted.max()));
    }

    @Override
    public CompletableFuture<Map<String, String>> exportSettings() {
        return device.link().submit("read all settings", io -> {
            Map<String, String> out = new TreeMap<>();
            out.put(KEY, SettingsBlock.parse('u', Block.FIELDS, io.exchange(Requests.READ_SETTINGS)).values());
            exportProfile(out);
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> importSettings(Map<String, String> settings) {
        Map<String, String> profile = profileEntries(settings);
        String block = null;
        try {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                if (isProfileEntry(e.getKey())) {
                    continue;
                }
                if (!e.getKey().equals(KEY)) {
                    throw new DeviceException(Reason.INVALID_VALUE, "Unknown setting '" + e.getKey() + "' for an " + device.model().name()
                            + ": it takes '" + KEY + "' and profile entries");
                }
                SettingsBlock.check(KEY, e.getValue(), rules);
                block = e.getValue().strip();
            }
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        String checked = block;
        return device.link().submit("write all settings", io -> {
            if (checked != null) {
                write(io, checked);
            }
            device.profile().putAll(profile);
            return null;
        });
    }

    private void write(LineExchange io, String values) throws IOException {
        ack('U', io.exchange(SettingsBlock.write('U', List.of(values.split(":")))));
        device.readSettings(io);
    }

    @Override
    public CompletableFuture<Void> factoryReset() {
        return device.link().submit("restore the factory settings", io -> {
            write(io, Block.defaults(device.model().focusers()));
            return null;
        });
    }

    @Override
    public String howResetsWork() {
        return "Factory reset writes the makers' simulated settings block (no public source shows the device's own reset command or its "
                + "factory values). Reset on connect pulses the serial line's DTR, which restarts the controller like a power cycle; a TCP link "
                + "or a pseudo-terminal has no DTR.";
    }
}
