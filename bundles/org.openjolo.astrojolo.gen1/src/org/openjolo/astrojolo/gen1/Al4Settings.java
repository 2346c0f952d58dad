package org.openjolo.astrojolo.gen1;

import static org.openjolo.core.io.Fields.ack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.io.Fields;
import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProfileSettings;
import org.openjolo.core.io.SettingsBlock.Rule;

/**
 * All settings as one document: the {@code u}, {@code e}, {@code n} (and {@code z}) blocks as the device sends them,
 * buzzer and manual control, and the device profile. Import checks every field against its range before
 * anything is written. The public protocol has no factory-reset command: it writes the documented defaults.
 */
final class Al4Settings extends ProfileSettings {

    /** Blocks in write order: key, read letter, rules per field, factory default. */
    record Block(String key, char letter, List<Rule> rules, String defaults) {
    }

    static final List<Block> BLOCKS = List.of(
            new Block("device.u", 'u', List.of(Rule.of(Al4Focuser.MAX_POSITION), Rule.of(Al4Focuser.SPEED),
                    Rule.of(Al4Focuser.HOLD_TORQUE), new Rule("power while running (%)", 0, 100),
                    Rule.of(Al4Focuser.ACCELERATION), new Rule("reversed", 0, 1), new Rule("stepper mode", 0, 3),
                    new Rule("compensation sensor", 0, 3), Rule.of(Al4Focuser.STEP_SIZE, 100), new Rule("PWM frequency code", 0, 3),
                    new Rule("stepper prescaler", 0, 255), new Rule("buzzer", 0, 1), new Rule("HEAT humidity sensor", 0, 3),
                    new Rule("DC motor reversed", 0, 1), new Rule("output 1 at power-up", 0, 1), new Rule("output 2 at power-up", 0, 1),
                    new Rule("output 3 at power-up", 0, 1)),
                    "25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0"),
            new Block("device.e", 'e', List.of(Rule.of(compensation(FirmwareCompensation.CYCLE)),
                    Rule.of(compensation(FirmwareCompensation.COEFFICIENT), 100), new Rule("compensation sensor", 0, 3),
                    new Rule("automatic compensation", 0, 1), Rule.of(compensation(FirmwareCompensation.THRESHOLD))),
                    "30:0:0:0:20"),
            new Block("device.n", 'n', List.of(Rule.of(Al4Power.setting(PowerMonitor.ADC_REFERENCE), 1000),
                    Rule.of(Al4Power.setting(PowerMonitor.OVER_VOLTAGE), 10), Rule.of(Al4Power.setting(PowerMonitor.OVER_CURRENT), 10),
                    Rule.of(Al4Power.setting(PowerMonitor.SENSITIVITY))),
                    "1090:140:100:100"),
            new Block("device.z", 'z', List.of(Rule.of(Al4Focuser.MOTOR_CURRENT), new Rule("hold code", 0, 3)), "400:3"));

    private final Gen1Device device;

    private static SettingDescription compensation(String id) {
        return Gen1Device.COMPENSATION.setting(id).orElseThrow();
    }

    Al4Settings(Gen1Device device) {
        super(device.link());
        this.device = device;
    }

    /** The blocks this model has: the mini has no {@code z}, a stand-alone focuser no {@code n}. */
    private List<Block> blocks() {
        return BLOCKS.stream().filter(b -> (b.letter() != 'z' || device.model().motorBlock()) && (b.letter() != 'n' || device.model().hub())).toList();
    }

    @Override
    public CompletableFuture<Map<String, String>> exportSettings() {
        return device.link().submit("read all settings", io -> {
            Map<String, String> out = new TreeMap<>();
            for (Block b : blocks()) {
                String reply = io.exchange(String.valueOf(b.letter()));
                SettingsBlock.parse(b.letter(), b.rules().size(), reply);
                out.put(b.key(), reply.substring(2));
            }
            out.put("device.buzzer", Fields.parse('j', io.exchange(Requests.READ_BUZZER)).text(1));
            out.put("device.handController", Fields.parse('f', io.exchange(Requests.READ_HAND_CONTROLLER)).text(1));
            exportProfile(out);
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> importSettings(Map<String, String> settings) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Map<String, String> profile = profileEntries(settings);
        try {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                String key = e.getKey();
                if (isProfileEntry(key)) {
                    continue;
                }
                if (key.equals("device.buzzer") || key.equals("device.handController")) {
                    SettingsBlock.check(key, e.getValue(), List.of(new Rule(key, 0, 1)));
                    blocks.put(key, e.getValue().strip());
                } else {
                    Block b = blocks().stream().filter(x -> x.key().equals(key)).findFirst()
                            .orElseThrow(() -> new DeviceException(Reason.INVALID_VALUE, "Unknown setting '" + key + "' for the " + device.model().name()));
                    SettingsBlock.check(key, e.getValue(), b.rules());
                    blocks.put(key, e.getValue().strip());
                }
            }
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        return device.link().submit("write all settings", io -> {
            write(io, blocks);
            device.profile().putAll(profile);
            return null;
        });
    }

    private void write(LineExchange io, Map<String, String> values) throws IOException {
        for (Block b : blocks()) {
            String v = values.get(b.key());
            if (v != null) {
                char upper = Character.toUpperCase(b.letter());
                ack(upper, io.exchange(upper + ":" + v + ":"));
            }
        }
        if (values.containsKey("device.buzzer")) {
            ack('J', io.exchange(Requests.buzzer(!values.get("device.buzzer").equals("0"))));
        }
        if (values.containsKey("device.handController")) {
            ack('F', io.exchange(Requests.handController(!values.get("device.handController").equals("0"))));
        }
        device.readAll(io);
    }

    @Override
    public CompletableFuture<Void> factoryReset() {
        return device.link().submit("restore the factory settings", io -> {
            Map<String, String> defaults = new LinkedHashMap<>();
            for (Block b : blocks()) {
                String values = b.defaults();
                if (b.letter() == 'n') {
                    // the ADC reference calibrates this unit's voltage reading: a reset of preferences keeps it
                    SettingsBlock now = SettingsBlock.parse('n', b.rules().size(), io.exchange("n"));
                    values = now.text(Blocks.N_ADC) + values.substring(values.indexOf(':'));
                }
                defaults.put(b.key(), values);
            }
            defaults.put("device.buzzer", "1");
            defaults.put("device.handController", "0");
            write(io, defaults);
            return null;
        });
    }

    @Override
    public String howResetsWork() {
        return "Factory reset writes the documented defaults of the focuser, temperature compensation, power protection"
                + (device.model().motorBlock() ? " and motor current" : "") + " settings, buzzer on and manual control off; the voltage "
                + "calibration (ADC reference) of this unit is kept. No public source shows the device's own reset command. Reset on connect "
                + "pulses the serial line's DTR, which restarts the controller like a power cycle; a TCP link or a pseudo-terminal has no DTR.";
    }
}
