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
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * Input voltage, total current, energy since power-on, the protection trip (why the outputs went off), the
 * protection settings and the current-sensor calibration, for any device with a {@link PowerMonitor}.
 */
public final class PowerPart extends DevicePart {

    private PowerMonitor power;
    private Label voltage;
    private Label current;
    private Label energy;
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
        voltage = reading(readings, "Input voltage");
        current = reading(readings, "Total current");
        energy = reading(readings, "Energy since power-on");
        trip = new Label(parent, SWT.WRAP);
        trip.setForeground(Colors.RED);
        trip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Group warn = new Group(parent, SWT.NONE);
        warn.setText("Warn levels (empty = off): values turn orange when close, red beyond");
        warn.setLayout(new GridLayout(2, false));
        warn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // rule, name, unit, allowed range; the levels are the alerts bundle's power rules
        String[][] levels = {
            { DefaultRules.CURRENT, "Total current warn level", "A", "0", "15" },
            { DefaultRules.ENERGY, "Energy warn level", "Ah", "0", "1000" },
            { DefaultRules.LOW_VOLTAGE, "Low input voltage warn", "V", "0", "15" },
            { DefaultRules.HIGH_VOLTAGE, "High input voltage warn", "V", "0", "15" } };
        Text[] fields = new Text[levels.length];
        warnFields = fields;
        for (int i = 0; i < levels.length; i++) {
            new Label(warn, SWT.NONE).setText(levels[i][1] + " [" + levels[i][2] + "]");
            fields[i] = new Text(warn, SWT.BORDER | SWT.RIGHT);
            AlertRule r = rule(levels[i][0]);
            fields[i].setText(r.enabled() ? fmt(level(r)) : "");
            fields[i].setLayoutData(new GridData(70, SWT.DEFAULT));
            fields[i].setToolTipText(levels[i][3] + " to " + levels[i][4] + " " + levels[i][2] + ", or empty for no warning");
            fields[i].setData(ALWAYS_ENABLED, Boolean.TRUE);
        }
        saveWarn = new Button(warn, SWT.PUSH);
        saveWarn.setText("Save warn levels");
        saveWarn.setData(ALWAYS_ENABLED, Boolean.TRUE);
        saveWarn.addListener(SWT.Selection, e -> {
            List<AlertRule> changed = new ArrayList<>();
            for (int i = 0; i < levels.length; i++) {
                AlertRule r = rule(levels[i][0]);
                String text = fields[i].getText().strip();
                if (text.isEmpty()) {
                    changed.add(r.withEnabled(false));
                    continue;
                }
                Double v = number(text, levels[i][1], Double.parseDouble(levels[i][3]), Double.parseDouble(levels[i][4]), levels[i][2]);
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
        ProtectionSettings p = power.protection();
        Text ov = field(protection, "Over-voltage level [V]", p.overVoltage(), "10 to 14 V");
        Text oc = field(protection, "Over-current level [A]", p.overCurrent(), "1 to 10 A");
        Text sens = field(protection, "Sensitivity [ms]", p.sensitivityMs(), "10 to 500 ms (the manual recommends 30-50)");
        Text adc = field(protection, "V in ADC reference [V]", p.adcReference(), "0.9 to 1.2 V: the real value of the nominal 1.1 V reference");
        Button apply = new Button(protection, SWT.PUSH);
        apply.setText("Save to device");
        apply.addListener(SWT.Selection, e -> {
            Double v = number(ov.getText(), "Over-voltage level", 10, 14, "V");
            Double a = v == null ? null : number(oc.getText(), "Over-current level", 1, 10, "A");
            Double ms = a == null ? null : number(sens.getText(), "Sensitivity", 10, 500, "ms");
            Double ref = ms == null ? null : number(adc.getText(), "ADC reference", 0.9, 1.2, "V");
            if (ref != null) {
                run(power.applyProtection(new ProtectionSettings(v, a, (int) Math.round(ms), ref)), "Protection settings");
            }
        });
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

    private static Text field(Composite parent, String name, double value, String tip) {
        new Label(parent, SWT.NONE).setText(name);
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setText(fmt(value));
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(70, SWT.DEFAULT));
        return t;
    }


    @Override
    protected void refresh() {
        if (power == null) {
            return;
        }
        Telemetry t = device.latestTelemetry().orElse(null);
        voltage.setText(valueText(t, StandardTelemetry.INPUT_VOLTAGE, "%.2f V", "\u2014"));
        current.setText(valueText(t, StandardTelemetry.TOTAL_CURRENT, "%.2f A", "\u2014"));
        energy.setText(valueText(t, StandardTelemetry.ENERGY_AH, "%.2f Ah", "\u2014") + "  " + valueText(t, StandardTelemetry.ENERGY_WH, "%.1f Wh", "\u2014"));
        voltage.setForeground(stateColor(StandardTelemetry.INPUT_VOLTAGE));
        current.setForeground(stateColor(StandardTelemetry.TOTAL_CURRENT));
        energy.setForeground(stateColor(StandardTelemetry.ENERGY_AH));
        String why = power.trip().map(PowerMonitor.Trip::describe).orElse(null);
        trip.setText(why == null ? "" : why + ". Switch outputs on again when the cause is removed.");
        if (why != null && !why.equals(lastTrip)) {
            say(Severity.ERROR, why);
        }
        lastTrip = why;
        voltage.getParent().getParent().layout(true, true);
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
