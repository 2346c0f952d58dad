package org.openjolo.ui.internal.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.store.SettingsFile;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * The makers' settings windows for any device: the focuser's travel and motor settings (only those the device
 * supports, {@link Focuser#supports}), motor presets where the motor is configurable, and the device settings
 * (buzzer, manual control, reset on connect, test, save / load to a file, factory reset) as far as the device
 * has them.
 */
public final class SettingsPart extends DevicePart {

    /** A typed field: its label, range and unit, and how it reads from and into the settings. */
    private record FieldSpec(String name, String tip, double min, double max, String unit) {
    }

    private static final Map<Setting, FieldSpec> SPECS = new EnumMap<>(Setting.class);

    static {
        SPECS.put(Setting.MAX_POSITION, new FieldSpec("Max. position [steps]", "1 to 10000000: the focuser never goes beyond it", 1, 10_000_000, "steps"));
        SPECS.put(Setting.STEP_SIZE, new FieldSpec("Step size [µm]", "0 to 100 µm: for the position in mm and Alpaca StepSize", 0, 100, "µm"));
        SPECS.put(Setting.BACKLASH, new FieldSpec("Backlash [steps]", "Positive: applied to outward moves, negative: to inward moves. Applied by the "
                + "workbench to the moves it makes; use your focusing software's own backlash for its moves.", -10_000, 10_000, "steps"));
        SPECS.put(Setting.SPEED, new FieldSpec("Speed [pps]", "1 to 4000 pulses per second; unipolar 7.5° motors usually no more than 120-150", 1, 4000, "pps"));
        SPECS.put(Setting.ACCELERATION, new FieldSpec("Acceleration [pps/s]", "1 to 100000; manual moves use a fifth of it", 1, 100_000, "pps/s"));
        SPECS.put(Setting.MOTOR_CURRENT, new FieldSpec("Motor current [A]", "0.1 to 1.5 A: your motor's rated current (0.4 A for the shop's geared motors)", 0.1, 1.5, "A"));
        SPECS.put(Setting.HOLD_TORQUE, new FieldSpec("Hold torque [%]", "0 to 100: above 0 the motor stays powered when stopped (it gets warm)", 0, 100, "%"));
    }

    private Focuser focuser;
    private DeviceSettings settings;
    private final Map<Setting, Text> fields = new EnumMap<>(Setting.class);
    private Button reversed;
    private Combo mode;
    private Composite top;

    @Override
    protected String createControls(Composite parent) {
        focuser = device.capability(Focuser.class).orElse(null);
        settings = device.capability(DeviceSettings.class).orElse(null);
        fields.clear();
        reversed = null;
        mode = null;
        top = parent;
        if (focuser == null && settings == null) {
            return "The " + device.identity().model() + " has no settings the workbench can change.";
        }
        if (focuser != null) {
            focuserGroup(parent);
        }
        deviceGroup(parent);
        return null;
    }

    private void focuserGroup(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Focuser");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (focuser.supports(Setting.SPEED) && focuser.supports(Setting.MODE) && focuser.supports(Setting.MOTOR_CURRENT)) {
            new Label(g, SWT.NONE).setText("Preset");
            Combo preset = new Combo(g, SWT.READ_ONLY);
            preset.setItems(Preset.ALL.stream().map(Preset::name).toArray(String[]::new));
            preset.setToolTipText("Fills the motor fields; nothing is written until you press Save");
            preset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            preset.addListener(SWT.Selection, e -> show(Preset.ALL.get(preset.getSelectionIndex()).applyTo(read(focuser.settings()))));
        }
        for (Setting s : new Setting[] { Setting.MAX_POSITION, Setting.STEP_SIZE, Setting.BACKLASH }) {
            field(g, s);
        }
        if (focuser.supports(Setting.REVERSED)) {
            reversed = new Button(g, SWT.CHECK);
            reversed.setText("Reversed");
            reversed.setToolTipText("Check so that decreasing the position moves the focuser tube into the telescope");
            reversed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        for (Setting s : new Setting[] { Setting.SPEED, Setting.ACCELERATION, Setting.MOTOR_CURRENT, Setting.HOLD_TORQUE }) {
            field(g, s);
        }
        if (focuser.supports(Setting.MODE)) {
            new Label(g, SWT.NONE).setText("Stepper type");
            mode = new Combo(g, SWT.READ_ONLY);
            for (StepperMode m : StepperMode.values()) {
                mode.add(m.label());
            }
        }
        Button save = new Button(g, SWT.PUSH);
        save.setText("Save");
        save.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
        save.addListener(SWT.Selection, e -> saveFocuser());
        show(focuser.settings());
    }

    private void field(Composite parent, Setting s) {
        if (!focuser.supports(s)) {
            return;
        }
        FieldSpec spec = SPECS.get(s);
        new Label(parent, SWT.NONE).setText(spec.name());
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setToolTipText(spec.tip());
        t.setLayoutData(new GridData(90, SWT.DEFAULT));
        fields.put(s, t);
    }

    private void set(Setting s, String text) {
        Text t = fields.get(s);
        if (t != null) {
            t.setText(text);
        }
    }

    private void show(FocuserSettings s) {
        set(Setting.MAX_POSITION, Integer.toString(s.maxPosition()));
        set(Setting.STEP_SIZE, fmt(s.stepSizeMicrons()));
        set(Setting.BACKLASH, Integer.toString(s.backlash()));
        set(Setting.SPEED, Integer.toString(s.speed()));
        set(Setting.ACCELERATION, Integer.toString(s.acceleration()));
        set(Setting.MOTOR_CURRENT, String.format(Locale.ROOT, "%.2f", s.motorCurrentMa() / 1000.0));
        set(Setting.HOLD_TORQUE, Integer.toString(s.holdTorquePercent()));
        if (reversed != null) {
            reversed.setSelection(s.reversed());
        }
        if (mode != null) {
            mode.select(s.mode().ordinal());
        }
    }

    /** The typed value of a shown field, the device's value of a hidden one, or null after saying what is wrong. */
    private Double value(Setting s, double current) {
        Text t = fields.get(s);
        if (t == null) {
            return current;
        }
        FieldSpec spec = SPECS.get(s);
        return number(t.getText(), spec.name().replaceAll(" \\[.*", ""), spec.min(), spec.max(), spec.unit());
    }

    /** The fields as settings, or {@code fallback} after saying which one is wrong. */
    private FocuserSettings read(FocuserSettings fallback) {
        FocuserSettings now = focuser.settings();
        Double max = value(Setting.MAX_POSITION, now.maxPosition());
        Double step = max == null ? null : value(Setting.STEP_SIZE, now.stepSizeMicrons());
        Double bl = step == null ? null : value(Setting.BACKLASH, now.backlash());
        Double sp = bl == null ? null : value(Setting.SPEED, now.speed());
        Double acc = sp == null ? null : value(Setting.ACCELERATION, now.acceleration());
        Double amps = acc == null ? null : value(Setting.MOTOR_CURRENT, now.motorCurrentMa() / 1000.0);
        Double h = amps == null ? null : value(Setting.HOLD_TORQUE, now.holdTorquePercent());
        if (h == null) {
            return fallback;
        }
        return new FocuserSettings(max.intValue(), reversed == null ? now.reversed() : reversed.getSelection(), step, bl.intValue(), sp.intValue(),
                acc.intValue(), (int) Math.round(amps * 1000), h.intValue(),
                mode == null ? now.mode() : StepperMode.values()[Math.max(0, mode.getSelectionIndex())]);
    }

    void saveFocuser() {
        FocuserSettings s = read(null);
        if (s != null) {
            CompletableFuture<Void> f = focuser.applySettings(s);
            run(f, "Focuser settings saved");
            showWhenDone(f);
        }
    }

    private void showWhenDone(CompletableFuture<Void> f) {
        f.thenRun(() -> sync.asyncExec(() -> {
            if (focuser != null && !top.isDisposed()) {
                show(focuser.settings());
            }
        }));
    }

    private void deviceGroup(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Device");
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        device.capability(Buzzer.class).ifPresent(buzzer -> {
            Button buzz = check(g, "Buzzer", buzzer.isEnabled(), "The device beeps on alerts and limits");
            buzz.addListener(SWT.Selection, e -> run(buzzer.setEnabled(buzz.getSelection()), "Buzzer " + (buzz.getSelection() ? "on" : "off")));
        });
        device.capability(HandController.class).ifPresent(hand -> {
            Button manual = check(g, "Manual control", hand.isEnabled(), "The device's manual controls (buttons or hand box): uncheck so that nobody moves the focuser by hand");
            manual.addListener(SWT.Selection, e -> run(hand.setEnabled(manual.getSelection()), "Manual control " + (manual.getSelection() ? "on" : "off")));
        });
        if (settings != null) {
            Button reset = check(g, "Reset the device on connect", settings.resetOnConnect(), settings.howResetsWork());
            reset.setData(ALWAYS_ENABLED, Boolean.TRUE);
            reset.addListener(SWT.Selection, e -> {
                settings.setResetOnConnect(reset.getSelection());
                say(Severity.INFO, "Reset on connect " + (reset.getSelection() ? "on: takes effect at the next connection" : "off"));
            });
            Composite buttons = new Composite(g, SWT.NONE);
            buttons.setLayout(new GridLayout(4, false));
            buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            button(buttons, "Test connection", "Reads every setting and reports what the device answered", this::testConnection);
            button(buttons, "Save settings...", "All settings, labels, power-up states and the workbench's values to a file", this::saveSettingsDialog);
            button(buttons, "Load settings...", "Checks the file completely before anything is written", this::loadSettingsDialog);
            Button factory = button(buttons, "Reset to factory defaults...", settings.howResetsWork(), this::factoryResetDialog);
            factory.setForeground(factory.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        Label firmware = new Label(g, SWT.NONE);
        firmware.setText(device.identity().model() + " — the firmware answered: " + device.identity().firmware());
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
        FileDialog d = new FileDialog(top.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.json" });
        d.setFileName(device.identity().familyId() + "-settings.json");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            saveSettings(Path.of(file));
        }
    }

    void saveSettings(Path file) {
        String family = device.identity().familyId();
        String model = device.identity().model();
        run(settings.exportSettings().thenAccept(values -> {
            try {
                SettingsFile.save(file, family, model, values);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }), "Settings saved to " + file.getFileName());
    }

    private void loadSettingsDialog() {
        FileDialog d = new FileDialog(top.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.json", "*" });
        String file = d.open();
        if (file != null) {
            loadSettings(Path.of(file));
        }
    }

    void loadSettings(Path file) {
        try {
            CompletableFuture<Void> f = settings.importSettings(SettingsFile.load(file, device.identity().familyId()));
            run(f, "Settings loaded from " + file.getFileName());
            showWhenDone(f);
        } catch (IOException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }

    private void factoryResetDialog() {
        MessageBox ask = new MessageBox(top.getShell(), SWT.ICON_WARNING | SWT.OK | SWT.CANCEL);
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
        showWhenDone(f);
    }

    @Override
    protected void refresh() {
        // the fields show what was read or typed; polls do not overwrite an edit in progress
    }

    /** For tests: types a setting and saves, as an operator would. */
    void typeAndSave(Setting s, String text) {
        fields.get(s).setText(text);
        saveFocuser();
    }

    /** For tests: what a field shows, or null when the device does not have that setting. */
    String shown(Setting s) {
        Text t = fields.get(s);
        return t == null ? null : t.getText();
    }
}
