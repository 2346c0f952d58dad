package org.openjolo.core;

import java.io.IOException;
import java.util.Optional;

import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;

/**
 * The plug-in point for one family of devices (AstroLink 4 USB, FocuserLink, ...). A family bundle registers
 * one implementation as an OSGi service ({@code @Component(service = DeviceFamily.class)}); the workbench,
 * the Alpaca server and the simulator find it there. Nothing else in the workbench changes when a family is
 * added.
 */
public interface DeviceFamily {

    /** Stable identifier used in settings, program arguments and logs, e.g. {@code astrolink4}. */
    String id();

    /** Name for people, e.g. "AstroLink 4 USB". */
    String displayName();

    /** The serial line speed this family uses. */
    int baudRate();

    /**
     * Whether the device answering on an opened transport belongs to this family (runs the identify
     * request). Must not change any device state.
     *
     * @return the identity when it does
     * @throws IOException when the link fails; a foreign answer is {@code Optional.empty()}, not an error
     */
    Optional<String> probe(Transport transport) throws IOException;

    /**
     * Creates the driver for a device on {@code connection}; nothing is sent yet. The registry then starts the
     * connection's I/O worker with it, which runs the driver's handshake and polls.
     */
    DeviceDriver open(DeviceConnection connection);

    /** A model of the device's firmware that answers this family's protocol, for the simulator. */
    VirtualDevice createVirtualDevice();
}
