package org.openjolo.astrolink4mini.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.ui.parts.DevicePart;

/**
 * The mini's DC focuser (a motorised knob without position feedback): runs in or out for a time at a motor
 * power, a stop, the running light and the direction setting. The defaults are the makers' (50 %, 500 ms).
 */
public final class DcFocuserPart extends DevicePart {

    private DcFocuser dc;
    private Text power;
    private Text duration;
    private SettingDescription powerSetting;
    private SettingDescription durationSetting;
    private Label state;
    /** The instance's "runs" value in the telemetry. */
    private TelemetryKey<Boolean> running;
    private Button reversed;

    @Override
    protected String createControls(Composite parent) {
        dc = capability(DcFocuser.class).orElse(null);
        if (dc == null) {
            return "The " + device.identity().model() + " has no DC focuser output.";
        }
        CapabilityDescription described = instance(DcFocuser.class).orElseThrow();
        running = described.channel(Quantities.MOVING, Boolean.class).map(Channel::key).orElse(null);
        SettingDescription powerSetting = described.setting(DcFocuser.POWER).orElseThrow();
        SettingDescription durationSetting = described.setting(DcFocuser.DURATION).orElseThrow();
        this.powerSetting = powerSetting;
        this.durationSetting = durationSetting;
        Group run = new Group(parent, SWT.NONE);
        run.setText("Timed run");
        run.setLayout(new GridLayout(4, false));
        run.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // typed fields, not spinners: a spinner would turn 150 % into 100 % and run the motor without a word
        power = settingField(run, powerSetting, 50);
        power.addListener(SWT.DefaultSelection, e -> runFor(true));
        duration = settingField(run, durationSetting, 500);
        Composite buttons = new Composite(run, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        button(buttons, "\u25C0 In", "Run the motor inward for the time", () -> runFor(true)).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(buttons, "Out \u25B6", "Run the motor outward for the time", () -> runFor(false)).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(buttons, "STOP", "Stop the motor now", () -> run(dc.stop(), "DC focuser stopped")).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state = new Label(run, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));

        Group settings = new Group(parent, SWT.NONE);
        settings.setText("Settings");
        settings.setLayout(new GridLayout(1, false));
        settings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reversed = new Button(settings, SWT.CHECK);
        reversed.setText("Reversed (the device swaps in and out)");
        reversed.setSelection(dc.isReversed());
        reversed.addListener(SWT.Selection, e -> run(dc.setReversed(reversed.getSelection()), "DC focuser " + (reversed.getSelection() ? "reversed" : "not reversed")));
        refresh();
        return null;
    }

    void runFor(boolean inward) {
        Double percent = number(powerSetting.limit(), powerSetting.label(), power.getText());
        Double ms = percent == null ? null : number(durationSetting.limit(), durationSetting.label(), duration.getText());
        if (ms == null) {
            return;
        }
        run(dc.run(inward, percent.intValue(), ms.intValue()), "DC focuser " + (inward ? "in" : "out") + " for " + ms.intValue() + " ms at " + percent.intValue() + " %");
    }

    @Override
    protected void refresh() {
        if (state == null || state.isDisposed()) {
            return;
        }
        Telemetry t = device.latestTelemetry().orElse(null);
        boolean runs = t != null && running != null ? t.get(running).orElse(false) : dc.isRunning();
        state.setText(runs ? "\u25CF Running" : "\u25CF Stopped");
        state.setForeground(state.getDisplay().getSystemColor(runs ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
    }

    /** For tests: types power and time and presses In or Out. */
    void typeAndRun(String percent, String ms, boolean inward) {
        power.setText(percent);
        duration.setText(ms);
        runFor(inward);
    }

    /** For tests: the running light's text. */
    String shownState() {
        return state == null || state.isDisposed() ? "" : state.getText();
    }
}
