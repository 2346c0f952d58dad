package org.openjolo.indi.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.FeedbackLine;
import org.openjolo.ui.parts.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The INDI server: where it serves and what to type into Ekos, this computer only or the network on a chosen
 * interface and port, the INDI devices it serves and the clients connected now.
 */
public final class IndiPart {

    private static final int REFRESH_MS = 2000;

    @Inject
    IndiServer server;

    @Inject
    StatusReporter status;

    private ScrolledComposite scroller;
    private Label state;
    private Button enabled;
    private Button lan;
    private Combo address;
    private Text port;
    private FeedbackLine feedback;
    private Table devices;
    private Table clients;
    private Text examples;

    @PostConstruct
    void create(Composite part) {
        part.setLayout(new FillLayout());
        // a part in a small stack scrolls rather than squeezing its tables to nothing
        scroller = new ScrolledComposite(part, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite parent = new Composite(scroller, SWT.NONE);
        scroller.setContent(parent);
        parent.setLayout(new GridLayout(1, false));
        state = new Label(parent, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 600;
        state.setLayoutData(wide);

        Group g = new Group(parent, SWT.NONE);
        g.setText("Server");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        IndiSettings s = server.settings();
        enabled = new Button(g, SWT.CHECK);
        enabled.setText("Serve the connected devices over INDI");
        enabled.setSelection(s.enabled());
        enabled.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        Button loopback = new Button(g, SWT.RADIO);
        loopback.setText("This computer only (127.0.0.1)");
        loopback.setSelection(!s.lan());
        loopback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        lan = new Button(g, SWT.RADIO);
        lan.setText("The network, on");
        lan.setSelection(s.lan());
        lan.setToolTipText("Other computers can then move the focuser and switch the outputs: only on a network you trust");
        address = new Combo(g, SWT.DROP_DOWN);
        address.add("0.0.0.0");
        // every interface's address; the loopback one is what "this computer only" means
        ServerAddresses.hosts(true, "0.0.0.0").stream().filter(h -> !h.equals("127.0.0.1")).forEach(address::add);
        address.setText(s.address());
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
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
        parent.getDisplay().timerExec(REFRESH_MS, new Runnable() {
            @Override
            public void run() {
                if (!state.isDisposed()) {
                    show();
                    state.getDisplay().timerExec(REFRESH_MS, this);
                }
            }
        });
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
            server.configure(new IndiSettings(enabled.getSelection(), lan.getSelection(), address.getText().strip(), p));
            feedback.say(Severity.INFO, "INDI server settings applied");
        } catch (IllegalArgumentException e) {
            feedback.say(Severity.ERROR, e.getMessage());
        } catch (IOException e) {
            feedback.say(Severity.ERROR, server.status());
        }
        show();
    }

    private void show() {
        boolean serving = server.address().isPresent();
        state.setText(server.status());
        state.setForeground(serving ? (server.settings().lan() ? Colors.ORANGE : Colors.GREEN) : Colors.RED);
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
        state.getParent().layout(true, true);
        org.eclipse.swt.graphics.Point size = state.getParent().computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (scroller.getMinWidth() != size.x || scroller.getMinHeight() != size.y) {
            scroller.setMinSize(size);
        }
    }

    private static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        return s < 120 ? s + " s" : s / 60 + " min";
    }

    /** For tests. */
    String stateText() {
        return state.getText();
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
        scroller.setOrigin(0, clients.getParent().getLocation().y);
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
