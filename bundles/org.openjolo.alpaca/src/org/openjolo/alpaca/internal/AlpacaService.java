package org.openjolo.alpaca.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjolo.alerts.Alerts;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.compensation.Compensation;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.DeviceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Alpaca REST server ({@code /api/v1/{type}/{number}/{member}} and the management API) on the JDK's HTTP
 * server with a small fixed pool of request threads, and UDP discovery.
 */
@Component(service = { AlpacaServer.class, DeviceListener.class }, immediate = true)
public final class AlpacaService implements AlpacaServer, DeviceListener {

    private static final System.Logger LOG = System.getLogger(AlpacaService.class.getName());
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final int MAX_BODY = 64 * 1024;
    private static final int THREADS = 8;
    /** The system property that keeps the server off at start ({@code false}), for programs other than the workbench. */
    static final String SERVE_PROPERTY = "openjolo.alpaca.serve";

    /**
     * The connected devices in the order they came, as the registry's whiteboard tells them (it tells a new
     * listener the devices it already has). Not a reference to the registry: the registry references this
     * listener, and both ways round would make a circle DS reports at every start.
     */
    private final java.util.concurrent.CopyOnWriteArrayList<Device> connected = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference
    DataLocation location;

    @Reference
    Alerts alerts;

    @Reference
    Compensation compensation;

    private StoredState state;
    private Members members;
    private String version;
    private final AtomicLong serverTransaction = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    /** Each caller's latest request, by ClientID and address; kept small (see {@link #MAX_CLIENTS}). */
    private final Map<String, Caller> callers = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CLIENTS = 64;

    /** What the Alpaca part shows of one caller. */
    private record Caller(long clientId, String address, java.time.Instant last, String request, long count) {
    }
    private HttpServer server;
    private ExecutorService pool;
    private Discovery discovery;
    private volatile String status = "Not started";

    /** The registry's whiteboard: a device that connects gets its device numbers at once. */
    @Override
    public void added(Device device) {
        connected.addIfAbsent(device);
        number(device);
    }

    /** Its clients' connections are forgotten: a device that comes back starts unconnected for them. */
    @Override
    public void removed(Device device) {
        connected.remove(device);
        members.forget(device.identity().key());
    }

