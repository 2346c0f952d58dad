package org.openjolo.connections;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.Device;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.transport.SerialPortInfo;

/**
 * How the workbench connects: a real port through the device registry, or a simulated device that it starts
 * on a pseudo-terminal (TCP on Windows) and then opens through the same serial code path; and which serial
 * ports there are. An OSGi service, so the UI never touches a port itself.
 */
public interface Connections {

    /**
     * Connects what {@code spec} says and remembers it for the next start.
     *
     * @return completes with the device, or fails with a {@link org.openjolo.core.DeviceException} saying why
     */
    CompletableFuture<Device> connect(ConnectionSpec spec);

    /** Disconnects on purpose (forgotten for the next start); stops its simulator if it was simulated. */
    CompletableFuture<Void> disconnect(Device device);

    /** The simulator behind a simulated device. */
    Optional<SimulatedDevice> simulation(Device device);

    /**
     * The serial ports there are now, listed on another thread (listing can take a while on some systems, and
     * the UI thread never waits for it).
     */
    CompletableFuture<List<SerialPortInfo>> serialPorts();

    /** Reconnects what was connected when the workbench last closed. */
    List<CompletableFuture<Device>> reconnectRemembered();
}
