package org.openjolo.core.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Probes ports on a small pool of its own, one task per port, never on a device's I/O worker. */
@Component(service = DeviceDetector.class)
public final class DeviceDetectorImpl implements DeviceDetector {

    private static final System.Logger LOG = System.getLogger(DeviceDetectorImpl.class.getName());

    @Reference
    DeviceRegistry registry;

    @Reference
    TransportFactory transports;

    private ExecutorService pool;

    @Activate
    void activate() {
        pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "OpenJolo device detection");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        pool.shutdownNow();
    }

    @Override
    public CompletableFuture<List<Detection>> detect() {
        return CompletableFuture.supplyAsync(() -> transports.listSerialPorts().stream().map(SerialPortInfo::path).map(TransportAddress::serial).toList(), pool)
                .thenCompose(this::detect);
    }

    @Override
    public CompletableFuture<List<Detection>> detect(Collection<TransportAddress> ports) {
        Set<TransportAddress> inUse = registry.devices().stream().filter(d -> d.state() != ConnectionState.CLOSED).map(Device::identity)
                .map(i -> i.address()).collect(Collectors.toSet());
        List<DeviceFamily> families = registry.families();
        List<CompletableFuture<Optional<Detection>>> asks = new ArrayList<>();
        for (TransportAddress port : ports) {
            if (!inUse.contains(port)) {
                asks.add(CompletableFuture.supplyAsync(() -> ask(port, families), pool));
            }
        }
        return CompletableFuture.allOf(asks.toArray(CompletableFuture[]::new)).thenApply(v -> asks.stream().map(CompletableFuture::join)
                .flatMap(Optional::stream).sorted(Comparator.comparing(d -> d.address().displayName())).toList());
    }

    /** Each family in turn, until one recognises the answer; the port is closed after every try. */
    private Optional<Detection> ask(TransportAddress port, List<DeviceFamily> families) {
        for (DeviceFamily family : families) {
            try (Transport t = transports.create(port, family.baudRate())) {
                t.open();
                Optional<String> identity = family.probe(t);
                if (identity.isPresent()) {
                    return Optional.of(new Detection(port, family.id(), family.displayName(), identity.get()));
                }
            } catch (IOException e) {
                // no answer at this speed, a port that vanished or is busy elsewhere: not this family
                LOG.log(Level.DEBUG, "Detecting on {0} as {1}: {2}", port.displayName(), family.displayName(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The " + family.displayName() + " probe failed on " + port.displayName(), e);
            }
        }
        return Optional.empty();
    }
}
