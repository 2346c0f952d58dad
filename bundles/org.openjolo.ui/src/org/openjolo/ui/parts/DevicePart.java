package org.openjolo.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.openjolo.alerts.Alerts;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.openjolo.core.Capability;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.internal.parts.Errors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Base class for parts bound to the active device (the generic Outputs, Power, Environment parts and a family's
 * own settings parts). What every capability part shares: it follows the active device, redraws on its telemetry and state on the
 * UI thread, shows a title and a feedback line, and enables its controls only while the device is connected.
 */
public abstract class DevicePart {

    private static final System.Logger LOG = System.getLogger(DevicePart.class.getName());

    /** For UI-thread updates. */
    @Inject
    protected UISynchronize sync;

    /** The status line. */
    @Inject
    protected StatusReporter status;

    /** Alerts: the states values are coloured by. */
    @Inject
    protected Alerts alerts;

    /** The model element of this part: per-instance parts learn their capability instance from it. */
    @Inject
    @Optional
    protected MPart part;

    /** Runs commands, so a part's buttons do what the menu items and keys do. */
    @Inject
    @Optional
    protected org.eclipse.e4.core.commands.ECommandService commands;

    /** Runs commands' handlers in the active context. */
    @Inject
    @Optional
    protected org.eclipse.e4.core.commands.EHandlerService handlers;

    /** The active device, or null. */
    protected Device device;
    private Label title;
    private String titleBase = "";
    private FeedbackLine feedback;
    private Composite body;
    private ScrolledComposite scroller;
    private org.eclipse.swt.graphics.Point minSize;
    /** Whether createControls built the controls for the current device (refresh only then). */
    private boolean controlsReady;

    private final DeviceListener listener = new DeviceListener() {
        @Override
        public void telemetry(Device d, Telemetry t) {
            updateLater();
        }

        @Override
        public void stateChanged(Device d, ConnectionState state, String reason) {
            updateLater();
        }
    };

    @PostConstruct
    public void createPart(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroller.setContent(body);
        Label line = new Label(parent, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        feedback = new FeedbackLine(line, status);
        bind();
    }

    @Inject
    public void activeDevice(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device active) {
        if (device != null) {
            device.removeListener(listener);
        }
        device = active;
        if (device != null) {
            device.addListener(listener);
        }
        if (body != null && !body.isDisposed()) {
            bind();
        }
    }

    @PreDestroy
    public void disposePart() {
        if (device != null) {
            device.removeListener(listener);
        }
    }

    /**
     * The instance of {@code type} this part shows: the one named in the part's persisted state
     * ({@link UiKeys#INSTANCE_STATE}, set on the copies a device with several instances gets), else the
     * device's first one.
     */
    protected java.util.Optional<CapabilityDescription> instance(Class<? extends Capability> type) {
        if (device == null) {
            return java.util.Optional.empty();
        }
        String id = part == null ? null : part.getPersistedState().get(UiKeys.INSTANCE_STATE);
        return id == null ? device.description().first(type) : device.description().instance(id).filter(c -> c.type() == type);
    }

    /** The implementation of the instance of {@code type} this part shows ({@link #instance(Class)}). */
    protected <C extends Capability> java.util.Optional<C> capability(Class<C> type) {
        return instance(type).flatMap(c -> device.capability(type, c.id()));
    }

    /** Builds the controls again (after something changed what the part shows). */
    protected void rebuild() {
        bind();
    }

    /** Rebuilds the controls for the current device. */
    private void bind() {
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        String missing;
        try {
            missing = device == null ? "No device connected: use the Devices part to connect one (or a simulated one)." : createControls(body);
        } catch (RuntimeException e) {
            missing = failed(e);
        }
        controlsReady = missing == null;
        titleBase = missing != null ? missing : device.toString();
        minSize = null;
        update();
        body.layout(true, true);
    }

    /**
     * A part that fails to show a device says so and logs why; the exception must not escape, or E4 stops
     * telling the other parts which device is active.
     */
    private String failed(RuntimeException e) {
        String what = (part == null ? getClass().getSimpleName() : part.getLabel()) + " cannot show " + device;
        LOG.log(System.Logger.Level.ERROR, what, e);
        return what + ": " + Errors.message(e) + " (details in the application log)";
    }

    /**
     * Creates the controls for {@link #device}.
     *
     * @return null, or a sentence saying why there is nothing to show (e.g. the device lacks the capability)
     */
    protected abstract String createControls(Composite parent);

    /** Shows the latest values; called on the UI thread, only after {@link #createControls} built them. */
    protected abstract void refresh();

    /** Shows the latest values soon, on the UI thread; for news from elsewhere than the device (any thread). */
    protected final void updateLater() {
        sync.asyncExec(() -> {
            if (!body.isDisposed()) {
                update();
            }
        });
    }

    private void update() {
        title.setText(device == null || !titleBase.equals(device.toString()) ? titleBase
                : titleBase + " \u2014 " + device.state().name().toLowerCase(java.util.Locale.ROOT));
        enable(body, device != null && device.state() == ConnectionState.CONNECTED);
        if (controlsReady) {
            try {
                refresh();
            } catch (RuntimeException e) {
                controlsReady = false;
                titleBase = failed(e);
                title.setText(titleBase);
            }
        }
        // values change the preferred size; the scroll area follows
        org.eclipse.swt.graphics.Point size = body.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (!size.equals(minSize)) {
            minSize = size;
            scroller.setMinSize(size);
        }
    }

    private static void enable(Control c, boolean enabled) {
        if (c.getData(ALWAYS_ENABLED) == null) {
            c.setEnabled(enabled);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                enable(child, enabled);
            }
        }
    }

