package org.openjolo.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.transport.TransportAddress;

/**
 * Connects devices and knows which are connected. An OSGi service; UIs and the Alpaca server share it.
 */
public interface DeviceRegistry {

    /** The device families currently installed, sorted by display name. */
    List<DeviceFamily> families();

    /** The family with this id, if installed. */
    java.util.Optional<DeviceFamily> family(String familyId);

    /**
     * Opens {@code address} for a device of {@code familyId} and runs the handshake.
     *
     * @return completes with the connected device, or exceptionally with a {@link DeviceException} that says
     *         why (unknown family, port missing or busy, no or foreign answer); nothing stays open on failure
     */
    CompletableFuture<Device> connect(String familyId, TransportAddress address);

    /**
     * Connects a device of {@code familyId} over a transport the caller made (a custom link, or the simulator's
     * in-memory link in tests). The registry owns the transport from now on and closes it on disconnect.
     */
    CompletableFuture<Device> connect(String familyId, org.openjolo.transport.Transport transport);

    /** Disconnects a device on purpose: it is closed and forgotten for the next start. */
    CompletableFuture<Void> disconnect(Device device);

    /** The connected devices (in any state but CLOSED), in connection order. */
    List<Device> devices();

    /** The protocol trace of a connected device; empty for a device this registry does not serve. */
    default Optional<ProtocolTrace> trace(Device device) {
        return Optional.empty();
    }

    /** What was connected when the workbench last ran, for reconnecting at start. */
    List<ConnectionSpec> rememberedConnections();

    /**
     * Records that {@code device} was connected from {@code spec}, so the next start reconnects it the same way
     * (e.g. a simulated device is simulated again rather than opened on a stale pseudo-terminal path).
     */
    void remember(Device device, ConnectionSpec spec);
}
