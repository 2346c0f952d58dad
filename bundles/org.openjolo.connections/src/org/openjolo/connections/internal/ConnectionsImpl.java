package org.openjolo.connections.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.openjolo.connections.Connections;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.TransportFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The workbench's connection service. */
@Component(service = Connections.class)
public final class ConnectionsImpl implements Connections {

    @Reference
    DeviceRegistry registry;

    @Reference
    Simulator simulator;

    @Reference
    TransportFactory transports;

    private final Map<Device, SimulatedDevice> simulated = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<Device> connect(ConnectionSpec spec) {
        if (!spec.isSimulated()) {
            return registry.connect(spec.familyId(), spec.address());
        }
        SimulatedDevice sim;
        try {
            synchronized (this) {
                // picking the link name and creating the link is one step, or two connects could pick the same name
                sim = simulator.start(spec.familyId(), HostKind.platformDefault(), HostOptions.defaults().withLink(linkPath(spec.familyId())));
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.NOT_SUPPORTED, e.getMessage(), e));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.IO_ERROR,
                    "Could not start a simulated " + spec.familyId() + ": " + e.getMessage(), e));
        }
        return registry.connect(spec.familyId(), sim.address()).whenComplete((device, error) -> {
            if (error != null) {
                sim.close();
            } else {
                simulated.put(device, sim);
                registry.remember(device, spec);
            }
        });
    }

    /**
     * A stable, readable name for the simulated port, like the links udev makes for USB devices, so the device's
     * profile (labels, named positions) is found again at the next start. A link whose pseudo-terminal still
     * exists belongs to another running workbench and is skipped.
     */
    private Path linkPath(String familyId) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "openjolo-sim-" + System.getProperty("user.name", "user"));
        for (int n = 1;; n++) {
            Path link = dir.resolve(familyId + "-" + n);
            boolean taken = simulated.values().stream().anyMatch(s -> s.address().target().equals(link.toString()));
            if (!taken && !(Files.isSymbolicLink(link) && Files.exists(link))) {
                return link;
            }
        }
    }

    @Override
    public CompletableFuture<Void> disconnect(Device device) {
        return registry.disconnect(device).whenComplete((v, e) -> {
            SimulatedDevice sim = simulated.remove(device);
            if (sim != null) {
                sim.close();
            }
        });
    }

    @Override
    public Optional<SimulatedDevice> simulation(Device device) {
        return Optional.ofNullable(simulated.get(device));
    }

    @Override
    public CompletableFuture<List<SerialPortInfo>> serialPorts() {
        return CompletableFuture.supplyAsync(transports::listSerialPorts);
    }

    @Override
    public List<CompletableFuture<Device>> reconnectRemembered() {
        return registry.rememberedConnections().stream().map(this::connect).toList();
    }

    @Deactivate
    void deactivate() {
        simulated.values().forEach(SimulatedDevice::close);
        simulated.clear();
    }
}
