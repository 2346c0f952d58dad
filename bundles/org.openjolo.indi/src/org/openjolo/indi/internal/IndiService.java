package org.openjolo.indi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.openjolo.alerts.Alerts;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.indi.IndiClientInfo;
import org.openjolo.indi.IndiServer;
import org.openjolo.indi.IndiSettings;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The INDI server: a TCP listener whose clients each get a reader and a writer thread from a small fixed pool,
 * the registry's devices as INDI devices ({@link IndiDevice}), and one pusher thread that sends what changed
 * after each telemetry snapshot, so the device's I/O worker only hands a task over.
 */
@Component(service = { IndiServer.class, DeviceListener.class }, immediate = true)
public final class IndiService implements IndiServer, DeviceListener {

    private static final System.Logger LOG = System.getLogger(IndiService.class.getName());
    /** The system property that keeps the server off at start ({@code false}), for programs other than the workbench. */
    static final String SERVE_PROPERTY = "openjolo.indi.serve";
    /** Clients served at once; Ekos, a script and a chained indiserver are a handful. */
    static final int MAX_CLIENTS = 16;

    @Reference
    DataLocation location;

    @Reference
    Alerts alerts;

    /** The INDI devices of each connected workbench device, in the order they came. */
    private final Map<Device, List<IndiDevice>> served = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Device, AtomicBoolean> pending = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private StoredSettings settings;
    private String version = "0.1.0";
    private ServerSocket listener;
    private ExecutorService pool;
    private ExecutorService pusher;
    private ScheduledExecutorService closer;
    private volatile String status = "Not started";

    @Activate
    void activate() {
        Bundle b = FrameworkUtil.getBundle(IndiService.class);
        if (b != null) {
            version = b.getVersion().getMajor() + "." + b.getVersion().getMinor() + "." + b.getVersion().getMicro();
        }
        settings = new StoredSettings(location.settings().resolve("indi.json"));
        pusher = Executors.newSingleThreadExecutor(daemon("OpenJolo INDI push"));
        closer = Executors.newSingleThreadScheduledExecutor(daemon("OpenJolo INDI close"));
        if (!Boolean.parseBoolean(System.getProperty(SERVE_PROPERTY, "true"))) {
            // the headless simulator runs from the same installation: it must leave the port to the workbench
            status = "Off in this program (" + SERVE_PROPERTY + "=false): the workbench serves the devices";
            LOG.log(Level.INFO, status);
            return;
        }
        try {
            start(settings.settings());
        } catch (IOException e) {
            LOG.log(Level.WARNING, status);
        }
    }