    @Activate
    void activate() {
        Bundle b = FrameworkUtil.getBundle(AlpacaService.class);
        version = b == null ? "0.1.0" : b.getVersion().getMajor() + "." + b.getVersion().getMinor() + "." + b.getVersion().getMicro();
        state = new StoredState(location.settings().resolve("alpaca.json"));
        members = new Members(alerts, compensation, version);
        if (!Boolean.parseBoolean(System.getProperty(SERVE_PROPERTY, "true"))) {
            // the headless simulator runs from the same installation: it must leave the port to the workbench
            status = "Off in this program (" + SERVE_PROPERTY + "=false): the workbench serves the devices";
            LOG.log(Level.INFO, status);
            return;
        }
        try {
            start(state.settings());
        } catch (IOException e) {
            LOG.log(Level.WARNING, status);
        }
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    private void number(Device d) {
        for (Endpoint e : endpoints(d)) {
            state.number(e.type(), e.key());
        }
    }

    /**
     * One Alpaca device: a type a workbench device offers and, for a focuser, which of its focusers.
     *
     * @param instance the focuser instance, null for the device's first
     * @param key      what its number and UniqueID are kept under: the device's key, and for a further focuser
     *                 the key with {@code #<instance>} (so the first focuser keeps the number and UniqueID it
     *                 had before devices could have several)
     */
    private record Endpoint(Device device, String type, String instance, String key) {
    }

    /** The Alpaca devices a workbench device stands behind: one Focuser per focuser instance, one of each other type. */
    static List<Endpoint> endpoints(Device d) {
        List<Endpoint> out = new ArrayList<>();
        String key = d.identity().key();
        for (String type : Members.TYPES) {
            if (!Members.offers(d, type)) {
                continue;
            }
            if (type.equals(Members.FOCUSER)) {
                List<CapabilityDescription> focusers = d.description().of(Focuser.class);
                for (int i = 0; i < focusers.size(); i++) {
                    String id = focusers.get(i).id();
                    out.add(new Endpoint(d, type, i == 0 ? null : id, i == 0 ? key : key + "#" + id));
                }
            } else {
                out.add(new Endpoint(d, type, null, key));
            }
        }
        return out;
    }

    private synchronized void start(AlpacaSettings s) throws IOException {
        stop();
        callers.clear();
        if (!s.enabled()) {
            status = "Off: other programs cannot use the devices";
            return;
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(s.bindAddress(), s.port()), 64);
            pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "OpenJolo Alpaca request");
                t.setDaemon(true);
                return t;
            });
            created.setExecutor(pool);
            created.createContext("/", this::handle);
            created.start();
            server = created;
        } catch (IOException | RuntimeException e) {
            stop();
            status = "Not serving: cannot listen on " + s.bindAddress() + ":" + s.port() + " (" + e.getMessage() + ")";
            throw e instanceof IOException io ? io : new IOException(status, e);
        }
        int port = server.getAddress().getPort();
        String discoveryNote = "";
        if (s.discoveryPort() > 0) {
            try {
                discovery = new Discovery(s.lan() ? "0.0.0.0" : "127.0.0.1", s.discoveryPort(), port);
                discoveryNote = "; discovery on UDP " + discovery.port();
            } catch (IOException e) {
                discoveryNote = "; discovery unavailable (UDP " + s.discoveryPort() + ": " + e.getMessage() + ")";
                LOG.log(Level.WARNING, "Alpaca discovery unavailable: " + e.getMessage());
            }
        }
        status = "Serving " + String.join(", ", urls(s, port)) + (s.lan() ? " to the network" : " to this computer only") + discoveryNote
                + ". In N.I.N.A. choose the ASCOM Alpaca device (discovered) or enter host " + hosts(s).get(0) + " and port " + port + ".";
        LOG.log(Level.INFO, status);
    }

    private static List<String> hosts(AlpacaSettings s) {
        return org.openjolo.transport.ServerAddresses.hosts(s.lan(), s.bindAddress());
    }

    private static List<String> urls(AlpacaSettings s, int port) {
        return hosts(s).stream().map(h -> "http://" + h + ":" + port).toList();
    }

    private synchronized void stop() {
        if (discovery != null) {
            discovery.close();
            discovery = null;
        }
        if (server != null) {
            server.stop(0);
            server = null;
        }
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

    // ---------------------------------------------------------------- requests

    /** An answer: status, content type, body. */
    private record Reply(int status, String type, String body) {
        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body);
        }
    }

    private void handle(HttpExchange ex) {
        requests.incrementAndGet();
        Reply reply;
        try {
            reply = route(ex);
        } catch (HttpProblem p) {
            reply = Reply.text(p.status, p.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Alpaca request " + ex.getRequestURI() + " failed", e);
            reply = Reply.text(500, "Internal error: " + e);
        }
        try (ex) {
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", reply.type());
            ex.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away; nothing to tell it
            LOG.log(Level.DEBUG, "Alpaca client gone: " + e.getMessage());
        }
    }

    private Reply route(HttpExchange ex) throws HttpProblem {
        String method = ex.getRequestMethod();
        boolean put = method.equals("PUT");
        if (!put && !method.equals("GET")) {
            throw new HttpProblem(405, "Alpaca uses GET and PUT, not " + method);
        }
        Params params = Params.parse(put ? body(ex) : ex.getRequestURI().getRawQuery(), put);
        long clientTransaction = params.id("ClientTransactionID");
        long clientId = params.id("ClientID");
        String rawPath = ex.getRequestURI().getPath();
        String[] path = rawPath.replaceAll("/+$", "").split("/");
        if (!rawPath.equals(rawPath.toLowerCase(Locale.ROOT))) {
            // the Alpaca paths are lower case; ConformU checks that other casings are refused
            throw HttpProblem.badRequest("Alpaca paths are lower case: " + rawPath.toLowerCase(Locale.ROOT) + ", not " + rawPath);
        }
        if (path.length == 3 && path[1].equals("management") && path[2].equals("apiversions")) {
            return ok(List.of(1), clientTransaction);
        }
        if (path.length == 4 && path[1].equals("management") && path[2].equals("v1")) {
            return switch (path[3]) {
                case "description" -> ok(description(), clientTransaction);
                case "configureddevices" -> ok(configured(), clientTransaction);
                default -> throw HttpProblem.badRequest("No management member '" + path[3] + "': description, configureddevices");
            };
        }
        if (path.length != 6 || !path[1].equals("api") || !path[2].equals("v1")) {
            throw new HttpProblem(404, "Not an Alpaca path: expected /api/v1/{device_type}/{device_number}/{member} or /management/...");
        }
        String type = path[3];
        if (!Members.TYPES.contains(type)) {
            throw HttpProblem.badRequest("This server has no device type '" + type + "'; it serves " + String.join(", ", Members.TYPES));
        }
        int number;
        try {
            number = Integer.parseInt(path[4]);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The device number must be a whole number, not '" + path[4] + "'");
        }
        Endpoint endpoint = endpoint(type, number)
                .orElseThrow(() -> HttpProblem.badRequest("There is no " + type + " number " + number + "; see /management/v1/configureddevices"));
        String member = path[5];
        remember(ex, clientId, method + " " + type + "/" + number + "/" + member);
        try {
            Object value = members.call(new Call(type, endpoint.device(), member, put, params, clientId, endpoint.instance()));
            return value == Members.NONE ? reply(null, false, clientTransaction, 0, "") : ok(value, clientTransaction);
        } catch (AlpacaException e) {
            // a GET answers with a Value even with an error (ConformU's strict mode): its type's empty value
            return reply(put ? null : Members.emptyValue(member), !put, clientTransaction, e.number, e.getMessage());
        }
    }

    /** Notes a caller of the device API; the oldest is forgotten beyond {@link #MAX_CLIENTS}, so a scan cannot grow it. */
    private void remember(HttpExchange ex, long clientId, String request) {
        String address = ex.getRemoteAddress() == null ? "?" : ex.getRemoteAddress().getAddress().getHostAddress();
        callers.merge(clientId + "@" + address, new Caller(clientId, address, java.time.Instant.now(), request, 1),
                (old, now) -> new Caller(clientId, address, now.last(), request, old.count() + 1));
        if (callers.size() > MAX_CLIENTS) {
            callers.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last())).ifPresent(e -> callers.remove(e.getKey()));
        }
    }

    private static String body(HttpExchange ex) throws HttpProblem {
        try (InputStream in = ex.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY + 1);
            if (data.length > MAX_BODY) {
                throw new HttpProblem(413, "The request body is larger than " + MAX_BODY / 1024 + " KiB");
            }
            return new String(data, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HttpProblem.badRequest("Could not read the request body: " + e.getMessage());
        }
    }

    private Reply ok(Object value, long clientTransaction) {
        return reply(value, true, clientTransaction, 0, "");
    }

    private Reply reply(Object value, boolean withValue, long clientTransaction, int error, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (withValue) {
            json.put("Value", value);
        }
        json.put("ClientTransactionID", clientTransaction);
        json.put("ServerTransactionID", serverTransaction.updateAndGet(n -> n >= 0xFFFF_FFFFL ? 1 : n + 1));
        json.put("ErrorNumber", error);
        json.put("ErrorMessage", message);
        return new Reply(200, "application/json; charset=utf-8", GSON.toJson(json));
    }

    private Map<String, Object> description() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ServerName", "OpenJolo Workbench");
        d.put("Manufacturer", "OpenJolo");
        d.put("ManufacturerVersion", version);
        d.put("Location", System.getProperty("user.name", "") + "@" + hostName());
        return d;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private List<Map<String, Object>> configured() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ServedDevice s : devices()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("DeviceName", s.name());
            d.put("DeviceType", switch (s.deviceType()) {
                case Members.FOCUSER -> "Focuser";
                case Members.SWITCH -> "Switch";
                case Members.CONDITIONS -> "ObservingConditions";
                default -> "SafetyMonitor";
            });
            d.put("DeviceNumber", s.number());
            d.put("UniqueID", s.uniqueId());
            list.add(d);
        }
        return list;
    }

    private Optional<Endpoint> endpoint(String type, int number) {
        String key = state.key(type, number);
        return key == null ? Optional.empty()
                : connected.stream().flatMap(d -> endpoints(d).stream()).filter(e -> e.type().equals(type) && e.key().equals(key)).findFirst();
    }

    // ---------------------------------------------------------------- service

    @Override
    public AlpacaSettings settings() {
        return state.settings();
    }

    @Override
    public void configure(AlpacaSettings settings) throws IOException {
        settings.validate();
        state.setSettings(settings);
        start(settings);
    }

    @Override
    public synchronized Optional<InetSocketAddress> address() {
        return server == null ? Optional.empty() : Optional.of(server.getAddress());
    }

    @Override
    public String status() {
        return status;
    }

    @Override
    public List<ServedDevice> devices() {
        List<ServedDevice> served = new ArrayList<>();
        for (Device d : connected) {
            for (Endpoint e : endpoints(d)) {
                served.add(new ServedDevice(e.type(), state.number(e.type(), e.key()), Members.name(d, e.type(), e.instance()), uniqueId(e.type(), e.key()),
                        d.identity().key(), d.state() == ConnectionState.CONNECTED, e.instance() == null ? "" : e.instance()));
            }
        }
        served.sort(Comparator.comparing((ServedDevice s) -> Members.TYPES.indexOf(s.deviceType())).thenComparing(ServedDevice::number));
        return served;
    }

    /** Derived from the device's identity, so a client's stored choice survives restarts. */
    static String uniqueId(String type, String deviceKey) {
        return UUID.nameUUIDFromBytes(("openjolo/" + type + "/" + deviceKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public long requests() {
        return requests.get();
    }

    @Override
    public List<org.openjolo.alpaca.AlpacaClientActivity> clients() {
        List<ServedDevice> served = devices();
        return callers.values().stream().sorted(Comparator.comparing(Caller::last).reversed())
                .map(c -> new org.openjolo.alpaca.AlpacaClientActivity(c.clientId(), c.address(),
                        served.stream().filter(d -> d.available() && members.hasConnected(c.clientId(), d.deviceKey())).map(ServedDevice::name).toList(),
                        c.last(), c.request(), c.count()))
                .toList();
    }
}
