package org.openjolo.core.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DataLocation;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.Device;
import org.openjolo.core.Telemetry;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.ProtocolTrace;
import org.openjolo.core.events.DeviceEvents;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The device registry service: one {@link IoWorker} per connected device. */
@Component(service = DeviceRegistry.class, immediate = true)
public final class DeviceRegistryImpl implements DeviceRegistry {

    private static final System.Logger LOG = System.getLogger(DeviceRegistryImpl.class.getName());

    private final Map<String, DeviceFamily> families = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<IoWorker> workers = new CopyOnWriteArrayList<>();
    /** The whiteboard: every {@link DeviceListener} service hears every device. */
    private final CopyOnWriteArrayList<DeviceListener> whiteboard = new CopyOnWriteArrayList<>();
    /** The devices whose {@code added} the whiteboard heard and whose {@code removed} it has not yet. */
    private final java.util.Set<Device> announced = new java.util.LinkedHashSet<>();

    @Reference
    TransportFactory transports;

    @Reference
    DataLocation location;

    @Reference
    org.openjolo.core.DeviceProfiles profiles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    IoWorker.Backoff backoff = IoWorker.Backoff.DEFAULT;
    private ConnectionMemory memory;

    /** For Declarative Services. */
    public DeviceRegistryImpl() {
    }

    /** For tests outside OSGi. */
    DeviceRegistryImpl(TransportFactory transports, DataLocation location, IoWorker.Backoff backoff) {
        this.transports = transports;
        this.location = location;
        this.profiles = new FileDeviceProfiles(location);
        this.backoff = backoff;
        activate();
    }

    @Activate
    void activate() {
        memory = new ConnectionMemory(location.settings().resolve("connections.json"));
    }

