package org.openjolo.testing;

import java.util.concurrent.TimeUnit;

import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;

/**
 * A virtual device on a pseudo-terminal, connected through the real registry as the family it models: what
 * every end-to-end test of a family sets up first. Closing it disconnects the device and closes the
 * pseudo-terminal.
 */
public final class SimulatedConnection implements AutoCloseable {

    private final SimulatedDevice simulated;
    private final Device device;

    private SimulatedConnection(SimulatedDevice simulated) throws Exception {
        this.simulated = simulated;
        try {
            this.device = Services.await(DeviceRegistry.class).connect(simulated.device().familyId(), simulated.address()).get(15, TimeUnit.SECONDS);
        } catch (Exception | Error e) {
            simulated.close();
            throw e;
        }
    }

    /** Hosts {@code virtual} on a pseudo-terminal with {@code options} (its link, pacing) and connects it. */
    public static SimulatedConnection host(VirtualDevice virtual, HostOptions options) throws Exception {
        return new SimulatedConnection(Hosts.host(virtual, HostKind.PTY, options));
    }

    /** Starts the family's own virtual device through the {@link Simulator} service, as {@code -simulate} does, and connects it. */
    public static SimulatedConnection start(String familyId, HostOptions options) throws Exception {
        return new SimulatedConnection(Services.await(Simulator.class).start(familyId, HostKind.PTY, options));
    }

    /** The connected device. */
    public Device device() {
        return device;
    }

    /** The simulated device: its virtual device, address and faults (the requests it received). */
    public SimulatedDevice simulated() {
        return simulated;
    }

    @Override
    public void close() throws Exception {
        try {
            Services.await(DeviceRegistry.class).disconnect(device).get(10, TimeUnit.SECONDS);
        } finally {
            simulated.close();
        }
    }
}
