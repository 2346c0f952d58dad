package org.openjolo.ui.internal.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.store.SettingsFile;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * The makers' settings windows for any device: each focuser's travel and motor settings (only those its
 * description lists, with the labels, advice and limits written there), motor presets where the motor is configurable, and the device settings
 * (buzzer, manual control, reset on connect, test, save / load to a file, factory reset) as far as the device
 * has them.
 */
public final class SettingsPart extends DevicePart {

    /** The numbers in form order; labels, advice and limits come from the focuser's description. */
    private static final Setting[] TRAVEL = { Setting.MAX_POSITION, Setting.STEP_SIZE, Setting.BACKLASH };
    private static final Setting[] MOTOR = { Setting.SPEED, Setting.ACCELERATION, Setting.MOTOR_CURRENT, Setting.HOLD_TORQUE };

    private final List<FocuserForm> forms = new ArrayList<>();
    private DeviceSettings settings;
    private Composite top;

    @Override
    protected String createControls(Composite parent) {
        settings = device.capability(DeviceSettings.class).orElse(null);
        forms.clear();
        top = parent;
        List<CapabilityDescription> focusers = device.description().of(Focuser.class);
        if (focusers.isEmpty() && settings == null) {
            return "The " + device.identity().model() + " has no settings the workbench can change.";
        }
        for (CapabilityDescription d : focusers) {
            device.capability(Focuser.class, d.id()).ifPresent(f -> forms.add(new FocuserForm(parent, f, d)));
        }
        deviceGroup(parent);
        return null;
    }

    /** The settings of one focuser instance: a device with two focusers shows two of these. */
    private final class FocuserForm {
        private final Focuser focuser;
        private final CapabilityDescription description;
        private final Map<Setting, Text> fields = new EnumMap<>(Setting.class);
        private Button reversed;
        private Combo mode;

        FocuserForm(Composite parent, Focuser focuser, CapabilityDescription description) {
            this.focuser = focuser;
            this.description = description;
            Group g = new Group(parent, SWT.NONE);
            g.setText(description.name());
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
            for (Setting s : TRAVEL) {
                field(g, s);
            }
            description.setting(Setting.REVERSED.name()).ifPresent(d -> {
                reversed = new Button(g, SWT.CHECK);
                reversed.setText(d.label());
                reversed.setToolTipText(d.tooltip());
                reversed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            });
            for (Setting s : MOTOR) {
                field(g, s);
            }
            description.setting(Setting.MODE.name()).ifPresent(d -> {
                new Label(g, SWT.NONE).setText(d.label());
                mode = new Combo(g, SWT.READ_ONLY);
                d.choices().forEach(mode::add);
            });
            Button save = new Button(g, SWT.PUSH);
            save.setText("Save");
            save.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
            save.addListener(SWT.Selection, e -> save());
            show(focuser.settings());
        }

        private void field(Composite parent, Setting s) {
            description.setting(s.name()).ifPresent(d -> {
                new Label(parent, SWT.NONE).setText(d.labelWithUnit());
                Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
                t.setToolTipText(d.tooltip());
                t.setLayoutData(new GridData(90, SWT.DEFAULT));
                fields.put(s, t);
            });
        }

        private void set(Setting s, double value) {
            Text t = fields.get(s);
            if (t != null) {
                t.setText(description.setting(s.name()).flatMap(SettingDescription::range).map(l -> l.format(value)).orElse(fmt(value)));
            }
        }

        void show(FocuserSettings s) {
            set(Setting.MAX_POSITION, s.maxPosition());
            set(Setting.STEP_SIZE, s.stepSizeMicrons());
            set(Setting.BACKLASH, s.backlash());
            set(Setting.SPEED, s.speed());
            set(Setting.ACCELERATION, s.acceleration());
            set(Setting.MOTOR_CURRENT, s.motorCurrentMa());
            set(Setting.HOLD_TORQUE, s.holdTorquePercent());
            if (reversed != null) {
                reversed.setSelection(s.reversed());
            }
            if (mode != null) {
                mode.select(s.mode().ordinal());
            }
        }

