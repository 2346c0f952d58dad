package org.openjolo.alerts.ui.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Limit;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * The limits editor: for every rule of the active device, on/off, the OK range (an empty field is no limit),
 * the warning band, whether it is critical, and for the monitors the sensor they read; the observatory's
 * hold-off. Nothing is saved until every field is valid.
 */
public final class AlertLimitsPart extends DevicePart {

    /**
     * The editable fields of one rule; for a monitor, the sensors its combo offers (numbered as in
     * {@link AlertValues}), in the combo's order.
     */
    private record Row(AlertRule rule, Button enabled, Combo sensor, List<Integer> sensors, Text min, Text max, Text warn, Button critical) {
    }

    final Map<String, Row> rows = new LinkedHashMap<>();
    private Text holdOff;

    @Override
    protected String createControls(Composite parent) {
        rows.clear();
        Group g = new Group(parent, SWT.NONE);
        g.setText("Limits of this device (empty = no limit; warning band in % of the range)");
        g.setLayout(new GridLayout(8, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (String h : new String[] { "On", "Value", "Sensor", "Min", "Max", "Warn %", "Critical", "" }) {
            new Label(g, SWT.NONE).setText(h);
        }
        for (AlertRule r : alerts.rules(device)) {
            Button on = new Button(g, SWT.CHECK);
            on.setSelection(r.enabled());
            new Label(g, SWT.NONE).setText(r.label());
            Combo sensor = null;
            // the sensors that can feed this monitor, as the device describes them (a temperature, and for the margin a dew point)
            List<Integer> sensors = AlertValues.sensorOf(r.valueId()).isPresent() ? AlertValues.sensorsFor(device.description(), r.valueId()) : List.of();
            if (AlertValues.sensorOf(r.valueId()).isPresent()) {
                sensor = new Combo(g, SWT.READ_ONLY);
                for (int n : sensors) {
                    sensor.add(device.description().sensor(n).map(c -> c.name()).orElse("Sensor #" + n));
                }
                sensor.select(sensors.indexOf(AlertValues.sensorOf(r.valueId()).get()));
            } else {
                new Label(g, SWT.NONE);
            }
            boolean trip = r.id().equals(DefaultRules.PROTECTION);
            Text min = number(g, trip ? Double.NaN : r.min());
            Text max = number(g, trip ? Double.NaN : r.max());
            Text warn = number(g, trip ? Double.NaN : r.warnPercent());
            Button critical = new Button(g, SWT.CHECK);
            critical.setSelection(r.critical());
            critical.setToolTipText("An alert of this value makes the observatory unsafe (Alpaca SafetyMonitor)");
            if (trip) {
                // a trip is on or off: it has no limit for the operator to move
                min.setToolTipText("In alert while the device's protection has switched the outputs off");
                min.setEditable(false);
                max.setEditable(false);
                warn.setEditable(false);
            }
            if (DefaultRules.isCustom(r)) {
                button(g, "Remove", "Stops watching this value", () -> {
                    alerts.removeRule(device, r.id());
                    say(Severity.INFO, r.label() + " is no longer watched");
                    rebuild();
                });
            } else {
                new Label(g, SWT.NONE);
            }
            rows.put(r.id(), new Row(r, on, sensor, sensors, min, max, warn, critical));
        }
        addOther(parent);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        button(buttons, "Save limits", "Checks every field, then saves the rules in the device's profile", this::save);
        button(buttons, "Restore defaults", "The makers' limits, every power warn level and monitor off, nothing critical", () -> {
            alerts.setRules(device, DefaultRules.forDevice(device.description()));
            say(Severity.INFO, "Default limits restored");
            rebuild();
        });

        Group safety = new Group(parent, SWT.NONE);
        safety.setText("Observatory safety");
        safety.setLayout(new GridLayout(3, false));
        safety.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(safety, SWT.NONE).setText("Safe again after [s]");
        holdOff = new Text(safety, SWT.BORDER | SWT.RIGHT);
        holdOff.setText(Long.toString(alerts.holdOff().toSeconds()));
        holdOff.setLayoutData(new GridData(60, SWT.DEFAULT));
        holdOff.setToolTipText("How long every critical value must be out of alert before the observatory is safe again, 0 to 3600 s");
        button(safety, "Save", "Saves the hold-off for the whole observatory", () -> {
            Double s = number(HOLD_OFF, "The hold-off", holdOff.getText());
            if (s != null) {
                alerts.setHoldOff(Duration.ofSeconds(Math.round(s)));
                say(Severity.INFO, "Hold-off saved");
            }
        });
        markAlwaysEnabled(parent);
        return null;
    }

    /** "Watch another value": any numeric telemetry value of the device that no rule watches yet. */
    private void addOther(Composite parent) {
        List<TelemetryKey<?>> others = new ArrayList<>();
        device.latestTelemetry().ifPresent(t -> t.values().forEach((k, v) -> {
            boolean watched = rows.values().stream().anyMatch(r -> r.rule().valueId().equals(k.id()));
            if (!watched && (v instanceof Number || v instanceof Boolean)) {
                others.add(k);
            }
        }));
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(3, false));
        new Label(box, SWT.NONE).setText("Watch another value");
        Combo which = new Combo(box, SWT.READ_ONLY);
        others.forEach(k -> which.add(k.label() + (k.unit().isEmpty() ? "" : " [" + k.unit() + "]")));
        if (!others.isEmpty()) {
            which.select(0);
        }
        button(box, "Add", "Adds a rule, off, with the present value as its maximum: edit it, tick On, Save limits", () -> {
            int i = which.getSelectionIndex();
            if (i < 0) {
                say(Severity.ERROR, "No other value to watch: the device's values appear after its first poll");
                return;
            }
            TelemetryKey<?> k = others.get(i);
            Object v = device.latestTelemetry().map(t -> t.values().get(k)).orElse(null);
            double now = v instanceof Number n ? n.doubleValue() : Boolean.TRUE.equals(v) ? 1 : 0;
            alerts.addRule(device, DefaultRules.custom(k.id(), k.label(), Math.round(now * 100) / 100.0));
            say(Severity.INFO, k.label() + " added: set its limits, tick On and save");
            rebuild();
        });
    }

    /** Limits are the workbench's, so they can be edited while the device is away. */
    private static void markAlwaysEnabled(Control c) {
        c.setData(ALWAYS_ENABLED, Boolean.TRUE);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                markAlwaysEnabled(child);
            }
        }
    }

    private static Text number(Composite parent, double value) {
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setText(Double.isNaN(value) ? "" : fmt(value));
        GridData gd = new GridData(55, SWT.DEFAULT);
        t.setLayoutData(gd);
        return t;
    }

    void save() {
        List<AlertRule> changed = new ArrayList<>();
        for (Row row : rows.values()) {
            AlertRule r = row.rule();
            if (r.id().equals(DefaultRules.PROTECTION)) {
                changed.add(r.withEnabled(row.enabled().getSelection()).withCritical(row.critical().getSelection()));
                continue;
            }
            double min = limit(row.min(), r.label(), "minimum");
            double max = limit(row.max(), r.label(), "maximum");
            double warn = limit(row.warn(), r.label(), "warning band");
            if (min == BAD || max == BAD || warn == BAD || outside(r, min, "minimum") || outside(r, max, "maximum")) {
                return;
            }
            AlertRule next = r.withLimits(min, max).withWarnPercent(Double.isNaN(warn) ? 0 : warn).withEnabled(row.enabled().getSelection())
                    .withCritical(row.critical().getSelection());
            if (row.sensor() != null && row.sensor().getSelectionIndex() >= 0) {
                next = next.withValueId(AlertValues.atSensor(r.valueId(), row.sensors().get(row.sensor().getSelectionIndex())));
            }
            try {
                changed.add(next.validate());
            } catch (IllegalArgumentException e) {
                say(Severity.ERROR, e.getMessage());
                return;
            }
        }
        alerts.setRules(device, changed);
        say(Severity.INFO, "Limits saved");
        rebuild();
    }

    private static final double BAD = Double.NEGATIVE_INFINITY;

    /** How long a safety condition must last before it counts, seconds. */
    private static final Limit HOLD_OFF = Limit.whole(0, 3600, "s");

    /**
     * Whether a limit lies outside what the watched channel can read (a humidity above 100 %, a duty below 0):
     * such a rule could never trip, so it is refused in the words of the channel's limit.
     */
    private boolean outside(AlertRule r, double value, String what) {
        Limit range = device.description().channel(r.valueId()).flatMap(Channel::range).orElse(null);
        // a limit may be finer than the channel's display (99.5 % for a humidity shown as 99 %): only the range counts
        if (Double.isNaN(value) || range == null || (value >= range.min() && value <= range.max())) {
            return false;
        }
        say(Severity.ERROR, range.refusal(r.label() + " " + what, value));
        return true;
    }

    /** An empty field is no limit (NaN); a field that is not a number is reported and gives {@link #BAD}. */
    private double limit(Text field, String rule, String what) {
        String s = field.getText().strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        say(Severity.ERROR, rule + ": the " + what + " must be a number or empty, not '" + s + "'");
        return BAD;
    }

    @Override
    protected void refresh() {
        // the fields are the operator's until saved: nothing to follow here
    }

    /** For tests: types into a field of a rule ("min", "max", "warn"). */
    void type(String ruleId, String field, String text) {
        Row row = rows.get(ruleId);
        (switch (field) {
            case "min" -> row.min();
            case "max" -> row.max();
            default -> row.warn();
        }).setText(text);
    }

    /** For tests: adds a rule over the telemetry value with this label, as choosing it and pressing Add would. */
    void watch(String label) {
        TelemetryKey<?> k = device.latestTelemetry().orElseThrow().values().keySet().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        alerts.addRule(device, DefaultRules.custom(k.id(), k.label(), 0));
        rebuild();
    }

    /** For tests: ticks a rule's boxes. */
    void tick(String ruleId, boolean enabled, boolean critical) {
        rows.get(ruleId).enabled().setSelection(enabled);
        rows.get(ruleId).critical().setSelection(critical);
    }
}