    @Deactivate
    void deactivate() {
        stop();
        pusher.shutdownNow();
        closer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---------------------------------------------------------------- devices
    /** Runs on the pusher thread, where the server's state changes; nothing once the server is gone. */
    private void onPusher(Runnable task) {
        try {
            pusher.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // deactivated: the clients are closed already
        }
    }

    /** Closes a client once its last words had two seconds to leave; at once when the server is going away. */
    private void closeLater(Client c) {
        try {
            closer.schedule(c::close, 2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            c.close();
        }
    }


    @Override
    public void added(Device device) {
        onPusher(() -> {
            List<IndiDevice> devices = build(device);
            served.put(device, devices);
            for (Client c : clients) {
                if (c.all) {
                    devices.forEach(d -> define(c, d, null));
                }
            }
        });
    }

    @Override
    public void removed(Device device) {
        onPusher(() -> {
            List<IndiDevice> gone = served.remove(device);
            pending.remove(device);
            if (gone != null) {
                for (IndiDevice d : gone) {
                    for (Client c : clients) {
                        if (c.defined.removeIf(k -> k.startsWith(d.name + "\0"))) {
                            c.send(Xml.del(d.name, null, d.name + " left the workbench"));
                        }
                        c.viewOff.remove(d.name);
                    }
                }
            }
        });
    }

    /** At most one push per device waits at a time: snapshots that come faster than clients are told coalesce. */
    @Override
    public void telemetry(Device device, Telemetry telemetry) {
        schedulePush(device);
    }

    @Override
    public void stateChanged(Device device, ConnectionState state, String reason) {
        schedulePush(device);
    }

    private void schedulePush(Device device) {
        AtomicBoolean flag = pending.computeIfAbsent(device, k -> new AtomicBoolean());
        if (flag.compareAndSet(false, true)) {
            onPusher(() -> {
                flag.set(false);
                List<IndiDevice> devices = served.get(device);
                if (devices != null) {
                    devices.forEach(d -> push(d, null, false));
                }
            });
        }
    }

    /**
     * The INDI devices of a workbench device: one per focuser instance (the first also carrying everything else),
     * or one without a focuser. Named by the model as the makers' drivers name them; a name already served gets
     * the port after it.
     */
    private List<IndiDevice> build(Device device) {
        List<CapabilityDescription> focusers = device.description().of(Focuser.class);
        String base = device.identity().model();
        if (names().contains(base)) {
            base = base + " " + device.identity().address().displayName().replace('.', '-');
        }
        List<IndiDevice> out = new ArrayList<>();
        if (focusers.isEmpty()) {
            out.add(new IndiDevice(base, device, null, true, alerts, version));
        }
        for (int i = 0; i < focusers.size(); i++) {
            String name = i == 0 ? base : base + " " + focusers.get(i).name();
            out.add(new IndiDevice(name, device, focusers.get(i), i == 0, alerts, version));
        }
        return out;
    }

    private List<String> names() {
        synchronized (served) {
            return served.values().stream().flatMap(List::stream).map(d -> d.name).toList();
        }
    }

    private Optional<IndiDevice> device(String name) {
        synchronized (served) {
            return served.values().stream().flatMap(List::stream).filter(d -> d.name.equals(name)).findFirst();
        }
    }

    private List<IndiDevice> all() {
        synchronized (served) {
            return served.values().stream().flatMap(List::stream).toList();
        }
    }

    /** Sends the values of a device's properties that changed (or of {@code only}, forced) to the clients that have them. */
    private void push(IndiDevice d, Vec only, boolean force) {
        for (Vec v : only == null ? concat(d.basic, d.vecs) : List.of(only)) {
            Vec.Values now = v.now();
            String message = v.message;
            if (!force && now.equals(d.sent.get(v.name))) {
                continue;
            }
            v.message = null;
            d.sent.put(v.name, now);
            String xml = Xml.set(d.name, v, now, message);
            String key = Client.key(d.name, v.name);
            for (Client c : clients) {
                if (c.defined.contains(key) && !c.viewOff.contains(d.name)) {
                    c.send(xml);
                }
            }
        }
    }

    private static List<Vec> concat(List<Vec> a, List<Vec> b) {
        List<Vec> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Defines a device's properties (or the one named) to a client: its CONNECTION, the basics, and the rest while its view is on. */
    private void define(Client c, IndiDevice d, String property) {
        boolean on = !c.viewOff.contains(d.name);
        if (property == null || property.equals("CONNECTION")) {
            c.send(connection(d, on, true));
            c.defined.add(Client.key(d.name, "CONNECTION"));
        }
        for (Vec v : concat(d.basic, on ? d.vecs : List.of())) {
            if (property == null || property.equals(v.name)) {
                Vec.Values now = v.now();
                c.send(Xml.def(d.name, v, now));
                c.defined.add(Client.key(d.name, v.name));
            }
        }
    }

    /** The client's own CONNECTION: it connects the client's view of the device, never the serial port. */
    private static String connection(IndiDevice d, boolean on, boolean def) {
        Vec v = new Vec(Vec.Kind.SWITCH, "CONNECTION", "Connection", "Main Control", "OneOfMany",
                List.of(Vec.Element.of("CONNECT", "Connect"), Vec.Element.of("DISCONNECT", "Disconnect")), null, m -> null);
        Vec.Values values = new Vec.Values(IndiDevice.OK, List.of(on ? "On" : "Off", on ? "Off" : "On"));
        return def ? Xml.def(d.name, v, values) : Xml.set(d.name, v, values, null);
    }

    // ---------------------------------------------------------------- clients

    private synchronized void start(IndiSettings s) throws IOException {
        stop();
        if (!s.enabled()) {
            status = "Off: INDI clients cannot use the devices";
            return;
        }
        try {
            ServerSocket created = new ServerSocket();
            created.setReuseAddress(true);
            created.bind(new InetSocketAddress(InetAddress.getByName(s.bindAddress()), s.port()), 16);
            listener = created;
        } catch (IOException | RuntimeException e) {
            stop();
            status = "Not serving: cannot listen on " + s.bindAddress() + ":" + s.port() + " (" + e.getMessage() + ")";
            throw e instanceof IOException io ? io : new IOException(status, e);
        }
        // one acceptor, and a reader and a writer per client
        pool = Executors.newFixedThreadPool(1 + 2 * MAX_CLIENTS, daemon("OpenJolo INDI client"));
        ServerSocket l = listener;
        pool.execute(() -> accept(l));
        int port = l.getLocalPort();
        status = "Serving INDI on " + String.join(", ", hosts(s).stream().map(h -> h + ":" + port).toList())
                + (s.lan() ? " to the network" : " to this computer only") + ". In Ekos add a remote INDI server: host " + hosts(s).get(0) + ", port "
                + port + ".";
        LOG.log(Level.INFO, status);
    }

    private static List<String> hosts(IndiSettings s) {
        return org.openjolo.transport.ServerAddresses.hosts(s.lan(), s.bindAddress());
    }

    private synchronized void stop() {
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException e) {
                // closing anyway
            }
            listener = null;
        }
        clients.forEach(Client::close);
        clients.clear();
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool = null;
        }
        status = "Stopped";
    }