        /**
         * The typed value of a shown field, the device's value of a hidden one, or null after saying what is
         * wrong in the words of the setting's limit (the driver refuses in the same words).
         */
        private Double value(Setting s, double current) {
            Text t = fields.get(s);
            if (t == null) {
                return current;
            }
            SettingDescription d = description.setting(s.name()).orElseThrow();
            try {
                return d.range().orElseThrow().parse(d.label(), t.getText());
            } catch (IllegalArgumentException e) {
                say(Severity.ERROR, e.getMessage());
                return null;
            }
        }

        /** The fields as settings, or {@code fallback} after saying which one is wrong. */
        FocuserSettings read(FocuserSettings fallback) {
            FocuserSettings now = focuser.settings();
            Double max = value(Setting.MAX_POSITION, now.maxPosition());
            Double step = max == null ? null : value(Setting.STEP_SIZE, now.stepSizeMicrons());
            Double bl = step == null ? null : value(Setting.BACKLASH, now.backlash());
            Double sp = bl == null ? null : value(Setting.SPEED, now.speed());
            Double acc = sp == null ? null : value(Setting.ACCELERATION, now.acceleration());
            Double ma = acc == null ? null : value(Setting.MOTOR_CURRENT, now.motorCurrentMa());
            Double h = ma == null ? null : value(Setting.HOLD_TORQUE, now.holdTorquePercent());
            if (h == null) {
                return fallback;
            }
            return new FocuserSettings(max.intValue(), reversed == null ? now.reversed() : reversed.getSelection(), step, bl.intValue(), sp.intValue(),
                    acc.intValue(), ma.intValue(), h.intValue(),
                    mode == null ? now.mode() : StepperMode.values()[Math.max(0, mode.getSelectionIndex())]);
        }

        void save() {
            FocuserSettings s = read(null);
            if (s != null) {
                CompletableFuture<Void> f = focuser.applySettings(s);
                run(f, description.name() + " settings saved");
                showWhenDone(f, List.of(this));
            }
        }
    }

    void saveFocuser() {
        forms.get(0).save();
    }

    /** Once {@code f} is done, {@code which} and the device's switches show the settings as the device has them now. */
    private void showWhenDone(CompletableFuture<Void> f, List<FocuserForm> which) {
        f.thenRun(() -> sync.asyncExec(() -> {
            if (!top.isDisposed()) {
                which.forEach(form -> form.show(form.focuser.settings()));
                refresh();
            }
        }));
    }

    private static void show(Button box, boolean on) {
        if (box != null && !box.isDisposed()) {
            box.setSelection(on);
        }
    }

    /** For tests: whether the Buzzer box is checked, or null without one. */
    Boolean buzzerShown() {
        return buzzerBox == null ? null : buzzerBox.getSelection();
    }

    /** The device's Buzzer and Manual control boxes, refreshed after a reset or a load; null without them. */
    private Button buzzerBox;
    private Button manualBox;

    private void deviceGroup(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Device");
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        device.capability(Buzzer.class).ifPresent(buzzer -> {
            Button buzz = check(g, "Buzzer", buzzer.isEnabled(), "The device beeps on alerts and limits");
            buzzerBox = buzz;
            buzz.addListener(SWT.Selection, e -> run(buzzer.setEnabled(buzz.getSelection()), "Buzzer " + (buzz.getSelection() ? "on" : "off")));
        });
        device.capability(HandController.class).ifPresent(hand -> {
            Button manual = check(g, "Manual control", hand.isEnabled(), "The device's manual controls (buttons or hand box): uncheck so that nobody moves the focuser by hand");
            manualBox = manual;
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
            showWhenDone(f, List.copyOf(forms));
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
        showWhenDone(f, List.copyOf(forms));
    }

    @Override
    protected void refresh() {
        // the fields show what was read or typed; polls do not overwrite an edit in progress. The switches
        // follow the device: a reset, a loaded file or another program may have changed them
        device.capability(Buzzer.class).ifPresent(b -> show(buzzerBox, b.isEnabled()));
        device.capability(HandController.class).ifPresent(h -> show(manualBox, h.isEnabled()));
    }

    /** For tests: types a setting of the first focuser and saves, as an operator would. */
    void typeAndSave(Setting s, String text) {
        forms.get(0).fields.get(s).setText(text);
        saveFocuser();
    }

    /** For tests: what a field of the first focuser shows, or null when the device does not have that setting. */
    String shown(Setting s) {
        Text t = forms.isEmpty() ? null : forms.get(0).fields.get(s);
        return t == null ? null : t.getText();
    }
}
