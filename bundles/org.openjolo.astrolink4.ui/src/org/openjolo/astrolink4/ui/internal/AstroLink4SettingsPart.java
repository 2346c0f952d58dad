package org.openjolo.astrolink4.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Text;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.store.SettingsFile;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * The AstroLink 4 panel's settings windows: focuser motor settings with the presets, and the device settings
 * (buzzer, manual control, reset on connect, test, save / load to a file, factory reset).
 */
public final class AstroLink4SettingsPart extends DevicePart {

    private Focuser focuser;
    private DeviceSettings settings;
    private Text maxPosition;
    private Text stepSize;
    private Button reversed;
    private Text backlash;
    private Text speed;
    private Text acceleration;
    private Text current;
    private Text hold;
    private Combo mode;

    @Override
    protected String createControls(Composite parent) {
        if (!AstroLink4.FAMILY_ID.equals(device.identity().familyId())) {
            return "The active device is not an AstroLink 4 USB.";
        }
        focuser = device.capability(Focuser.class).orElseThrow();
        settings = device.capability(DeviceSettings.class).orElseThrow();
        focuserGroup(parent);
        deviceGroup(parent);
        return null;
    }

    private void focuserGroup(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Focuser");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(g, SWT.NONE).setText("Preset");
        Combo preset = new Combo(g, SWT.READ_ONLY);
        preset.setItems(Preset.ALL.stream().map(Preset::name).toArray(String[]::new));
        preset.setToolTipText("Fills the motor fields; nothing is written until you press Save");
        preset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        preset.addListener(SWT.Selection, e -> show(Preset.ALL.get(preset.getSelectionIndex()).applyTo(read(focuser.settings()))));
        maxPosition = field(g, "Max. position [steps]", "1 to 10000000: the focuser never goes beyond it");
        stepSize = field(g, "Step size [µm]", "0 to 100 µm: for the position in mm and Alpaca StepSize");
        backlash = field(g, "Backlash [steps]", "Positive: applied to outward moves, negative: to inward moves. Applied by the workbench to the moves it makes; use your focusing software's own backlash for its moves.");
        reversed = new Button(g, SWT.CHECK);
        reversed.setText("Reversed");
        reversed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        speed = field(g, "Speed [pps]", "1 to 4000 pulses per second; unipolar 7.5° motors usually no more than 120-150");
        acceleration = field(g, "Acceleration [pps/s]", "1 to 100000; manual moves use a fifth of it");
        current = field(g, "Motor current [A]", "0.1 to 1.5 A: your motor's rated current (0.4 A for the shop's geared motors)");
        hold = field(g, "Hold torque [%]", "0 to 100: above 0 the motor stays powered when stopped (it gets warm)");
        new Label(g, SWT.NONE).setText("Stepper type");
        mode = new Combo(g, SWT.READ_ONLY);
        for (StepperMode m : StepperMode.values()) {
            mode.add(m.label());
        }
        new Label(g, SWT.NONE);
        Button save = new Button(g, SWT.PUSH);
        save.setText("Save");
        save.addListener(SWT.Selection, e -> saveFocuser());
        show(focuser.settings());
    }

