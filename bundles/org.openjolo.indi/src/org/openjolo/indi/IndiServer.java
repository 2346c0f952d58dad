package org.openjolo.indi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The INDI server, an OSGi service: serves the connected devices to INDI clients (KStars/Ekos, indi_getprop, a
 * chained indiserver) while the workbench keeps full control. Clients read the devices' latest telemetry; their
 * commands go through each device's I/O worker like the workbench's own.
 */
public interface IndiServer {

    /** The settings in use. */
    IndiSettings settings();

    /**
     * Applies and saves new settings, restarting the server on the new address.
     *
     * @throws IllegalArgumentException when the settings are invalid; nothing changes then
     * @throws IOException              when the address cannot be bound; the server is then stopped and
     *                                  {@link #status()} says why
     */
    void configure(IndiSettings settings) throws IOException;

    /** Where it listens, while it does. */
    Optional<InetSocketAddress> address();

    /** For people: where it serves and what to type into Ekos, or why it does not serve. */
    String status();

    /** The INDI device names served now, in order (a device with two focusers is two INDI devices). */
    List<String> devices();

    /** The clients connected now, the earliest first. */
    List<IndiClientInfo> clients();
}
