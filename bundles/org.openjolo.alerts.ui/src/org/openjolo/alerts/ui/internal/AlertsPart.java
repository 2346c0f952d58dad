package org.openjolo.alerts.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.openjolo.alerts.AlertListener;
import org.openjolo.alerts.AlertNotifications;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.alerts.SafetyStatus;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.DevicePart;
import org.openjolo.ui.parts.Tables;

import jakarta.annotation.PreDestroy;

/**
 * The observatory's safety, where every enabled rule of the active device stands, acknowledge, the
 * temperature change monitor's start, the audible notifications, and the history of all devices.
 */
public final class AlertsPart extends DevicePart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int HISTORY_SHOWN = 200;

    private Label safety;
    private Label safetyReason;
    private Table now;
    private Table history;
    private Button buzz;
    private Button sound;
    private Label start;
    private Font big;
    private boolean listening;

    private final AlertListener listener = new AlertListener() {
        @Override
        public void changed(AlertRecord record) {
            updateLater();
        }

        @Override
        public void safetyChanged(SafetyStatus status) {
            updateLater();
        }
    };

    @Override
    protected String createControls(Composite parent) {
        if (!listening) {
            alerts.addListener(listener);
            listening = true;
        }
        Group obs = new Group(parent, SWT.NONE);
        obs.setText("Observatory");
        obs.setLayout(new GridLayout(1, false));
        obs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        obs.setData(ALWAYS_ENABLED, Boolean.TRUE);
        safety = new Label(obs, SWT.NONE);
        if (big == null) {
            FontData[] fd = safety.getFont().getFontData();
            for (FontData f : fd) {
                f.setHeight(f.getHeight() * 3 / 2);
                f.setStyle(SWT.BOLD);
            }
            big = new Font(parent.getDisplay(), fd);
            parent.addDisposeListener(e -> big.dispose());
        }
        safety.setFont(big);
        safety.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        safetyReason = new Label(obs, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 560;
        safetyReason.setLayoutData(wide);

        Group current = new Group(parent, SWT.NONE);
        current.setText("Now (rules of this device that are on)");
        current.setLayout(new GridLayout(1, false));
        current.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        current.setData(ALWAYS_ENABLED, Boolean.TRUE);
        now = table(current, 8, "Value", 150, "Now", 90, "OK range", 110, "State", 70, "Critical", 60);
        Composite buttons = new Composite(current, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setData(ALWAYS_ENABLED, Boolean.TRUE);
        button(buttons, "Acknowledge", "Stops the repeated sounds of the current alerts until a value is raised again", () -> {
            alerts.acknowledge();
            say(Severity.INFO, "Alerts acknowledged");
            refresh();
        }).setData(ALWAYS_ENABLED, Boolean.TRUE);
        button(buttons, "Reset temperature change", "The current temperatures become the start of the temperature change monitor", () -> {
            alerts.resetTemperatureChange(device);
            say(Severity.INFO, "Temperature change monitor restarted");
            refresh();
        });
        start = new Label(buttons, SWT.NONE);
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Group notify = new Group(parent, SWT.NONE);
        notify.setText("When a value is in alert");
        notify.setLayout(new GridLayout(2, false));
        notify.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        notify.setData(ALWAYS_ENABLED, Boolean.TRUE);
        AlertNotifications n = alerts.notifications(device);
        boolean beeps = device.capability(Buzzer.class).map(Buzzer::canBeep).orElse(false);
        buzz = check(notify, "also buzz with device buzzer", n.deviceBuzzer(),
                beeps ? "The device beeps when a value enters alert and every minute until acknowledged (its buzzer must be enabled)"
                        : "This device cannot sound its buzzer on command");
        // the operator's setting, kept while disconnected; greyed for good when the device cannot beep
        buzz.setData(ALWAYS_ENABLED, Boolean.TRUE);
        buzz.setEnabled(beeps);
        sound = check(notify, "also alert with system sound", n.systemSound(), "The computer sounds when a value enters alert and every minute until acknowledged");
        sound.setData(ALWAYS_ENABLED, Boolean.TRUE);

        Group past = new Group(parent, SWT.NONE);
        past.setText("History (all devices, newest first)");
        past.setLayout(new GridLayout(1, false));
        past.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        past.setData(ALWAYS_ENABLED, Boolean.TRUE);
        history = table(past, 8, "Time", 70, "Device", 120, "State", 70, "What", 320);
        return null;
    }

    private Button check(Composite parent, String text, boolean value, String tip) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(value);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> {
            alerts.setNotifications(device, new AlertNotifications(buzz.getSelection(), sound.getSelection()));
            say(Severity.INFO, "Alert notifications saved");
        });
        return b;
    }

    private static Table table(Composite parent, int rows, Object... columns) {
        Table t = Tables.create(parent, SWT.V_SCROLL, rows, columns);
        t.setData(ALWAYS_ENABLED, Boolean.TRUE);
        return t;
    }

    @Override
    protected void refresh() {
        SafetyStatus s = alerts.safety();
        safety.setText(s.safe() ? "\u25CF Safe" : "\u25CF UNSAFE");
        safety.setForeground(s.safe() ? Colors.GREEN : Colors.RED);
        safetyReason.setText(s.reason() + " (since " + TIME.format(s.since()) + "; hold-off " + alerts.holdOff().toSeconds() + " s)");

        List<RuleStatus> states = alerts.status(device).stream().filter(x -> x.rule().enabled()).toList();
        now.setItemCount(states.size());
        for (int i = 0; i < states.size(); i++) {
            RuleStatus r = states.get(i);
            TableItem item = now.getItem(i);
            boolean trip = r.rule().valueId().equals(AlertValues.PROTECTION_TRIPPED);
            item.setText(new String[] { r.rule().label(), trip ? (r.value() > 0 ? "tripped" : "none") : valueText(r), trip ? "no trip" : range(r.rule(), r.unit()),
                r.state().name() + (r.acknowledged() ? " (ack.)" : ""), r.rule().critical() ? "yes" : "" });
            item.setForeground(Colors.of(r.state()));
            item.setData(r.rule().id());
        }
        // the start of the sensor the temperature change monitor reads, which the operator may have moved
        var s1 = alerts.rules(device).stream().filter(r -> r.id().equals(DefaultRules.TEMPERATURE_CHANGE)).findFirst()
                .flatMap(r -> AlertValues.temperatureChangeSensor(r.valueId())).map(n -> alerts.temperatureChangeStart(device, n))
                .orElse(java.util.OptionalDouble.empty());
        start.setText(s1.isPresent() ? String.format(Locale.ROOT, "start %.1f °C", s1.getAsDouble()) : "no start temperature yet");

        List<AlertRecord> all = new ArrayList<>(alerts.history());
        java.util.Collections.reverse(all);
        List<AlertRecord> shown = all.subList(0, Math.min(HISTORY_SHOWN, all.size()));
        history.setItemCount(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            AlertRecord r = shown.get(i);
            TableItem item = history.getItem(i);
            item.setText(new String[] { TIME.format(r.time()), r.device(), r.state().name(), r.message() });
            item.setForeground(Colors.of(r.state()));
        }
        safety.getParent().layout(true);
    }

    private static String valueText(RuleStatus r) {
        return Double.isNaN(r.value()) ? "\u2014" : (String.format(Locale.ROOT, "%.2f", r.value()) + " " + r.unit()).strip();
    }

    /** The OK range as the operator reads it: "11.5 … 14 V", "≥ 11.5 V", "≤ 10 A". */
    static String range(AlertRule r, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        if (!Double.isNaN(r.min()) && !Double.isNaN(r.max())) {
            return fmt(r.min()) + " \u2026 " + fmt(r.max()) + u;
        }
        return Double.isNaN(r.min()) ? "\u2264 " + fmt(r.max()) + u : "\u2265 " + fmt(r.min()) + u;
    }

    @PreDestroy
    void stopListening() {
        alerts.removeListener(listener);
    }

    /** For tests: the rows of the "now" table as "label|value|range|state|critical". */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : now.getItems()) {
            rows.add(String.join("|", item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4)));
        }
        return rows;
    }

    /** For tests: whether the row of a rule is shown red. */
    boolean shownRed(String ruleId) {
        for (TableItem item : now.getItems()) {
            if (ruleId.equals(item.getData())) {
                return Colors.RED.equals(item.getForeground());
            }
        }
        return false;
    }

    /** For tests. */
    String safetyText() {
        return safety.getText();
    }

    /** For tests: the history as "state|what", newest first. */
    List<String> historyRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : history.getItems()) {
            rows.add(item.getText(2) + "|" + item.getText(3));
        }
        return rows;
    }

    /** For tests: presses Acknowledge. */
    void acknowledge() {
        alerts.acknowledge();
        refresh();
    }

    /** For tests: ticks the system sound box as the operator would. */
    void setSystemSound(boolean on) {
        sound.setSelection(on);
        sound.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