    private static Text field(Composite parent, String name, String tip) {
        new Label(parent, SWT.NONE).setText(name);
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(90, SWT.DEFAULT));
        return t;
    }

    private void show(FocuserSettings s) {
        maxPosition.setText(Integer.toString(s.maxPosition()));
        stepSize.setText(fmt(s.stepSizeMicrons()));
        reversed.setSelection(s.reversed());
        backlash.setText(Integer.toString(s.backlash()));
        speed.setText(Integer.toString(s.speed()));
        acceleration.setText(Integer.toString(s.acceleration()));
        current.setText(String.format(Locale.ROOT, "%.2f", s.motorCurrentMa() / 1000.0));
        hold.setText(Integer.toString(s.holdTorquePercent()));
        mode.select(s.mode().ordinal());
    }

    /** The fields as settings, or null after saying which one is wrong. */
    private FocuserSettings read(FocuserSettings fallback) {
        Double max = number(maxPosition.getText(), "Max. position", 1, 10_000_000, "steps");
        Double step = max == null ? null : number(stepSize.getText(), "Step size", 0, 100, "µm");
        Double bl = step == null ? null : number(backlash.getText(), "Backlash", -10_000, 10_000, "steps");
        Double sp = bl == null ? null : number(speed.getText(), "Speed", 1, 4000, "pps");
        Double acc = sp == null ? null : number(acceleration.getText(), "Acceleration", 1, 100_000, "pps/s");
        Double amps = acc == null ? null : number(current.getText(), "Motor current", 0.1, 1.5, "A");
        Double h = amps == null ? null : number(hold.getText(), "Hold torque", 0, 100, "%");
        if (h == null) {
            return fallback;
        }
        return new FocuserSettings(max.intValue(), reversed.getSelection(), step, bl.intValue(), sp.intValue(), acc.intValue(),
                (int) Math.round(amps * 1000), h.intValue(), StepperMode.values()[Math.max(0, mode.getSelectionIndex())]);
    }

    void saveFocuser() {
        FocuserSettings s = read(null);
        if (s != null) {
            CompletableFuture<Void> f = focuser.applySettings(s);
            run(f, "Focuser settings saved");
            f.thenRun(() -> sync.asyncExec(() -> {
                if (!maxPosition.isDisposed()) {
                    show(focuser.settings());
                }
            }));
        }
    }

    private void deviceGroup(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Device");
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Buzzer buzzer = device.capability(Buzzer.class).orElseThrow();
        Button buzz = check(g, "Buzzer", buzzer.isEnabled(), "The device beeps on alerts and limits");
        buzz.addListener(SWT.Selection, e -> run(buzzer.setEnabled(buzz.getSelection()), "Buzzer " + (buzz.getSelection() ? "on" : "off")));
        HandController hand = device.capability(HandController.class).orElseThrow();
        Button manual = check(g, "Manual control", hand.isEnabled(), "Check when the manual control box is connected");
        manual.addListener(SWT.Selection, e -> run(hand.setEnabled(manual.getSelection()), "Manual control " + (manual.getSelection() ? "on" : "off")));
        Button reset = check(g, "Reset AstroLink on connect", settings.resetOnConnect(), settings.howResetsWork());
        reset.setData(ALWAYS_ENABLED, Boolean.TRUE);
        reset.addListener(SWT.Selection, e -> {
            settings.setResetOnConnect(reset.getSelection());
            say(Severity.INFO, "Reset on connect " + (reset.getSelection() ? "on: takes effect at the next connection" : "off"));
        });
        Composite buttons = new Composite(g, SWT.NONE);
        buttons.setLayout(new GridLayout(4, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        button(buttons, "Test connection", "Reads every setting block and reports what the device answered", this::testConnection);
        button(buttons, "Save settings...", "All settings, labels, power-up states and the workbench's values to a file", this::saveSettingsDialog);
        button(buttons, "Load settings...", "Checks the file completely before anything is written", this::loadSettingsDialog);
        Button factory = button(buttons, "Reset to factory defaults...", settings.howResetsWork(), this::factoryResetDialog);
        factory.setForeground(factory.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Label firmware = new Label(g, SWT.NONE);
        firmware.setText("Firmware answered: " + device.identity().firmware());
        firmware.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private static Button check(Composite parent, String text, boolean value, String tip) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(value);
        b.setToolTipText(tip);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return b;
    }


    void testConnection() {
        run(settings.exportSettings().thenApply(m -> m.keySet().stream().filter(k -> k.startsWith("device.")).count()),
                "Connection test (" + device.identity().firmware() + ")");
    }

    private void saveSettingsDialog() {
        FileDialog d = new FileDialog(maxPosition.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.json" });
        d.setFileName("astrolink4-settings.json");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            saveSettings(Path.of(file));
        }
    }

    void saveSettings(Path file) {
        run(settings.exportSettings().thenAccept(values -> {
            try {
                SettingsFile.save(file, AstroLink4.FAMILY_ID, AstroLink4.MODEL, values);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }), "Settings saved to " + file.getFileName());
    }

    private void loadSettingsDialog() {
        FileDialog d = new FileDialog(maxPosition.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.json", "*" });
        String file = d.open();
        if (file != null) {
            loadSettings(Path.of(file));
        }
    }

    void loadSettings(Path file) {
        try {
            CompletableFuture<Void> f = settings.importSettings(SettingsFile.load(file, AstroLink4.FAMILY_ID));
            run(f, "Settings loaded from " + file.getFileName());
            f.thenRun(() -> sync.asyncExec(() -> {
                if (!maxPosition.isDisposed()) {
                    show(focuser.settings());
                }
            }));
        } catch (IOException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }

    private void factoryResetDialog() {
        MessageBox ask = new MessageBox(maxPosition.getShell(), SWT.ICON_WARNING | SWT.OK | SWT.CANCEL);
        ask.setText("Reset to factory defaults");
        ask.setMessage("All device settings return to their defaults. Labels and the workbench's values are kept.\n\n"
                + settings.howResetsWork());
        if (ask.open() == SWT.OK) {
            factoryReset();
        }
    }

    void factoryReset() {
        CompletableFuture<Void> f = settings.factoryReset();
        run(f, "Factory settings restored");
        f.thenRun(() -> sync.asyncExec(() -> {
            if (!maxPosition.isDisposed()) {
                show(focuser.settings());
            }
        }));
    }

    @Override
    protected void refresh() {
        // the fields show what was read or typed; polls do not overwrite an edit in progress
    }

    /** For tests: types a speed and saves, as an operator would. */
    void typeSpeedAndSave(String text) {
        speed.setText(text);
        saveFocuser();
    }

    /** For tests. */
    String shownSpeed() {
        return speed.getText();
    }
}
