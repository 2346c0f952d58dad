package org.openjolo.simulator.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.openjolo.core.DeviceFamily;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The simulator service: virtual devices of every installed family. */
@Component(service = Simulator.class)
public final class SimulatorService implements Simulator {

    private final Map<String, DeviceFamily> families = new ConcurrentHashMap<>();
    private final List<SimulatedDevice> running = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFamily(DeviceFamily family) {
        families.put(family.id(), family);
    }

    void removeFamily(DeviceFamily family) {
        families.remove(family.id(), family);
    }

    @Override
    public SimulatedDevice start(String familyId, HostKind kind, HostOptions options) throws IOException {
        DeviceFamily family = families.get(familyId);
        if (family == null) {
            throw new IllegalArgumentException("No device family '" + familyId + "' is installed; installed: "
                    + families.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        SimulatedDevice device = Hosts.host(family.createVirtualDevice(), kind, options);
        running.add(device);
        return new Tracked(device);
    }

    @Override
    public List<SimulatedDevice> running() {
        return List.copyOf(running);
    }

    @Deactivate
    void deactivate() {
        running.forEach(SimulatedDevice::close);
        running.clear();
    }

    /** Forgets the device when it is closed. */
    private final class Tracked implements SimulatedDevice {
        private final SimulatedDevice delegate;

        Tracked(SimulatedDevice delegate) {
            this.delegate = delegate;
        }

        @Override
        public org.openjolo.core.spi.VirtualDevice device() {
            return delegate.device();
        }

        @Override
        public org.openjolo.transport.TransportAddress address() {
            return delegate.address();
        }

        @Override
        public org.openjolo.simulator.LinkFaults faults() {
            return delegate.faults();
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public void close() {
            running.remove(delegate);
            delegate.close();
        }
    }
}
