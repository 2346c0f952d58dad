package org.openjolo.alpaca;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The ASCOM Alpaca server, an OSGi service: serves the connected devices to other programs (N.I.N.A., scripts,
 * curl) while the workbench keeps full control. Every request goes through the device's I/O worker or reads
 * its telemetry cache, so clients never slow the device's polling.
 */
public interface AlpacaServer {

    /** The settings in use. */
    AlpacaSettings settings();

    /**
     * Applies and saves new settings, restarting the server on the new address.
     *
     * @throws IllegalArgumentException when the settings are invalid; nothing changes then
     * @throws IOException              when the address cannot be bound (in use, no such interface); the
     *                                  server is then stopped and {@link #status()} says why
     */
    void configure(AlpacaSettings settings) throws IOException;

    /** Where it listens, while it does. */
    Optional<InetSocketAddress> address();

    /** For people: where it serves and what to type into an imaging program, or why it does not serve. */
    String status();

    /** The Alpaca devices, by type and number. */
    List<ServedDevice> devices();

    /** How many API requests it answered since it started. */
    long requests();

    /** The programs that called the device API since the server started, the latest caller first. */
    default List<AlpacaClientActivity> clients() {
        return List.of();
    }
}