    /** Marks a control that stays enabled while disconnected (labels for the workbench's own settings). */
    public static final String ALWAYS_ENABLED = "openjolo.alwaysEnabled";

    /**
     * Runs command {@code id} with {@code parameters} as a menu item or a key would, when its handler can
     * execute now; says so in the part when it cannot.
     */
    protected void execute(String id, java.util.Map<String, ?> parameters) {
        org.eclipse.core.commands.ParameterizedCommand command = commands.createCommand(id, parameters);
        if (command == null || !handlers.canExecute(command)) {
            say(Severity.WARNING, "Not possible now: " + (command == null ? id : commandName(command)));
            return;
        }
        handlers.executeHandler(command);
    }

    private static String commandName(org.eclipse.core.commands.ParameterizedCommand c) {
        try {
            return c.getName();
        } catch (org.eclipse.core.commands.common.NotDefinedException e) {
            return c.getId();
        }
    }

    /** Shows a message in the part and the status bar. */
    protected void say(Severity severity, String text) {
        feedback.say(severity, text);
    }

    /** Runs a command and reports its outcome ("what: done", or why it failed). */
    protected void run(java.util.concurrent.CompletableFuture<?> command, String what) {
        run(command, what, "done");
    }

    /** Runs a command and reports "what: outcome" when it succeeds, or why it failed. */
    protected void run(java.util.concurrent.CompletableFuture<?> command, String what, String outcome) {
        command.whenComplete((v, error) -> sync.asyncExec(() -> {
            if (feedback.isDisposed()) {
                return;
            }
            if (error != null) {
                say(Severity.ERROR, what + " failed: " + Errors.message(error));
            } else {
                say(Severity.INFO, what + ": " + outcome);
            }
        }));
    }

    /**
     * Reads a number the operator typed for {@code what} within {@code limit}; when it is not one, says so in
     * the limit's words ({@link Limit#parse}) and returns null.
     */
    protected Double number(Limit limit, String what, String text) {
        try {
            return limit.parse(what, text);
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
            return null;
        }
    }

    /**
     * A field for a number setting: {@code value} as its limit shows it, the allowed range and advice as the
     * tooltip. Read it back with {@link #number(Limit, String, String)}.
     */
    protected static org.eclipse.swt.widgets.Text settingText(Composite parent, org.openjolo.core.description.SettingDescription setting, double value,
            int width) {
        org.eclipse.swt.widgets.Text t = new org.eclipse.swt.widgets.Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setText(setting.range().map(l -> l.format(value)).orElse(fmt(value)));
        t.setToolTipText(setting.tooltip());
        t.setLayoutData(new GridData(width, SWT.DEFAULT));
        return t;
    }

    /** {@link #settingText} after a label with the setting's name and unit. */
    protected static org.eclipse.swt.widgets.Text settingField(Composite parent, org.openjolo.core.description.SettingDescription setting, double value) {
        new Label(parent, SWT.NONE).setText(setting.labelWithUnit());
        return settingText(parent, setting, value, 70);
    }

    /** A push button that runs {@code action}. */
    protected static org.eclipse.swt.widgets.Button button(Composite parent, String text, String tip, Runnable action) {
        org.eclipse.swt.widgets.Button b = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** A spinner for whole numbers. */
    protected static org.eclipse.swt.widgets.Spinner spinner(Composite parent, int value, int min, int max) {
        org.eclipse.swt.widgets.Spinner s = new org.eclipse.swt.widgets.Spinner(parent, SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 10);
        return s;
    }

    /** A "name: value" row in a two-column grid; returns the value label. */
    protected static Label row(Composite parent, String name) {
        new Label(parent, SWT.NONE).setText(name);
        Label v = new Label(parent, SWT.NONE);
        v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return v;
    }

    /**
     * A telemetry value formatted for display: "—" before the first poll, {@code absent} when the device does
     * not report it (never 0).
     */
    protected static String valueText(org.openjolo.core.Telemetry t, org.openjolo.core.TelemetryKey<Double> key, String format, String absent) {
        return t == null ? "\u2014" : t.get(key).map(v -> String.format(java.util.Locale.ROOT, format, v)).orElse(absent);
    }

    /**
     * A channel's value with its decimals and unit ("12.3 °C", "81 %"): "—" before the first poll,
     * {@code absent} when the device does not report it.
     */
    protected static String valueText(org.openjolo.core.Telemetry t, org.openjolo.core.description.Channel<?> channel, String absent) {
        if (t == null) {
            return "\u2014";
        }
        return t.values().get(channel.key()) instanceof Number n ? format(channel, n.doubleValue()) : absent;
    }

    /** A reading with the channel's decimals and unit: "12.3 °C", "81 %". */
    protected static String format(org.openjolo.core.description.Channel<?> c, double v) {
        String number = String.format(java.util.Locale.ROOT, "%." + c.decimals() + "f", v);
        return c.unit().isEmpty() ? number : number + " " + c.unit();
    }

    /**
     * The colour of a value of the active device by its alert state (orange warning, red alert, null for the
     * default): the alerts bundle's rules decide, never the part's own thresholds.
     */
    protected org.eclipse.swt.graphics.Color stateColor(org.openjolo.core.TelemetryKey<?> key) {
        return device == null ? null : Colors.of(alerts.state(device, key));
    }

    /** A number without a needless ".0". */
    public static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The feedback line as shown (for tests). */
    public String feedback() {
        return feedback.text();
    }
}