    private void accept(ServerSocket l) {
        while (!l.isClosed()) {
            Socket s;
            try {
                s = l.accept();
            } catch (IOException e) {
                return;
            }
            Client c = new Client(s);
            if (clients.size() >= MAX_CLIENTS) {
                LOG.log(Level.WARNING, "INDI client " + c.address + " refused: " + MAX_CLIENTS + " clients are connected");
                // a few hundred bytes fit the socket's buffer: written here without waiting for the client
                try {
                    s.getOutputStream().write(Xml.message(null, "The workbench serves at most " + MAX_CLIENTS
                            + " INDI clients at once; disconnect another first").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    LOG.log(Level.DEBUG, "INDI client " + c.address + " gone: " + e.getMessage());
                }
                c.close();
                continue;
            }
            clients.add(c);
            LOG.log(Level.INFO, "INDI client " + c.address + " connected");
            try {
                pool.execute(c::write);
                pool.execute(() -> read(c));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                c.close();
                clients.remove(c);
            }
        }
    }

    private void read(Client c) {
        // the input stream is not closed here: closing it closes the socket, before the writer sent the last words
        try {
            InputStream in = c.socket.getInputStream();
            MessageReader reader = new MessageReader(in);
            Message m;
            while ((m = reader.next()) != null) {
                c.lastCall = java.time.Instant.now();
                c.messages.incrementAndGet();
                handle(c, m);
            }
        } catch (MessageReader.Refused e) {
            // malformed or oversized: the client is told why and dropped; the server and other clients go on
            LOG.log(Level.WARNING, "INDI client " + c.address + " dropped: " + e.getMessage());
            c.sendAndClose(Xml.message(null, "Dropped by the OpenJolo Workbench INDI server: " + e.getMessage()));
            closeLater(c);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "INDI client " + c.address + " gone: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "INDI client " + c.address + " dropped after an internal error", e);
        } finally {
            clients.remove(c);
            if (!c.isClosed()) {
                c.sendAndClose("");
                closeLater(c);
            }
            LOG.log(Level.INFO, "INDI client " + c.address + " disconnected");
        }
    }

    private void handle(Client c, Message m) {
        switch (m.tag()) {
            case "getProperties" -> onPusher(() -> getProperties(c, m.attr("device"), m.attr("name")));
            case "newNumberVector", "newSwitchVector", "newTextVector" -> onPusher(() -> newVector(c, m));
            // BLOBs are not served; the client's BLOB policy changes nothing
            case "enableBLOB", "pingReply" -> {
            }
            default -> c.send(Xml.message(m.attr("device"), "The OpenJolo Workbench INDI server does not take <" + MessageReader.clip(m.tag())
                    + ">: it takes getProperties, newNumberVector, newSwitchVector and newTextVector"));
        }
    }

    private void getProperties(Client c, String device, String property) {
        if (device == null || device.isEmpty()) {
            c.all = true;
            all().forEach(d -> define(c, d, null));
            return;
        }
        // a device this server does not have is none of its business: INDI servers stay silent, a chained
        // indiserver asks every server for the devices it wants
        device(device).ifPresent(d -> define(c, d, property == null || property.isEmpty() ? null : property));
    }

    private void newVector(Client c, Message m) {
        String device = m.attr("device");
        String property = m.attr("name");
        Optional<IndiDevice> found = device == null ? Optional.empty() : device(device);
        if (found.isEmpty()) {
            c.send(Xml.message(null, "There is no INDI device '" + device + "' here; the devices are " + String.join(", ", names())));
            return;
        }
        IndiDevice d = found.get();
        Map<String, String> values = new HashMap<>();
        for (Message.Member member : m.children()) {
            if (member.attr("name") != null) {
                values.put(member.attr("name"), member.text());
            }
        }
        if ("CONNECTION".equals(property)) {
            connect(c, d, values);
            return;
        }
        Optional<Vec> v = d.vec(property == null ? "" : property);
        if (v.isEmpty() || c.viewOff.contains(d.name)) {
            c.send(Xml.message(d.name, v.isEmpty() ? d.name + " has no property '" + property + "'" : "Connect " + d.name + " first (CONNECTION)"));
            return;
        }
        Vec vec = v.get();
        String expected = "new" + vec.kind.tag + "Vector";
        if (!vec.writable || !m.tag().equals(expected)) {
            c.send(Xml.message(d.name, !vec.writable ? property + " is read-only" : property + " is set with " + expected + ", not " + m.tag()));
            return;
        }
        for (String name : values.keySet()) {
            if (vec.elements.stream().noneMatch(e -> e.name().equals(name))) {
                fail(d, vec, property + " has no member '" + name + "'");
                return;
            }
        }
        CompletableFuture<?> done;
        try {
            if (d.device.state() != ConnectionState.CONNECTED) {
                throw new IllegalArgumentException(d.name + " is " + d.device.state().name().toLowerCase(java.util.Locale.ROOT) + " in the workbench");
            }
            done = vec.handler.apply(values);
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(d, vec, e.getMessage());
            return;
        }
        vec.override = IndiDevice.BUSY;
        push(d, vec, true);
        done.whenCompleteAsync((ok, error) -> {
            if (error == null) {
                vec.override = null;
            } else {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
                vec.override = IndiDevice.ALERT;
                vec.message = String.valueOf(cause.getMessage());
                LOG.log(Level.INFO, "INDI client " + c.address + ": " + d.name + " " + property + " refused: " + cause.getMessage());
            }
            push(d, vec, true);
            if (error == null && vec.redefines) {
                redefine(d);
            }
            // a change moves other properties with it (the target and the position, an output and the current)
            push(d, null, false);
        }, pusher);
    }

    /** Defines a device's properties again to the clients that have them: their limits changed. */
    private void redefine(IndiDevice d) {
        for (Client c : clients) {
            for (Vec v : d.vecs) {
                if (c.defined.contains(Client.key(d.name, v.name)) && !c.viewOff.contains(d.name)) {
                    c.send(Xml.def(d.name, v, v.now()));
                }
            }
        }
    }

    /** A refused change: the property turns Alert with the reason, for every client that has it. */
    private void fail(IndiDevice d, Vec vec, String why) {
        vec.override = IndiDevice.ALERT;
        vec.message = why;
        push(d, vec, true);
    }

    private void connect(Client c, IndiDevice d, Map<String, String> values) {
        boolean on = "On".equals(values.get("CONNECT")) || "Off".equals(values.get("DISCONNECT"));
        boolean off = "On".equals(values.get("DISCONNECT")) || "Off".equals(values.get("CONNECT"));
        if (on == off) {
            c.send(Xml.message(d.name, "CONNECTION takes CONNECT or DISCONNECT On"));
            return;
        }
        boolean was = !c.viewOff.contains(d.name);
        if (on && !was) {
            c.viewOff.remove(d.name);
            c.send(connection(d, true, false));
            for (Vec v : d.vecs) {
                c.send(Xml.def(d.name, v, v.now()));
                c.defined.add(Client.key(d.name, v.name));
            }
        } else if (off && was) {
            // only this client's view: the workbench and other clients keep the device
            for (Vec v : d.vecs) {
                c.defined.remove(Client.key(d.name, v.name));
                c.send(Xml.del(d.name, v.name, null));
            }
            c.viewOff.add(d.name);
            c.send(connection(d, false, false));
        } else {
            c.send(connection(d, on, false));
        }
    }

    // ---------------------------------------------------------------- service

    @Override
    public IndiSettings settings() {
        return settings.settings();
    }

    @Override
    public void configure(IndiSettings s) throws IOException {
        s.validate();
        settings.setSettings(s);
        start(s);
    }

    @Override
    public synchronized Optional<InetSocketAddress> address() {
        return listener == null ? Optional.empty() : Optional.of((InetSocketAddress) listener.getLocalSocketAddress());
    }

    @Override
    public String status() {
        return status;
    }

    @Override
    public List<String> devices() {
        return names();
    }

    @Override
    public List<IndiClientInfo> clients() {
        return clients.stream().map(Client::info).toList();
    }
}
