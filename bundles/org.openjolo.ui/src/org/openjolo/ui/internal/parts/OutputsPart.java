package org.openjolo.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.ProfileKeys;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * The 12 V switchable outputs (with labels, power-up states and the lock against accidental clicks) and the PWM
 * outputs (duty, MANUAL / HEAT / AUTO and their parameters, frequency) and the regulated outputs (voltage within
 * the channel's limit, set here where the device takes it), for any device with {@link PowerSwitches},
 * {@link PwmOutputs} or {@link RegulatedOutput}.
 */
public final class OutputsPart extends DevicePart {

    private PowerSwitches switches;
    private PwmOutputs pwm;
    /** The duty channels of the PWM outputs, in the device's order (keys, labels and limits). */
    private List<Channel<?>> dutyChannels = List.of();
    private final List<Button> switchButtons = new ArrayList<>();
    private final List<Label> pwmDuty = new ArrayList<>();
    private final List<Scale> pwmScales = new ArrayList<>();
    private Button lock;
    /** Each PWM output's HEAT power field, for tests. */
    private final List<Text> heatPowerFields = new ArrayList<>();
    /** The regulated outputs' voltage channels and the labels showing them, in the device's order. */
    private final List<Channel<?>> regulatedChannels = new ArrayList<>();
    private final List<Label> regulatedVolts = new ArrayList<>();

    @Override
    protected String createControls(Composite parent) {
        switchButtons.clear();
        pwmDuty.clear();
        pwmScales.clear();
        heatPowerFields.clear();
        regulatedChannels.clear();
        regulatedVolts.clear();
        switches = capability(PowerSwitches.class).orElse(null);
        pwm = capability(PwmOutputs.class).orElse(null);
        List<Channel<?>> switchChannels = instance(PowerSwitches.class).map(c -> c.channels(Quantities.SWITCH)).orElse(List.of());
        dutyChannels = instance(PwmOutputs.class).map(c -> c.channels(Quantities.DUTY)).orElse(List.of());
        List<CapabilityDescription> regulated = device.description().of(RegulatedOutput.class);
        if (switches == null && pwm == null && regulated.isEmpty()) {
            return device + " has no switchable, PWM or regulated outputs.";
        }
        DeviceProfile profile = device.profile();
        if (switches != null) {
            Group g = new Group(parent, SWT.NONE);
            g.setText("12 V outputs");
            g.setLayout(new GridLayout(4, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (String h : new String[] { "Output", "Label", "State", "On at power-up" }) {
                new Label(g, SWT.NONE).setText(h);
            }
            for (int i = 0; i < switchChannels.size(); i++) {
                int index = i;
                String name = switchChannels.get(i).label();
                new Label(g, SWT.NONE).setText(name);
                Text label = labelField(g, profile, ProfileKeys.outputLabel(i), name);
                label.setLayoutData(new GridData(140, SWT.DEFAULT));
                Button on = new Button(g, SWT.TOGGLE);
                on.setLayoutData(new GridData(70, SWT.DEFAULT));
                on.addListener(SWT.Selection, e -> {
                    boolean wanted = on.getSelection();
                    on.setSelection(!wanted); // the device's answer decides, at the next poll
                    run(switches.set(index, wanted), "Switch " + profile.get(ProfileKeys.outputLabel(index), name) + (wanted ? " on" : " off"));
                });
                switchButtons.add(on);
                Button atPowerUp = new Button(g, SWT.CHECK);
                atPowerUp.setSelection(switches.powerOnState(i));
                atPowerUp.setToolTipText("Stored in the device: the output is switched on when the device is powered");
                atPowerUp.addListener(SWT.Selection, e -> run(switches.setPowerOnState(index, atPowerUp.getSelection()),
                        "Power-up state of " + name));
            }
            lock = new Button(g, SWT.CHECK);
            lock.setText("Lock outputs (prevents accidental clicks)");
            lock.setData(ALWAYS_ENABLED, Boolean.TRUE);
            lock.setSelection(profile.getBoolean(ProfileKeys.OUTPUTS_LOCKED, false));
            lock.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
            lock.addListener(SWT.Selection, e -> {
                profile.put(ProfileKeys.OUTPUTS_LOCKED, Boolean.toString(lock.getSelection()));
                refresh();
            });
        }
        if (pwm != null) {
            Group g = new Group(parent, SWT.NONE);
            g.setText("PWM outputs");
            g.setLayout(new GridLayout(1, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (int i = 0; i < dutyChannels.size(); i++) {
                pwmRow(g, profile, i);
            }
            Composite f = new Composite(g, SWT.NONE);
            f.setLayout(new GridLayout(2, false));
            new Label(f, SWT.NONE).setText("Frequency");
            Combo freq = new Combo(f, SWT.READ_ONLY);
            freq.setItems(pwm.frequencies().stream().map(hz -> hz >= 1000 ? hz / 1000 + " kHz" : hz + " Hz").toArray(String[]::new));
            freq.select(pwm.frequencies().indexOf(pwm.frequency()));
            freq.setToolTipText("31 kHz is inaudible and needs only small filters; lower it for loads that cannot follow");
            freq.addListener(SWT.Selection, e -> run(pwm.setFrequency(pwm.frequencies().get(freq.getSelectionIndex())), "PWM frequency"));
        }
        if (!regulated.isEmpty()) {
            Group g = new Group(parent, SWT.NONE);
            g.setText("Regulated outputs");
            g.setLayout(new GridLayout(4, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (CapabilityDescription d : regulated) {
                d.channel(Quantities.OUTPUT_VOLTAGE).ifPresent(channel -> regulatedRow(g, d, channel));
            }
        }
        return null;
    }

    /** One regulated output: its voltage, and where the device takes them, on/off and the voltage to set. */
    private void regulatedRow(Composite parent, CapabilityDescription d, Channel<?> channel) {
        RegulatedOutput output = device.capability(RegulatedOutput.class, d.id()).orElse(null);
        new Label(parent, SWT.NONE).setText(d.name());
        Label shown = new Label(parent, SWT.RIGHT);
        shown.setLayoutData(new GridData(60, SWT.DEFAULT));
        regulatedChannels.add(channel);
        regulatedVolts.add(shown);
        String range = channel.range().map(Limit::range).orElse("");
        if (output == null || !channel.writable() || channel.range().isEmpty()) {
            Label note = new Label(parent, SWT.NONE);
            note.setText("set on the device" + (range.isEmpty() ? "" : " (" + range + ")"));
            note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            return;
        }
        Button on = new Button(parent, SWT.CHECK);
        on.setText("On");
        on.setSelection(output.isOn());
        on.addListener(SWT.Selection, e -> run(output.setOn(on.getSelection()), d.name() + (on.getSelection() ? " on" : " off")));
        Text volts = new Text(parent, SWT.BORDER | SWT.RIGHT);
        volts.setLayoutData(new GridData(60, SWT.DEFAULT));
        volts.setText(format(channel, output.voltage()));
        volts.setToolTipText(range + "; press Enter to apply");
        volts.addListener(SWT.DefaultSelection, e -> {
            Double v = number(channel.range().orElseThrow(), channel.label(), volts.getText());
            if (v != null) {
                run(output.setVoltage(v), d.name() + " at " + fmt(v) + " " + channel.unit());
            }
        });
    }

    private Text labelField(Composite parent, DeviceProfile profile, String key, String fallback) {
        Text t = new Text(parent, SWT.BORDER);
        t.setText(profile.get(key, fallback));
        t.setData(ALWAYS_ENABLED, Boolean.TRUE);
        t.setToolTipText("Label shown here and to Alpaca clients (1 to 32 characters)");
        t.addListener(SWT.FocusOut, e -> saveLabel(t, profile, key));
        t.addListener(SWT.DefaultSelection, e -> saveLabel(t, profile, key));
        return t;
    }

    private void saveLabel(Text t, DeviceProfile profile, String key) {
        String v = t.getText().strip();
        if (v.isEmpty() || v.length() > 32) {
            say(Severity.ERROR, "A label must have 1 to 32 characters");
            t.setText(profile.get(key, ""));
            return;
        }
        profile.put(key, v);
    }

    private void pwmRow(Composite parent, DeviceProfile profile, int index) {
        Channel<?> channel = dutyChannels.get(index);
        String name = channel.label();
        Limit range = channel.range().orElse(StandardCapabilities.DUTY);
        PwmSettings s = pwm.settings(index);
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(5, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText(name);
        Text label = labelField(row, profile, ProfileKeys.pwmLabel(index), name);
        label.setLayoutData(new GridData(110, SWT.DEFAULT));
        Combo mode = new Combo(row, SWT.READ_ONLY);
        mode.setItems("MANUAL", "HEAT", "AUTO");
        mode.select(s.mode().ordinal());
        mode.setToolTipText("HEAT: power from relative humidity; AUTO: hold a sensor at a preset temperature. Regulated by the workbench.");
        Scale duty = new Scale(row, SWT.HORIZONTAL);
        duty.setMinimum((int) range.min());
        duty.setMaximum((int) range.max());
        duty.setPageIncrement(10);
        GridData dutyData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        dutyData.minimumWidth = 100;
        duty.setLayoutData(dutyData);
        duty.setToolTipText("Duty " + range.range() + " (MANUAL)");
        pwmScales.add(duty);
        Label shown = new Label(row, SWT.RIGHT);
        shown.setLayoutData(new GridData(45, SWT.DEFAULT));
        pwmDuty.add(shown);
        duty.setSelection(pwm.duty(index));
        duty.addListener(SWT.Selection, e -> run(pwm.setDuty(index, duty.getSelection()), name + " duty " + duty.getSelection() + " %"));

        Composite heat = new Composite(row, SWT.NONE);
        heat.setLayout(new GridLayout(4, false));
        heat.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        // typed fields, not spinners: a spinner would turn 150 % into 100 % without a word
        SettingDescription heatPowerSetting = pwmSetting(PwmOutputs.HEAT_POWER);
        SettingDescription heatStartSetting = pwmSetting(PwmOutputs.HEAT_START);
        Text heatPower = heatField(heat, "HEAT: power at 100 % RH", heatPowerSetting, s.heatPowerAtMaxHumidity());
        Text heatStart = heatField(heat, "off below RH", heatStartSetting, s.heatStartHumidity());
        heatPowerFields.add(heatPower);
        Composite start = new Composite(row, SWT.NONE);
        start.setLayout(new GridLayout(2, false));
        start.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        new Label(start, SWT.NONE).setText("At startup [%]");
        Combo startup = new Combo(start, SWT.READ_ONLY);
        startup.add("off");
        for (int p = 10; p <= 100; p += 10) {
            startup.add(Integer.toString(p));
        }
        int current = pwm.startupDuty(index);
        startup.select(current < 0 ? 0 : Math.min(10, current / 10));
        startup.setData(ALWAYS_ENABLED, Boolean.TRUE);
        startup.setToolTipText("Set by the workbench when it finds the device just powered (the USB protocol has no field for it)");
        startup.addListener(SWT.Selection, e -> {
            pwm.setStartupDuty(index, startup.getSelectionIndex() == 0 ? -1 : startup.getSelectionIndex() * 10);
            say(Severity.INFO, name + " startup value saved");
        });
        Composite auto = new Composite(row, SWT.NONE);
        auto.setLayout(new GridLayout(5, false));
        auto.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        new Label(auto, SWT.NONE).setText("AUTO: hold sensor #");
        Spinner sensor = spinner(auto, s.autoSensor(), 1, Math.max(1, device.description().of(EnvironmentSensors.class).size()));
        new Label(auto, SWT.NONE).setText("at [°C]");
        Text preset = new Text(auto, SWT.BORDER | SWT.RIGHT);
        preset.setText(fmt(s.presetTemperature()));
        preset.setLayoutData(new GridData(45, SWT.DEFAULT));
        SettingDescription presetSetting = pwmSetting(PwmOutputs.PRESET_TEMPERATURE);
        preset.setToolTipText(presetSetting.tooltip() + "; press Enter to apply");
        Combo direction = new Combo(auto, SWT.READ_ONLY);
        direction.setItems("DIRECT", "REVERSED");
        direction.select(s.reversed() ? 1 : 0);
        direction.setToolTipText("DIRECT: more power when the sensor is below the preset (a heater); REVERSED: the opposite (a cooler)");
        Runnable apply = () -> {
            Double power = number(heatPowerSetting.limit(), heatPowerSetting.label(), heatPower.getText());
            Double below = power == null ? null : number(heatStartSetting.limit(), heatStartSetting.label(), heatStart.getText());
            Double t = below == null ? null : number(presetSetting.limit(), presetSetting.label(), preset.getText());
            if (t != null) {
                PwmSettings wanted = new PwmSettings(PwmMode.values()[mode.getSelectionIndex()], power.intValue(),
                        below.intValue(), sensor.getSelection(), t, direction.getSelectionIndex() == 1);
                run(pwm.applySettings(index, wanted), name + " " + wanted.mode());
            }
        };
        mode.addListener(SWT.Selection, e -> apply.run());
        sensor.addListener(SWT.Selection, e -> apply.run());
        for (Text typed : new Text[] { heatPower, heatStart, preset }) {
            typed.addListener(SWT.DefaultSelection, e -> apply.run());
        }
        direction.addListener(SWT.Selection, e -> apply.run());
    }


    /** A typed field for a HEAT parameter, applied with Enter; its tooltip names the allowed range. */
    private static Text heatField(Composite parent, String label, SettingDescription setting, int value) {
        new Label(parent, SWT.NONE).setText(label + (setting.limit().unit().isEmpty() ? "" : " [" + setting.limit().unit() + "]"));
        Text t = settingText(parent, setting, value, 45);
        t.setToolTipText(setting.tooltip() + "; press Enter to apply");
        return t;
    }

    private SettingDescription pwmSetting(String id) {
        return device.description().first(PwmOutputs.class).flatMap(d -> d.setting(id))
                .orElseThrow(() -> new IllegalStateException(device + " describes no PWM setting " + id));
    }

    @Override
    protected void refresh() {
        boolean locked = lock != null && lock.getSelection();
        for (int i = 0; i < switchButtons.size(); i++) {
            Button b = switchButtons.get(i);
            boolean on = switches.isOn(i);
            b.setSelection(on);
            b.setText(on ? "ON" : "off");
            if (locked) {
                b.setEnabled(false);
            }
        }
        for (int i = 0; i < pwmDuty.size(); i++) {
            pwmDuty.get(i).setText(pwm.duty(i) + " %");
            pwmDuty.get(i).setForeground(stateColor(dutyChannels.get(i).key()));
        }
        org.openjolo.core.Telemetry t = device.latestTelemetry().orElse(null);
        for (int i = 0; i < regulatedVolts.size(); i++) {
            regulatedVolts.get(i).setText(valueText(t, regulatedChannels.get(i), "absent"));
            regulatedVolts.get(i).setForeground(stateColor(regulatedChannels.get(i).key()));
        }
    }

    /** For tests: the regulated outputs' voltages as shown. */
    List<String> regulatedTexts() {
        return regulatedVolts.stream().map(Label::getText).toList();
    }

    /** For tests: whether PWM output {@code index}'s duty is shown red. */
    boolean pwmShownAsAlert(int index) {
        return org.openjolo.ui.parts.Colors.RED.equals(pwmDuty.get(index).getForeground());
    }

    /** For tests: presses a switch as an operator would. */
    void clickSwitch(int index) {
        Button b = switchButtons.get(index);
        b.setSelection(!b.getSelection());
        b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests: drags a PWM slider. */
    void dragDuty(int index, int percent) {
        pwmScales.get(index).setSelection(percent);
        pwmScales.get(index).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests: types a HEAT power and presses Enter. */
    void typeHeatPower(int index, String text) {
        heatPowerFields.get(index).setText(text);
        heatPowerFields.get(index).notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests: the duty shown. */
    String dutyText(int index) {
        return pwmDuty.get(index).getText();
    }

    /** For tests: the switch buttons' texts. */
    List<String> switchTexts() {
        return switchButtons.stream().map(Button::getText).toList();
    }
}
