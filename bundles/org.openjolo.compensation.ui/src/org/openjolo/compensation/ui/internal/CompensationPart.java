package org.openjolo.compensation.ui.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;
import org.openjolo.ui.parts.Tables;

import jakarta.inject.Inject;

/**
 * Temperature compensation of the active device: mode, coefficient, threshold, sensor and smoothing; the
 * averaged and reference temperatures and the pending amount; Compensate and the S:N trigger; the history.
 */
public final class CompensationPart extends DevicePart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    Compensation compensation;

    private CompensationControl control;
    private Combo mode;
    private Text coefficient;
    private Spinner threshold;
    private Spinner sensor;
    private Spinner window;
    private Label temperature;
    private Label reference;
    private Label pending;
    private Text triggerThreshold;
    private Table history;

    @Override
    protected String createControls(Composite parent) {
        control = compensation.of(device).orElse(null);
        if (control == null) {
            return device + " has no focuser to compensate.";
        }
        CompensationSettings s = control.settings();
        Group g = new Group(parent, SWT.NONE);
        g.setText("Settings");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(g, SWT.NONE).setText("Done by");
        Combo by = new Combo(g, SWT.READ_ONLY);
        boolean firmware = device.capability(FirmwareCompensation.class).isPresent();
        by.setItems(firmware ? new String[] { Implementation.DEVICE_FIRMWARE.label(), Implementation.WORKBENCH.label() }
                : new String[] { Implementation.WORKBENCH.label() });
        by.select(control.implementation() == Implementation.DEVICE_FIRMWARE ? 0 : firmware ? 1 : 0);
        by.setToolTipText("The device's firmware compensates by itself (the workbench configures it), or the workbench moves the focuser"
                + " (with smoothing over the window and re-basing after your focus moves)");
        by.addListener(SWT.Selection, e -> {
            Implementation chosen = by.getText().equals(Implementation.WORKBENCH.label()) ? Implementation.WORKBENCH : Implementation.DEVICE_FIRMWARE;
            if (chosen != control.implementation()) {
                compensation.use(device, chosen);
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
        coefficient.setToolTipText("-1000 to 1000; positive when a falling temperature needs a smaller position");
        new Label(g, SWT.NONE).setText("Auto threshold [steps]");
        threshold = spinner(g, s.threshold(), 1, 1000);
        new Label(g, SWT.NONE).setText("Sensor");
        // the device's temperature sensors, numbered as its description lists them
        List<CapabilityDescription> sensors = device.description().sensors();
        sensor = spinner(g, s.sensor(), 1, Math.max(1, sensors.size()));
        sensor.setToolTipText(String.join(", ", java.util.stream.IntStream.range(0, sensors.size()).mapToObj(i -> (i + 1) + ": " + sensors.get(i).name()).toList()));
        boolean byWorkbench = control.implementation() == Implementation.WORKBENCH;
        new Label(g, SWT.NONE).setText(byWorkbench ? "Smoothing [s]" : "Firmware cycle [s]");
        window = spinner(g, (int) s.window().toSeconds(), 1, 1800);
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
                () -> execute(org.openjolo.compensation.ui.internal.handlers.CompensateNowHandler.COMMAND, java.util.Map.of()));
        new Label(buttons, SWT.NONE).setText("   S:");
        triggerThreshold = new Text(buttons, SWT.BORDER | SWT.RIGHT);
        triggerThreshold.setText("20");
        triggerThreshold.setLayoutData(new GridData(50, SWT.DEFAULT));
        button(buttons, "Trigger", "As the S:N script command: apply only if the pending amount exceeds N steps", this::trigger);

        history = Tables.create(parent, SWT.NONE, 0, "Time", 80, "Temperature", 100, "Steps", 70, "To", 80, "By", 100);
        ((GridData) history.getLayoutData()).heightHint = 120;
        return null;
    }



    void applySettings() {
        Double k = number(coefficient.getText(), "Compensation", -1000, 1000, "steps/°C");
        if (k == null) {
            return;
        }
        try {
            run(control.apply(new CompensationSettings(CompensationMode.values()[mode.getSelectionIndex()], k, threshold.getSelection(),
                    sensor.getSelection(), Duration.ofSeconds(window.getSelection()))), "Compensation settings");
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }

    private void trigger() {
        Double n = number(triggerThreshold.getText(), "The S:N threshold", 0, 10_000, "steps");
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
