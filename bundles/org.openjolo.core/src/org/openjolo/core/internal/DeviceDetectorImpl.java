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
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceDetector.Match;
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

    @Reference
    DataLocation location;

    private ExecutorService pool;
    private ModelChoices choices;

    @Activate
    void activate() {
        choices = new ModelChoices(location.settings().resolve("model-choices.json"));
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

    @Override
    public void remember(Detection detection, String familyId) {
        if (detection.matches().stream().noneMatch(m -> m.familyId().equals(familyId))) {
            throw new IllegalArgumentException("The device on " + detection.address().displayName() + " answered as "
                    + detection.matches().stream().map(Match::familyName).collect(Collectors.joining(" or ")) + ", not as " + familyId);
        }
        choices.put(choiceKey(detection.address(), detection.identity()), familyId);
    }

    /**
     * Each family in turn until one recognises the answer, then the others of the same line speed (a device
     * answers at one speed only), since models can answer alike; the port is closed after every try.
     */
    private Optional<Detection> ask(TransportAddress port, List<DeviceFamily> families) {
        List<Match> matches = new ArrayList<>();
        int answeredAt = 0;
        for (DeviceFamily family : families) {
            if (!matches.isEmpty() && family.baudRate() != answeredAt) {
                continue;
            }
            try (Transport t = transports.create(port, family.baudRate())) {
                t.open();
                Optional<String> identity = family.probe(t);
                if (identity.isPresent()) {
                    matches.add(new Match(family.id(), family.displayName(), identity.get()));
                    answeredAt = family.baudRate();
                }
            } catch (IOException e) {
                // no answer at this speed, a port that vanished or is busy elsewhere: not this family
                LOG.log(Level.DEBUG, "Detecting on {0} as {1}: {2}", port.displayName(), family.displayName(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The " + family.displayName() + " probe failed on " + port.displayName(), e);
            }
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        String chosen = matches.size() > 1 ? choices.get(choiceKey(port, matches.get(0).identity())) : null;
        Optional<Match> remembered = matches.stream().filter(m -> m.familyId().equals(chosen)).findFirst();
        if (remembered.isPresent()) {
            Match m = remembered.get();
            return Optional.of(new Detection(port, m.familyId(), m.familyName(), m.identity()));
        }
        Match first = matches.get(0);
        return Optional.of(new Detection(port, first.familyId(), first.familyName(), first.identity(), matches.subList(1, matches.size())));
    }

    /**
     * The same adapter (by its USB serial number, on any port) or, without one, the same port, and the same
     * answer: the same device, as far as the line can tell.
     */
    private String choiceKey(TransportAddress port, String identity) {
        String serial = transports.serialNumber(port);
        return (serial.isEmpty() ? port.toString() : "usb:" + serial) + " " + identity;
    }
}
