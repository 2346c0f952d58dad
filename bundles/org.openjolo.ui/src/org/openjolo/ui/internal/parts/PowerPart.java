package org.openjolo.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Text;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * Input voltage, total current, energy since power-on, the protection trip (why the outputs went off), the
 * protection settings and the current-sensor calibration, for any device with a {@link PowerMonitor}.
 */
public final class PowerPart extends DevicePart {

    /** A warn level: the alerts bundle's power rule it sets, and what the operator may type. */
    private record WarnLevel(String rule, String label, Limit limit) {
    }

    private static final List<WarnLevel> LEVELS = List.of(
            new WarnLevel(DefaultRules.CURRENT, "Total current warn level", Limit.of(0, 15, "A", 2)),
            new WarnLevel(DefaultRules.ENERGY, "Energy warn level", Limit.of(0, 1000, "Ah", 1)),
            new WarnLevel(DefaultRules.LOW_VOLTAGE, "Low input voltage warn", Limit.of(0, 15, "V", 2)),
            new WarnLevel(DefaultRules.HIGH_VOLTAGE, "High input voltage warn", Limit.of(0, 15, "V", 2)));

    private PowerMonitor power;
    private Label voltage;
    private Label current;
    private Label energy;
    /** The readings' channels: voltage, current, then the energies shown together. */
    private Channel<?> voltageChannel;
    private Channel<?> currentChannel;
    private List<Channel<?>> energyChannels;
    private Label trip;
    private String lastTrip;
    private Text[] warnFields;
    private Button saveWarn;
    private Font big;

    @Override
    protected String createControls(Composite parent) {
        power = capability(PowerMonitor.class).orElse(null);
        if (power == null) {
            return device + " has no power monitor.";
        }
        Group readings = new Group(parent, SWT.NONE);
        readings.setText("Power");
        readings.setLayout(new GridLayout(2, true));
        readings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        CapabilityDescription described = device.description().first(PowerMonitor.class).orElseThrow();
        voltageChannel = described.channel(Quantities.VOLTAGE).orElse(null);
        currentChannel = described.channel(Quantities.CURRENT).orElse(null);
        energyChannels = described.channels().stream()
                .filter(c -> c.quantity().equals(Quantities.ENERGY_AH) || c.quantity().equals(Quantities.ENERGY_WH)).toList();
        voltage = reading(readings, voltageChannel == null ? "Input voltage" : voltageChannel.label());
        current = reading(readings, currentChannel == null ? "Total current" : currentChannel.label());
        energy = reading(readings, "Energy since power-on");
        trip = new Label(parent, SWT.WRAP);
        trip.setForeground(Colors.RED);
        trip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Group warn = new Group(parent, SWT.NONE);
        warn.setText("Warn levels (empty = off): values turn orange when close, red beyond");
        warn.setLayout(new GridLayout(2, false));
        warn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text[] fields = new Text[LEVELS.size()];
        warnFields = fields;
        for (int i = 0; i < LEVELS.size(); i++) {
            WarnLevel level = LEVELS.get(i);
            new Label(warn, SWT.NONE).setText(level.label() + " [" + level.limit().unit() + "]");
            fields[i] = new Text(warn, SWT.BORDER | SWT.RIGHT);
            AlertRule r = rule(level.rule());
            fields[i].setText(r.enabled() ? fmt(level(r)) : "");
            fields[i].setLayoutData(new GridData(70, SWT.DEFAULT));
            fields[i].setToolTipText(level.limit().range() + ", or empty for no warning");
            fields[i].setData(ALWAYS_ENABLED, Boolean.TRUE);
        }
        saveWarn = new Button(warn, SWT.PUSH);
        saveWarn.setText("Save warn levels");
        saveWarn.setData(ALWAYS_ENABLED, Boolean.TRUE);
        saveWarn.addListener(SWT.Selection, e -> {
            List<AlertRule> changed = new ArrayList<>();
            for (int i = 0; i < LEVELS.size(); i++) {
                WarnLevel level = LEVELS.get(i);
                AlertRule r = rule(level.rule());
                String text = fields[i].getText().strip();
                if (text.isEmpty()) {
                    changed.add(r.withEnabled(false));
                    continue;
                }
                Double v = number(level.limit(), level.label(), text);
                if (v == null) {
                    return;
                }
                changed.add((Double.isNaN(r.min()) ? r.withLimits(Double.NaN, v) : r.withLimits(v, Double.NaN)).withEnabled(true));
            }
            try {
                alerts.setRules(device, changed);
                say(Severity.INFO, "Warn levels saved");
            } catch (IllegalArgumentException ex) {
                say(Severity.ERROR, ex.getMessage());
            }
            refresh();
        });

        Group protection = new Group(parent, SWT.NONE);
        protection.setText("Over-voltage and over-current protection");
        protection.setLayout(new GridLayout(2, false));
        protection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        protectionFields(protection);
        Button calibrate = new Button(protection, SWT.PUSH);
        calibrate.setText("Calibrate current sensor...");
        calibrate.setToolTipText("Done by the workbench: the reading with nothing connected becomes zero (the protocol has no command for it)");
        calibrate.addListener(SWT.Selection, e -> {
            MessageBox ask = new MessageBox(parent.getShell(), SWT.ICON_QUESTION | SWT.OK | SWT.CANCEL);
            ask.setText("Calibrate current sensor");
            ask.setMessage("Disconnect all receivers from the device and switch all outputs off, then press OK.");
            if (ask.open() == SWT.OK) {
                calibrateCurrent();
            }
        });
        parent.addDisposeListener(e -> {
            if (big != null) {
                big.dispose();
            }
        });
        return null;
    }

