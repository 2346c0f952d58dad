package org.openjolo.alpaca.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openjolo.alpaca.AlpacaClientActivity;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.FeedbackLine;
import org.openjolo.ui.parts.ServerForm;
import org.openjolo.ui.parts.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Alpaca server: where it serves and what to type into an imaging program, loopback or LAN access on a
 * chosen interface and port, the devices it offers with their numbers and UniqueIDs, curl lines to copy.
 */
public final class AlpacaPart {

    @Inject
    AlpacaServer server;

    @Inject
    StatusReporter status;

    private ServerForm form;
    private Text port;
    private Text discovery;
    private FeedbackLine feedback;
    private Table devices;
    private Table clients;
    private Label requests;
    private Text examples;

    @PostConstruct
    void create(Composite part) {
        AlpacaSettings s = server.settings();
        form = new ServerForm(part, "Serve the connected devices over ASCOM Alpaca", s.enabled(), s.lan(), s.address());
        Composite parent = form.body;
        Group g = form.server;
        new Label(g, SWT.NONE).setText("HTTP port");
        port = number(g, s.port(), "1 to 65535; 11111 is the Alpaca custom");
        new Label(g, SWT.NONE).setText("Discovery port (0 = off)");
        discovery = number(g, s.discoveryPort(), "UDP; 32227 is the Alpaca standard, where N.I.N.A. looks");
        Button apply = new Button(g, SWT.PUSH);
        apply.setText("Apply");
        apply.addListener(SWT.Selection, e -> apply());
        Label line = new Label(g, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        feedback = new FeedbackLine(line, status);

        Group d = new Group(parent, SWT.NONE);
        d.setText("Devices offered (a device keeps its number across restarts)");
        d.setLayout(new GridLayout(1, false));
        d.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        devices = Tables.create(d, SWT.NONE, 6, "Type", 140, "Number", 60, "Name", 330, "UniqueID", 290, "Now", 90);
        requests = new Label(d, SWT.NONE);
        requests.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Group c = new Group(parent, SWT.NONE);
        c.setText("Programs using the devices");
        c.setLayout(new GridLayout(1, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        clients = Tables.create(c, SWT.NONE, 3, "ClientID", 70, "From", 110, "Connected to", 330, "Last call", 330, "Requests", 80);

        Group x = new Group(parent, SWT.NONE);
        x.setText("From a terminal (or openjolo-alpaca move 3455, dc 1 on, pwm 1 30, compensate 20)");
        x.setLayout(new GridLayout(1, false));
        x.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        examples = new Text(x, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER);
        examples.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        show();
        form.everyTwoSeconds(this::show);
    }

    private static Text number(Composite parent, int value, String tip) {
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setText(Integer.toString(value));
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(70, SWT.DEFAULT));
        return t;
    }

    void apply() {
        Integer p = parse(port.getText(), "The HTTP port", 1);
        Integer u = p == null ? null : parse(discovery.getText(), "The discovery port", 0);
        if (u == null) {
            return;
        }
        try {
            server.configure(new AlpacaSettings(form.enabled(), form.lan(), form.address(), p, u));
            say(Severity.INFO, "Alpaca server settings applied");
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
        } catch (IOException e) {
            say(Severity.ERROR, server.status());
        }
        show();
    }

    private Integer parse(String text, String what, int min) {
        String s = text.strip();
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= 65535) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        say(Severity.ERROR, what + " must be a whole number from " + min + " to 65535, not '" + s + "'");
        return null;
    }

    private void say(Severity severity, String text) {
        feedback.say(severity, text);
    }

    private void show() {
        form.showState(server.status(), server.address().isPresent(), server.settings().lan());
        List<ServedDevice> served = server.devices();
        devices.setItemCount(served.size());
        for (int i = 0; i < served.size(); i++) {
            ServedDevice s = served.get(i);
            TableItem item = devices.getItem(i);
            item.setText(new String[] { s.deviceType(), Integer.toString(s.number()), s.name(), s.uniqueId(), s.available() ? "connected" : "not connected" });
        }
        requests.setText("Requests answered since start: " + server.requests());
        List<AlpacaClientActivity> callers = server.clients();
        clients.setItemCount(callers.size());
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < callers.size(); i++) {
            AlpacaClientActivity a = callers.get(i);
            long ago = Math.max(0, java.time.Duration.between(a.lastCall(), now).toSeconds());
            clients.getItem(i).setText(new String[] { a.clientId() == 0 ? "none" : Long.toString(a.clientId()), a.address(),
                    a.connectedTo().isEmpty() ? "nothing" : String.join(", ", a.connectedTo()), ago + " s ago: " + a.lastRequest(), Long.toString(a.requests()) });
        }
        String base = server.address().map(a -> "http://" + (server.settings().lan() ? hostFor(a.getAddress().getHostAddress()) : "127.0.0.1") + ":" + a.getPort())
                .orElse("http://127.0.0.1:11111");
        // one ClientID throughout: Connected is kept per client
        String text = "curl -X PUT -d 'Connected=True&ClientID=1' " + base + "/api/v1/focuser/0/connected\n"
                + "curl -X PUT -d 'Position=3455&ClientID=1' " + base + "/api/v1/focuser/0/move\n"
                + "curl '" + base + "/api/v1/focuser/0/position?ClientID=1'\n"
                + "curl -X PUT -d 'Command=S:20&Raw=True&ClientID=1' " + base + "/api/v1/focuser/0/commandstring";
        if (!text.equals(examples.getText())) {
            examples.setText(text);
        }
        form.refit();
    }

    private static String hostFor(String bound) {
        return bound.equals("0.0.0.0") ? ServerForm.interfaces().stream().skip(1).findFirst().orElse("127.0.0.1") : bound;
    }

    /** For tests. */
    String stateText() {
        return form.stateText();
    }

    /** For tests. */
    String feedback() {
        return feedback.text();
    }

    /** For tests: types a port and presses Apply. */
    void applyPort(String text) {
        port.setText(text);
        apply();
    }

    /** For tests and screenshots: scrolls the clients into view. */
    void revealClients() {
        form.reveal(clients.getParent());
    }

    /** For tests: the clients as their cells joined with "|". */
    List<String> clientRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : clients.getItems()) {
            rows.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3) + "|" + item.getText(4));
        }
        return rows;
    }

    /** For tests: the devices as "type number name". */
    List<String> deviceRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : devices.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
        }
        return rows;
    }
}
