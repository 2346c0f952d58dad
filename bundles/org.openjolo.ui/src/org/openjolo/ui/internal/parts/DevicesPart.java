package org.openjolo.ui.internal.parts;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.events.DeviceEvents;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.osgi.service.event.Event;
import org.openjolo.core.ProtocolTrace;
import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.TransportAddress;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.FeedbackLine;
import org.openjolo.ui.parts.Tables;
import org.openjolo.connections.Connections;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.internal.Confirmation;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lists device families and serial ports, connects and disconnects, and shows each device's state light. */
public final class DevicesPart {

    /** The part's id in the model. */
    public static final String ID = "org.openjolo.ui.part.devices";

    @Inject
    DeviceRegistry registry;

    @Inject
    Connections connections;

    @Inject
    DeviceDetector detector;

    @Inject
    StatusReporter status;

    @Inject
    UISynchronize sync;

    @Inject
    MApplication application;

    private Combo family;
    private Combo port;
    private Button connect;
    private Button simulate;
    private Button disconnect;
    private Button trace;
    private Button showTrace;
    private Button detect;
    /** What the last detection found, by port combo item. */
    private List<DeviceDetector.Detection> detected = List.of();
    private Table table;
    private FeedbackLine message;
    private List<DeviceFamily> families = List.of();
    private Device active;