    void calibrateCurrent() {
        run(power.calibrateCurrent(), "Current sensor calibration");
    }

    private Label reading(Composite parent, String name) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(box, SWT.NONE).setText(name);
        Label value = new Label(box, SWT.NONE);
        if (big == null) {
            FontData[] fd = value.getFont().getFontData();
            for (FontData f : fd) {
                f.setHeight(f.getHeight() * 2);
                f.setStyle(SWT.BOLD);
            }
            big = new Font(parent.getDisplay(), fd);
        }
        value.setFont(big);
        value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return value;
    }

    /** The protection settings the power description has, each edited within its limit; none, no fields. */
    private void protectionFields(Group protection) {
        CapabilityDescription described = device.description().first(PowerMonitor.class).orElseThrow();
        List<String> ids = List.of(PowerMonitor.OVER_VOLTAGE, PowerMonitor.OVER_CURRENT, PowerMonitor.SENSITIVITY, PowerMonitor.ADC_REFERENCE);
        if (!ids.stream().allMatch(described::has)) {
            new Label(protection, SWT.WRAP).setText("This device's protection levels cannot be set.");
            return;
        }
        ProtectionSettings p = power.protection();
        double[] values = { p.overVoltage(), p.overCurrent(), p.sensitivityMs(), p.adcReference() };
        List<SettingDescription> settings = ids.stream().map(id -> described.setting(id).orElseThrow()).toList();
        Text[] fields = new Text[settings.size()];
        for (int i = 0; i < settings.size(); i++) {
            fields[i] = settingField(protection, settings.get(i), values[i]);
        }
        Button apply = new Button(protection, SWT.PUSH);
        apply.setText("Save to device");
        apply.addListener(SWT.Selection, e -> {
            double[] typed = new double[fields.length];
            for (int i = 0; i < fields.length; i++) {
                Double v = number(settings.get(i).limit(), settings.get(i).label(), fields[i].getText());
                if (v == null) {
                    return;
                }
                typed[i] = v;
            }
            run(power.applyProtection(new ProtectionSettings(typed[0], typed[1], (int) Math.round(typed[2]), typed[3])), "Protection settings");
        });
    }


    @Override
    protected void refresh() {
        if (power == null) {
            return;
        }
        Telemetry t = device.latestTelemetry().orElse(null);
        show(voltage, t, voltageChannel == null ? List.of() : List.of(voltageChannel));
        show(current, t, currentChannel == null ? List.of() : List.of(currentChannel));
        show(energy, t, energyChannels);
        String why = power.trip().map(PowerMonitor.Trip::describe).orElse(null);
        trip.setText(why == null ? "" : why + ". Switch outputs on again when the cause is removed.");
        if (why != null && !why.equals(lastTrip)) {
            say(Severity.ERROR, why);
        }
        lastTrip = why;
        voltage.getParent().getParent().layout(true, true);
    }

    /** Channels' values side by side ("not measured" without any), coloured by the first one's alert state. */
    private void show(Label label, Telemetry t, List<Channel<?>> channels) {
        label.setText(channels.isEmpty() ? "not measured"
                : String.join("  ", channels.stream().map(c -> valueText(t, c, "\u2014")).toList()));
        label.setForeground(channels.isEmpty() ? null : stateColor(channels.get(0).key()));
    }

    private AlertRule rule(String id) {
        return alerts.rules(device).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(device + " has no alert rule " + id));
    }

    /** The one limit a warn level rule has. */
    private static double level(AlertRule r) {
        return Double.isNaN(r.min()) ? r.max() : r.min();
    }

    /** For tests: whether the current reading is shown red. */
    boolean currentShownAsAlert() {
        return Colors.RED.equals(current.getForeground());
    }

    /** For tests: sets the current warn level as the operator would and saves. */
    void setCurrentWarnLevel(String amps) {
        warnFields[0].setText(amps);
        saveWarn.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests. */
    String tripText() {
        return trip.getText();
    }

    /** For tests. */
    String currentText() {
        return current.getText();
    }
}
