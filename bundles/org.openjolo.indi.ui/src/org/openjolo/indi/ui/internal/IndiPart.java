package org.openjolo.indi.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.openjolo.indi.IndiClientInfo;
import org.openjolo.indi.IndiServer;
import org.openjolo.indi.IndiSettings;
import org.openjolo.transport.ServerAddresses;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.FeedbackLine;
import org.openjolo.ui.parts.ServerForm;
import org.openjolo.ui.parts.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The INDI server: where it serves and what to type into Ekos, this computer only or the network on a chosen
 * interface and port, the INDI devices it serves and the clients connected now.
 */
public final class IndiPart {

    @Inject
    IndiServer server;

    @Inject
    StatusReporter status;

    private ServerForm form;
    private Text port;
    private FeedbackLine feedback;
    private Table devices;
    private Table clients;
    private Text examples;

    @PostConstruct
    void create(Composite part) {
        IndiSettings s = server.settings();
        form = new ServerForm(part, "Serve the connected devices over INDI", s.enabled(), s.lan(), s.address());
        Composite parent = form.body;
        Group g = form.server;
        new Label(g, SWT.NONE).setText("TCP port");
        port = new Text(g, SWT.BORDER | SWT.RIGHT);
        port.setText(Integer.toString(s.port()));
        port.setToolTipText("1 to 65535; 7624 is INDI's");
        port.setLayoutData(new GridData(70, SWT.DEFAULT));
        Button apply = new Button(g, SWT.PUSH);
        apply.setText("Apply");
        apply.addListener(SWT.Selection, e -> apply());
        Label line = new Label(g, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 1, 1));
        feedback = new FeedbackLine(line, status);

        Group d = new Group(parent, SWT.NONE);
        d.setText("INDI devices served (a device with two focusers is two INDI devices)");
        d.setLayout(new GridLayout(1, false));
        d.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        devices = Tables.create(d, SWT.NONE, 2, "INDI device", 420);

        Group c = new Group(parent, SWT.NONE);
        c.setText("INDI clients connected");
        c.setLayout(new GridLayout(1, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        clients = Tables.create(c, SWT.NONE, 3, "From", 170, "Connected", 160, "Last message", 140, "Messages", 90);

        Group x = new Group(parent, SWT.NONE);
        x.setText("From a terminal (Debian's indi-bin)");
        x.setLayout(new GridLayout(1, false));
        x.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        examples = new Text(x, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER);
        examples.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        show();
        form.everyTwoSeconds(this::show);
    }

    void apply() {
        String text = port.getText().strip();
        int p;
        try {
            p = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            feedback.say(Severity.ERROR, "The TCP port must be a whole number from 1 to 65535, not '" + text + "'");
            return;
        }
        try {
            server.configure(new IndiSettings(form.enabled(), form.lan(), form.address(), p));
            feedback.say(Severity.INFO, "INDI server settings applied");
        } catch (IllegalArgumentException e) {
            feedback.say(Severity.ERROR, e.getMessage());
        } catch (IOException e) {
            feedback.say(Severity.ERROR, server.status());
        }
        show();
    }

    private void show() {
        form.showState(server.status(), server.address().isPresent(), server.settings().lan());
        List<String> names = server.devices();
        devices.setItemCount(names.size());
        for (int i = 0; i < names.size(); i++) {
            devices.getItem(i).setText(names.get(i));
        }
        List<IndiClientInfo> connected = server.clients();
        clients.setItemCount(connected.size());
        Instant now = Instant.now();
        for (int i = 0; i < connected.size(); i++) {
            IndiClientInfo c = connected.get(i);
            clients.getItem(i).setText(new String[] { c.address(), ago(c.since(), now) + " ago", ago(c.lastCall(), now) + " ago",
                    Long.toString(c.messages()) });
        }
        int p = server.address().map(a -> a.getPort()).orElse(server.settings().port());
        String host = server.settings().lan() ? ServerAddresses.hosts(true, server.settings().bindAddress()).get(0) : "127.0.0.1";
        String text = "indi_getprop -h " + host + " -p " + p + " '*.*.*'\n"
                + "indi_setprop -h " + host + " -p " + p + " '" + (names.isEmpty() ? "AstroLink 4 USB" : names.get(0))
                + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=3455'";
        if (!text.equals(examples.getText())) {
            examples.setText(text);
        }
        form.refit();
    }

    private static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        return s < 120 ? s + " s" : s / 60 + " min";
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

    /** For tests: the INDI devices listed. */
    List<String> deviceRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : devices.getItems()) {
            rows.add(item.getText(0));
        }
        return rows;
    }

    /** For tests: the clients as their cells joined with "|". */
    List<String> clientRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : clients.getItems()) {
            rows.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3));
        }
        return rows;
    }
}