    /** A device's state changed (the registry's event, on the UI thread). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void stateChanged(@UIEventTopic(DeviceEvents.TOPIC_STATE) Event event) {
        if (event.getProperty(DeviceEvents.PROPERTY_DEVICE) instanceof Device device) {
            reportConnection(device, ConnectionState.valueOf((String) event.getProperty(DeviceEvents.PROPERTY_STATE)),
                    (String) event.getProperty(DeviceEvents.PROPERTY_REASON));
            refreshLater();
        }
    }

    /** A device came or went (the registry's events, on the UI thread). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void devicesChanged(@UIEventTopic(DeviceEvents.TOPIC_ADDED) Event added) {
        refreshLater();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void deviceRemoved(@UIEventTopic(DeviceEvents.TOPIC_REMOVED) Event removed) {
        refreshLater();
    }

    /**
     * One status line when a device is lost and one when it is back, whatever happens in between: a flaky cable at
     * 3 a.m. must not bury the operator in messages (and never in dialogs); every attempt is in the log and trace.
     */
    private void reportConnection(Device device, ConnectionState state, String reason) {
        String name = device.identity().model() + " on " + device.identity().address().displayName();
        if (state == ConnectionState.LOST) {
            status.report(Severity.WARNING, name + " lost (" + reason + "); reconnecting by itself");
        } else if (state == ConnectionState.CONNECTED && reason != null && !reason.equals("Connected")) {
            status.report(Severity.INFO, name + ": " + reason);
        }
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));

        Group connectGroup = new Group(parent, SWT.NONE);
        connectGroup.setText("Connect a device");
        connectGroup.setLayout(new GridLayout(3, false));
        connectGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        new Label(connectGroup, SWT.NONE).setText("Family");
        family = new Combo(connectGroup, SWT.READ_ONLY);
        family.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(connectGroup, SWT.NONE).setText("Port");
        port = new Combo(connectGroup, SWT.DROP_DOWN);
        port.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        port.setToolTipText("A serial port (/dev/ttyUSB0, COM3) or a network serial server (tcp:host:port)");
        Button refresh = new Button(connectGroup, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refreshPorts());

        Composite buttons = new Composite(connectGroup, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        connect = new Button(buttons, SWT.PUSH);
        connect.setText("Connect");
        connect.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        connect.addListener(SWT.Selection, e -> connectPort());
        simulate = new Button(buttons, SWT.PUSH);
        simulate.setText("Connect simulated device");
        simulate.setToolTipText("Start a simulated device of this family on a pseudo-terminal and connect to it like to a USB port");
        simulate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        simulate.addListener(SWT.Selection, e -> connectSimulated());
        detect = new Button(buttons, SWT.PUSH);
        detect.setText("Detect");
        detect.setToolTipText("Ask every serial port with each installed family's identify request (nothing moves) and list what answers");
        detect.addListener(SWT.Selection, e -> detect(detector.detect()));
        port.addListener(SWT.Selection, e -> {
            int i = port.getSelectionIndex();
            if (i >= 0 && i < detected.size()) {
                selectFamily(detected.get(i).familyId());
            }
        });

        table = Tables.create(parent, SWT.SINGLE, 0, "", 22, "Device", 115, "Port", 170, "State", 85, "Identifies as", 95);
        table.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Device d) {
                application.getContext().set(UiKeys.ACTIVE_DEVICE, d);
            }
            updateButtons();
        });

        Composite deviceButtons = new Composite(parent, SWT.NONE);
        GridLayout dl = new GridLayout(3, false);
        dl.marginWidth = 0;
        deviceButtons.setLayout(dl);
        disconnect = new Button(deviceButtons, SWT.PUSH);
        disconnect.setText("Disconnect");
        disconnect.addListener(SWT.Selection, e -> disconnectSelected());
        trace = new Button(deviceButtons, SWT.CHECK);
        trace.setText("Trace");
        trace.setToolTipText("Record every request and reply of the selected device to a file under logs/trace (for a problem report)");
        trace.addListener(SWT.Selection, e -> setTrace(trace.getSelection()));
        showTrace = new Button(deviceButtons, SWT.PUSH);
        showTrace.setText("Show trace\u2026");
        showTrace.addListener(SWT.Selection, e -> showTrace());

        Label line = new Label(parent, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message = new FeedbackLine(line, status);

        refreshFamilies();
        refreshPorts();
        refresh();
    }

    @Inject
    void activeDevice(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        active = device;
        if (table != null && !table.isDisposed()) {
            refresh();
        }
    }

    private void refreshFamilies() {
        families = registry.families();
        family.setItems(families.stream().map(DeviceFamily::displayName).toArray(String[]::new));
        if (!families.isEmpty()) {
            family.select(0);
        }
    }

    private void refreshPorts() {
        connections.serialPorts().whenComplete((ports, error) -> sync.asyncExec(() -> {
            if (port.isDisposed()) {
                return;
            }
            if (error != null) {
                show(Severity.WARNING, "Could not list the serial ports: " + Errors.message(error) + "; type the port instead");
                return;
            }
            String typed = port.getText();
            port.setItems(ports.stream().map(p -> p.description().isBlank() ? p.path() : p.path() + "  (" + p.description() + ")").toArray(String[]::new));
            port.setText(typed.isBlank() && !ports.isEmpty() ? ports.get(0).path() : typed);
        }));
    }

    /** Runs a detection and offers what answered in the port list, the first one chosen. */
    void detect(java.util.concurrent.CompletableFuture<List<DeviceDetector.Detection>> running) {
        detect.setEnabled(false);
        show(Severity.INFO, "Detecting devices on the serial ports...");
        running.whenComplete((answered, error) -> sync.asyncExec(() -> {
            if (table.isDisposed()) {
                return;
            }
            detect.setEnabled(true);
            if (error != null) {
                show(Severity.ERROR, "Detection failed: " + Errors.message(error));
                return;
            }
            List<DeviceDetector.Detection> found = answered.stream().map(this::askModel).toList();
            detected = found;
            if (found.isEmpty()) {
                show(Severity.WARNING, "No device answered: check that it is plugged in and powered, or type its port");
                return;
            }
            port.setItems(found.stream().map(d -> d.address().displayName() + "  (" + models(d) + ": " + d.identity() + ")").toArray(String[]::new));
            port.select(0);
            selectFamily(found.get(0).familyId());
            show(Severity.INFO, "Found " + found.size() + (found.size() == 1 ? " device" : " devices") + ": "
                    + found.stream().map(d -> models(d) + " on " + d.address().displayName()).collect(java.util.stream.Collectors.joining(", "))
                    + ". Choose one and press Connect.");
        }));
    }

    /** The model a detection found, or the models it may be when the operator did not say. */
    private static String models(DeviceDetector.Detection d) {
        return d.matches().stream().map(DeviceDetector.Match::familyName).collect(java.util.stream.Collectors.joining(" or "));
    }

    /**
     * A device whose answers fit several models (the AstroLink 4 mini II and micro answer alike): the operator
     * says which it is, once; the detector remembers it for that device.
     */
    private DeviceDetector.Detection askModel(DeviceDetector.Detection d) {
        if (!d.ambiguous()) {
            return d;
        }
        List<DeviceDetector.Match> matches = d.matches();
        List<String> names = matches.stream().map(DeviceDetector.Match::familyName).toList();
        Confirmation question = application.getContext().get(Confirmation.class);
        int chosen = question == null ? -1
                : question.choose(table.getShell(), "Which device is on " + d.address().displayName() + "?",
                        "The device on " + d.address().displayName() + " answers like " + String.join(" and like ", names)
                                + ": its replies do not tell these models apart.\n\nWhich one is it? OpenJolo remembers your answer for this device.",
                        names);
        if (chosen < 0) {
            return d;
        }
        DeviceDetector.Match m = matches.get(chosen);
        detector.remember(d, m.familyId());
        return new DeviceDetector.Detection(d.address(), m.familyId(), m.familyName(), m.identity());
    }

    private void selectFamily(String familyId) {
        for (int i = 0; i < families.size(); i++) {
            if (families.get(i).id().equals(familyId)) {
                family.select(i);
            }
        }
    }

    private DeviceFamily selectedFamily() {
        int i = family.getSelectionIndex();
        return i < 0 || i >= families.size() ? null : families.get(i);
    }

    /** Connects the family and port chosen here: what the Connect button and command do. */
    public void connectChosen() {
        connectPort();
    }

    private void connectPort() {
        DeviceFamily f = selectedFamily();
        if (f == null) {
            show(Severity.ERROR, "No device family is installed.");
            return;
        }
        String text = port.getText().strip();
        int paren = text.indexOf("  (");
        if (paren > 0) {
            text = text.substring(0, paren);
        }
        TransportAddress address;
        try {
            address = TransportAddress.parse(text);
        } catch (IllegalArgumentException e) {
            show(Severity.ERROR, e.getMessage());
            return;
        }
        start(new ConnectionSpec(f.id(), address), f.displayName() + " on " + address.displayName());
    }

    private void connectSimulated() {
        DeviceFamily f = selectedFamily();
        if (f == null) {
            show(Severity.ERROR, "No device family is installed.");
            return;
        }
        start(ConnectionSpec.simulated(f.id()), "simulated " + f.displayName());
    }

    private void start(ConnectionSpec spec, String what) {
        show(Severity.INFO, "Connecting " + what + "...");
        connections.connect(spec).whenComplete((device, error) -> sync.asyncExec(() -> {
            if (table.isDisposed()) {
                return;
            }
            if (error != null) {
                show(Severity.ERROR, Errors.message(error));
            } else {
                show(Severity.INFO, "Connected " + device + " (" + device.identity().firmware() + ")");
                application.getContext().set(UiKeys.ACTIVE_DEVICE, device);
            }
            refresh();
        }));
    }

    private void disconnectSelected() {
        TableItem[] selection = table.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof Device d)) {
            return;
        }
        connections.disconnect(d).whenComplete((v, error) -> sync.asyncExec(() -> {
            if (!table.isDisposed()) {
                show(error == null ? Severity.INFO : Severity.ERROR, error == null ? "Disconnected " + d : Errors.message(error));
            }
        }));
    }

    private java.util.Optional<Device> selected() {
        TableItem[] selection = table.getSelection();
        return selection.length > 0 && selection[0].getData() instanceof Device d ? java.util.Optional.of(d) : java.util.Optional.empty();
    }

    /** Starts or stops the selected device's trace, as the check-box does. */
    void setTrace(boolean on) {
        selected().flatMap(registry::trace).ifPresent(t -> {
            try {
                t.setRecording(on);
                show(Severity.INFO, (on ? "Tracing to " : "Trace stopped; it is in ") + t.file());
            } catch (IOException e) {
                show(Severity.ERROR, "Could not start the trace in " + t.file() + ": " + e.getMessage());
            }
        });
        updateButtons();
    }

    /** Opens the selected device's trace in a window of its own; the window, or null without a selection. */
    TextViewer showTrace() {
        java.util.Optional<Device> device = selected();
        java.util.Optional<ProtocolTrace> t = device.flatMap(registry::trace);
        if (t.isEmpty()) {
            return null;
        }
        String title = "Protocol trace: " + device.get().identity().model() + " on " + device.get().identity().address().displayName()
                + "  (" + t.get().file() + ")";
        return TextViewer.show(table.getShell(), title,
                () -> new TextViewer(table.getShell(), title, t.get(), t.get().file().getFileName().toString()));
    }

    /** Selects the device in row {@code index}, as a click does. */
    void selectRow(int index) {
        table.setSelection(index);
        updateButtons();
    }

    /** Whether the trace check-box is ticked (tests). */
    boolean traceShown() {
        return trace.getSelection();
    }

    private void show(Severity severity, String text) {
        message.say(severity, text);
    }

    private void refreshLater() {
        sync.asyncExec(() -> {
            // events may come before the part is built
            if (table != null && !table.isDisposed()) {
                refresh();
            }
        });
    }

    private void refresh() {
        List<Device> devices = registry.devices();
        table.removeAll();
        for (Device d : devices) {
            TableItem item = new TableItem(table, SWT.NONE);
            ConnectionState s = d.state();
            item.setData(d);
            item.setText(new String[] { "\u25CF", d.identity().model(), d.identity().address().displayName(),
                    s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT), d.identity().firmware() });
            item.setForeground(0, Colors.of(s));
            item.setForeground(3, Colors.of(s));
            if (d == active) {
                table.setSelection(item);
            }
        }
        updateButtons();
    }

    private void updateButtons() {
        disconnect.setEnabled(table.getSelectionCount() > 0);
        java.util.Optional<ProtocolTrace> t = selected().flatMap(registry::trace);
        trace.setEnabled(t.isPresent());
        showTrace.setEnabled(t.isPresent());
        trace.setSelection(t.map(ProtocolTrace::isRecording).orElse(false));
        boolean any = !families.isEmpty();
        connect.setEnabled(any);
        simulate.setEnabled(any);
    }

    /** For tests: the port as shown. */
    String portText() {
        return port.getText();
    }

    /** For tests: the message line. */
    String feedback() {
        return message.text();
    }

    /** For tests: presses Connect. */
    void pressConnect() {
        connectPort();
    }

    /** For tests: the rows as shown. */
    List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(1) + "|" + i.getText(2) + "|" + i.getText(3)).toList();
    }
}
