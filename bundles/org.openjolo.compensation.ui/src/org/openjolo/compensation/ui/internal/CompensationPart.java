package org.openjolo.compensation.ui.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationControl.Implementation;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.compensation.Correction;
import org.openjolo.compensation.ui.internal.handlers.CompensateNowHandler;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.Limit;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;
import org.openjolo.ui.parts.Tables;

import jakarta.inject.Inject;

/**
 * Temperature compensation of one focuser of the active device (a device with two focusers gets one of these
 * parts per focuser): mode, coefficient, threshold, sensor and smoothing; the averaged and reference
 * temperatures and the pending amount; Compensate and the S:N trigger; the history.
 */
public final class CompensationPart extends DevicePart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    Compensation compensation;

    private CompensationControl control;
    private Combo mode;
    private Text coefficient;
    private Spinner threshold;
    private Combo sensor;
    /** The numbers of the device's temperature sensors, in the order the sensor choice lists them. */
    private List<Integer> sensorNumbers;
    private Spinner window;
    private Label temperature;
    private Label reference;
    private Label pending;
    private Text triggerThreshold;
    private Table history;

    @Override
    protected String createControls(Composite parent) {
        control = instance(Focuser.class).flatMap(f -> compensation.of(device, f.id())).orElse(null);
        if (control == null) {
            return device + " has no focuser to compensate.";
        }
        String focuserId = control.focuserId();
        CompensationSettings s = control.settings();
        Group g = new Group(parent, SWT.NONE);
        g.setText("Settings");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(g, SWT.NONE).setText("Done by");
        Combo by = new Combo(g, SWT.READ_ONLY);
        // the firmware compensates one focuser; the workbench any
        boolean firmware = device.capability(FirmwareCompensation.class).filter(f -> f.focuserId().equals(focuserId)).isPresent();
        by.setItems(firmware ? new String[] { Implementation.DEVICE_FIRMWARE.label(), Implementation.WORKBENCH.label() }
                : new String[] { Implementation.WORKBENCH.label() });
        by.select(control.implementation() == Implementation.DEVICE_FIRMWARE ? 0 : firmware ? 1 : 0);
        by.setToolTipText("The device's firmware compensates by itself (the workbench configures it), or the workbench moves the focuser"
                + " (with smoothing over the window and re-basing after your focus moves)");
        by.addListener(SWT.Selection, e -> {
            Implementation chosen = by.getText().equals(Implementation.WORKBENCH.label()) ? Implementation.WORKBENCH : Implementation.DEVICE_FIRMWARE;
            if (chosen != control.implementation()) {
                compensation.use(device, focuserId, chosen);
                say(Severity.INFO, "Compensation now done by the " + chosen.label());
                rebuild();
            }
        });
        new Label(g, SWT.NONE);
        new Label(g, SWT.NONE);
        new Label(g, SWT.NONE).setText("Mode");
        mode = new Combo(g, SWT.READ_ONLY);
        mode.setItems("OFF", "MANUAL", "AUTO");
        mode.select(s.mode().ordinal());
        mode.setToolTipText("MANUAL: shown, applied with Compensate or S:N. AUTO: also applied when the pending amount exceeds the threshold.");
        new Label(g, SWT.NONE).setText("Compensation [steps/°C]");
        coefficient = new Text(g, SWT.BORDER | SWT.RIGHT);
        coefficient.setText(fmt(s.coefficient()));
        coefficient.setLayoutData(new GridData(70, SWT.DEFAULT));
        coefficient.setToolTipText(CompensationSettings.COEFFICIENT.range() + "; positive when a falling temperature needs a smaller position");
        new Label(g, SWT.NONE).setText("Auto threshold [steps]");
        threshold = spinner(g, CompensationSettings.THRESHOLD, s.threshold());
        new Label(g, SWT.NONE).setText("Sensor");
        sensor = sensorChoice(g, s.sensor());
        boolean byWorkbench = control.implementation() == Implementation.WORKBENCH;
        new Label(g, SWT.NONE).setText(byWorkbench ? "Smoothing [s]" : "Firmware cycle [s]");
        window = spinner(g, CompensationSettings.WINDOW, (int) s.window().toSeconds());
        window.setToolTipText(control.implementation() == Implementation.WORKBENCH
                ? "Temperatures are averaged over this window: a single spike must not move the focuser"
                : "The device's firmware evaluates the compensation once per this many seconds");
        button(g, "Apply", "Save the settings (a change of mode, sensor or coefficient takes a new reference)", this::applySettings);

        Group now = new Group(parent, SWT.NONE);
        now.setText("Now");
        now.setLayout(new GridLayout(2, false));
        now.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        temperature = row(now, byWorkbench ? "Temperature (averaged)" : "Temperature");
        reference = row(now, byWorkbench ? "Reference temperature" : "Reference temperature (kept by the device)");
        pending = row(now, "Compensation difference");
        Composite buttons = new Composite(now, SWT.NONE);
        buttons.setLayout(new GridLayout(4, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        button(buttons, "Compensate", "Apply the pending amount now (Ctrl+K)",
                () -> execute(CompensateNowHandler.COMMAND, Map.of(CompensateNowHandler.FOCUSER, focuserId)));
        new Label(buttons, SWT.NONE).setText("   S:");
        triggerThreshold = new Text(buttons, SWT.BORDER | SWT.RIGHT);
        triggerThreshold.setText("20");
        triggerThreshold.setLayoutData(new GridData(50, SWT.DEFAULT));
        button(buttons, "Trigger", "As the S:N script command: apply only if the pending amount exceeds N steps", this::trigger);

        history = Tables.create(parent, SWT.NONE, 0, "Time", 80, "Temperature", 100, "Steps", 70, "To", 80, "By", 100);
        ((GridData) history.getLayoutData()).heightHint = 120;
        return null;
    }

    /** A spinner within a whole-number limit. */
    private static Spinner spinner(Composite parent, Limit limit, int value) {
        Spinner s = spinner(parent, value, (int) limit.min(), (int) limit.max());
        s.setToolTipText(limit.range());
        return s;
    }

    /**
     * The device's temperature sensors by number and name, as its description lists them; a stored sensor the
     * device does not have is shown as such, so Apply refuses it in words instead of silently taking another.
     */
    private Combo sensorChoice(Composite parent, int selected) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        sensorNumbers = new ArrayList<>(CompensationSettings.temperatureSensors(device.description()));
        for (int n : sensorNumbers) {
            c.add(n + ": " + device.description().sensor(n).orElseThrow().name());
        }
        if (!sensorNumbers.contains(selected)) {
            sensorNumbers.add(selected);
            c.add(selected + ": not a temperature sensor of this device");
        }
        c.select(sensorNumbers.indexOf(selected));
        return c;
    }

    void applySettings() {
        Double k = number(CompensationSettings.COEFFICIENT, "Compensation", coefficient.getText());
        if (k == null) {
            return;
        }
        try {
            run(control.apply(new CompensationSettings(CompensationMode.values()[mode.getSelectionIndex()], k, threshold.getSelection(),
                    sensorNumbers.get(sensor.getSelectionIndex()), Duration.ofSeconds(window.getSelection()))), "Compensation settings");
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }

    private void trigger() {
        Double n = number(CompensationSettings.TRIGGER, "The S:N threshold", triggerThreshold.getText());
        if (n != null) {
            run(control.trigger(n.intValue()), "S:" + n.intValue());
        }
    }

    /** "Use this coefficient" from the calculator: fills the field; the operator applies it. */
    void useCoefficient(double value) {
        coefficient.setText(String.format(Locale.ROOT, "%.2f", value));
        coefficient.setFocus();
        say(Severity.INFO, "Coefficient " + coefficient.getText() + " steps/°C from the calculator: press Apply to use it");
    }

    @Override
    protected void refresh() {
        temperature.setText(control.temperature().isPresent() ? String.format(Locale.ROOT, "%.2f °C", control.temperature().getAsDouble()) : "no sensor");
        reference.setText(control.referenceTemperature().isPresent()
                ? String.format(Locale.ROOT, "%.2f °C", control.referenceTemperature().getAsDouble()) : "\u2014");
        pending.setText(control.pending().isPresent() ? control.pending().getAsInt() + " steps" : "\u2014 (off)");
        List<Correction> corrections = control.history();
        if (history.getItemCount() != corrections.size()) {
            history.removeAll();
            for (Correction c : corrections.reversed()) {
                new TableItem(history, SWT.NONE).setText(new String[] { TIME.format(c.time()), String.format(Locale.ROOT, "%.2f °C", c.temperature()),
                    Integer.toString(c.steps()), Integer.toString(c.target()), c.cause() });
            }
        }
    }

    /** For tests: who compensates, as shown. */
    Implementation shownImplementation() {
        return control.implementation();
    }

    /** For tests. */
    String shownCoefficient() {
        return coefficient.getText();
    }
}