    @Deactivate
    void deactivate() {
        // shutting down is not a disconnect: the devices stay remembered for the next start
        workers.forEach(w -> w.close().join());
        workers.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFamily(DeviceFamily family) {
        families.put(family.id(), family);
    }

    void removeFamily(DeviceFamily family) {
        families.remove(family.id(), family);
        for (IoWorker w : workers) {
            if (w.device() != null && w.device().identity().familyId().equals(family.id())) {
                closeWorker(w);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeviceListener(DeviceListener listener) {
        synchronized (announced) {
            whiteboard.addIfAbsent(listener);
            announced.forEach(d -> safely(listener, "added", l -> l.added(d)));
        }
    }

    void removeDeviceListener(DeviceListener listener) {
        whiteboard.remove(listener);
    }

    /** Passes a worker's news to the whiteboard, each listener on its own so one failing cannot silence the others. */
    private final DeviceListener fanOut = new DeviceListener() {
        @Override
        public void telemetry(Device device, Telemetry telemetry) {
            whiteboard.forEach(l -> safely(l, "telemetry", x -> x.telemetry(device, telemetry)));
        }

        @Override
        public void stateChanged(Device device, ConnectionState state, String reason) {
            whiteboard.forEach(l -> safely(l, "stateChanged", x -> x.stateChanged(device, state, reason)));
        }
    };

    private void announce(Device device, boolean added) {
        synchronized (announced) {
            if (added ? announced.add(device) : announced.remove(device)) {
                whiteboard.forEach(l -> safely(l, added ? "added" : "removed", x -> {
                    if (added) {
                        x.added(device);
                    } else {
                        x.removed(device);
                    }
                }));
            }
        }
    }

    private static void safely(DeviceListener listener, String what, java.util.function.Consumer<DeviceListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Device listener " + listener.getClass().getName() + " failed in " + what, e);
        }
    }

    @Override
    public List<DeviceFamily> families() {
        return families.values().stream().sorted(Comparator.comparing(DeviceFamily::displayName)).toList();
    }

    @Override
    public Optional<DeviceFamily> family(String familyId) {
        return Optional.ofNullable(families.get(familyId));
    }

    @Override
    public CompletableFuture<Device> connect(String familyId, TransportAddress address) {
        DeviceFamily family = families.get(familyId);
        if (family == null) {
            return CompletableFuture.failedFuture(unknownFamily(familyId));
        }
        Transport transport;
        try {
            transport = transports.create(address, family.baudRate());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, e.getMessage(), e));
        }
        return connect(family, transport);
    }

    @Override
    public CompletableFuture<Device> connect(String familyId, Transport transport) {
        DeviceFamily family = families.get(familyId);
        if (family == null) {
            transport.close();
            return CompletableFuture.failedFuture(unknownFamily(familyId));
        }
        return connect(family, transport);
    }

    private DeviceException unknownFamily(String familyId) {
        return new DeviceException(Reason.NOT_SUPPORTED, "No device family '" + familyId
                + "' is installed; installed: " + families.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }

    private CompletableFuture<Device> connect(DeviceFamily family, Transport transport) {
        TransportAddress address = transport.address();
        for (IoWorker w : workers) {
            if (w.address().equals(address) || w.port().equals(address)) {
                transport.close();
                return CompletableFuture.failedFuture(new DeviceException(Reason.BUSY,
                        address.displayName() + " is already connected as " + w.device()));
            }
        }
        String serial = transports == null ? "" : transports.serialNumber(address);
        String portKey = new DeviceIdentity(family.id(), "", "", address).portKey();
        String key = serial.isEmpty() ? portKey : DeviceIdentity.key(family.id(), serial);
        if (!serial.isEmpty() && profiles instanceof FileDeviceProfiles files) {
            // a device known by its port until now: its labels, positions and rules follow it
            files.moveOver(portKey, key);
        }
        IoWorker worker = new IoWorker(transport, serial, profiles.of(key), backoff,
                location.logs().resolve("trace").resolve(AtomicFiles.safeName(key) + ".log"), relocator(family, serial));
        worker.addListener(statePublisher);
        worker.addListener(fanOut);
        DeviceDriver device;
        try {
            device = java.util.Objects.requireNonNull(family.open(worker), "open returned null");
        } catch (RuntimeException e) {
            worker.close();
            return CompletableFuture.failedFuture(new DeviceException(Reason.PROTOCOL_ERROR,
                    family.displayName() + " driver could not be created: " + e, e));
        }
        worker.start(device, device);
        workers.add(worker);
        return worker.firstConnect().handle((ok, error) -> {
            if (error != null) {
                workers.remove(worker);
                worker.close();
                throw new java.util.concurrent.CompletionException(error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
            }
            memory.put(device.identity().key(), new ConnectionSpec(family.id(), address));
            post(DeviceEvents.TOPIC_ADDED, device, Map.of());
            announce(device, true);
            return device;
        });
    }

    /** How a worker finds its lost device on a new port: the family's own probe, on ports no worker uses. */
    private IoWorker.Relocator relocator(DeviceFamily family, String serial) {
        if (transports == null) {
            return null;
        }
        return new IoWorker.Relocator() {
            @Override
            public Set<String> ports() {
                return transports.listSerialPorts().stream().map(SerialPortInfo::path).collect(Collectors.toSet());
            }

            @Override
            public Optional<Transport> find(Collection<String> candidates, String firmware) {
                for (String path : candidates) {
                    TransportAddress a = TransportAddress.serial(path);
                    if (workers.stream().anyMatch(w -> w.address().equals(a) || w.port().equals(a))) {
                        continue;
                    }
                    if (!serial.isEmpty() && !serial.equals(transports.serialNumber(a))) {
                        // another adapter: two identical devices answer alike, their serial numbers do not
                        continue;
                    }
                    Transport t = transports.create(a, family.baudRate());
                    try {
                        t.open();
                        Optional<String> answer = family.probe(t);
                        if (answer.isPresent() && answer.get().equals(firmware)) {
                            return Optional.of(t);
                        }
                    } catch (IOException e) {
                        LOG.log(Level.DEBUG, "Looking for a lost {0} on {1}: {2}", family.displayName(), path, e.getMessage());
                    } finally {
                        t.close();
                    }
                }
                return Optional.empty();
            }
        };
    }

    @Override
    public CompletableFuture<Void> disconnect(Device device) {
        for (IoWorker w : workers) {
            if (w.device() == device) {
                memory.remove(device.identity().key());
                return closeWorker(w);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> closeWorker(IoWorker w) {
        workers.remove(w);
        return w.close().thenRun(() -> {
            post(DeviceEvents.TOPIC_REMOVED, w.device(), Map.of());
            announce(w.device(), false);
        });
    }

    @Override
    public List<Device> devices() {
        return workers.stream().filter(w -> w.state() != ConnectionState.CONNECTING && w.state() != ConnectionState.CLOSED)
                .map(IoWorker::device).toList();
    }

    @Override
    public Optional<ProtocolTrace> trace(Device device) {
        return workers.stream().filter(w -> w.device() == device).findFirst().map(IoWorker::trace);
    }

    @Override
    public List<ConnectionSpec> rememberedConnections() {
        return memory.all();
    }

    @Override
    public void remember(Device device, ConnectionSpec spec) {
        memory.put(device.identity().key(), spec);
    }

    /** Every device's state changes, posted as events. */
    private final DeviceListener statePublisher = new DeviceListener() {
        @Override
        public void stateChanged(Device device, ConnectionState state, String reason) {
            post(DeviceEvents.TOPIC_STATE, device, Map.of(DeviceEvents.PROPERTY_STATE, state.name(), DeviceEvents.PROPERTY_REASON, reason));
        }
    };

    private void post(String topic, Device device, Map<String, Object> extra) {
        EventAdmin admin = events;
        if (admin == null || device == null) {
            return;
        }
        Map<String, Object> props = new java.util.HashMap<>(extra);
        props.put(DeviceEvents.PROPERTY_DEVICE_KEY, device.identity().key());
        props.put(DeviceEvents.PROPERTY_DEVICE, device);
        try {
            admin.postEvent(new Event(topic, props));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not post " + topic, e);
        }
    }
}
