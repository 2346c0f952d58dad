package org.openjolo.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.openjolo.transport.ServerAddresses;

/**
 * What the parts of the workbench's servers (Alpaca, INDI) share: a body that scrolls rather than squeezing its
 * tables to nothing in a small stack, the status line coloured by where the server serves, and the
 * <em>Server</em> group with the serve switch and "this computer only" or "the network, on" an interface, to
 * which each part adds its ports and Apply (the group has four columns).
 */
public final class ServerForm {

    private static final int REFRESH_MS = 2000;

    private final ScrolledComposite scroller;
    /** The part's content, one column: the status line, the server group, then what the part adds. */
    public final Composite body;
    /** The server group, four columns: the part adds its ports, Apply and feedback. */
    public final Group server;
    private final Label state;
    private final Button enabled;
    private final Button lan;
    private final Combo address;

    /**
     * Builds the form in a part.
     *
     * @param serveText the serve switch's text ("Serve the connected devices over INDI")
     */
    public ServerForm(Composite part, String serveText, boolean isEnabled, boolean isLan, String boundAddress) {
        part.setLayout(new FillLayout());
        scroller = new ScrolledComposite(part, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        scroller.setContent(body);
        body.setLayout(new GridLayout(1, false));
        state = new Label(body, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 600;
        state.setLayoutData(wide);

        server = new Group(body, SWT.NONE);
        server.setText("Server");
        server.setLayout(new GridLayout(4, false));
        server.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        enabled = new Button(server, SWT.CHECK);
        enabled.setText(serveText);
        enabled.setSelection(isEnabled);
        enabled.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        Button loopback = new Button(server, SWT.RADIO);
        loopback.setText("This computer only (127.0.0.1)");
        loopback.setSelection(!isLan);
        loopback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        lan = new Button(server, SWT.RADIO);
        lan.setText("The network, on");
        lan.setSelection(isLan);
        lan.setToolTipText("Other computers can then move the focuser and switch the outputs: only on a network you trust");
        address = new Combo(server, SWT.DROP_DOWN);
        interfaces().forEach(address::add);
        address.setText(boundAddress);
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    /** The interfaces one may serve on: all (0.0.0.0), then each IPv4 address of an interface that is up. */
    public static List<String> interfaces() {
        List<String> list = new ArrayList<>(List.of("0.0.0.0"));
        ServerAddresses.hosts(true, "0.0.0.0").stream().filter(h -> !h.equals("127.0.0.1")).forEach(list::add);
        return list;
    }

    /** Whether the serve switch is on. */
    public boolean enabled() {
        return enabled.getSelection();
    }

    /** Whether "the network, on" is chosen. */
    public boolean lan() {
        return lan.getSelection();
    }

    /** The interface address typed or chosen. */
    public String address() {
        return address.getText().strip();
    }

    /** Shows the server's status: green to this computer, orange to the network, red when it does not serve. */
    public void showState(String status, boolean serving, boolean toNetwork) {
        state.setText(status);
        state.setForeground(serving ? (toNetwork ? Colors.ORANGE : Colors.GREEN) : Colors.RED);
    }

    /** The status shown. */
    public String stateText() {
        return state.getText();
    }

    /** Lays the body out again after its content changed, and lets it scroll to its new size. */
    public void refit() {
        body.layout(true, true);
        Point size = body.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (scroller.getMinWidth() != size.x || scroller.getMinHeight() != size.y) {
            scroller.setMinSize(size);
        }
    }

    /** Runs {@code show} every two seconds while the part is open. */
    public void everyTwoSeconds(Runnable show) {
        body.getDisplay().timerExec(REFRESH_MS, new Runnable() {
            @Override
            public void run() {
                if (!body.isDisposed()) {
                    show.run();
                    body.getDisplay().timerExec(REFRESH_MS, this);
                }
            }
        });
    }

    /** Scrolls a control of the body to the top, for screenshots. */
    public void reveal(Composite control) {
        scroller.setOrigin(0, control.getLocation().y);
    }
}
