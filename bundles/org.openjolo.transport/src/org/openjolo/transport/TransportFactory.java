package org.openjolo.transport;

import java.util.List;

/**
 * Creates transports and lists serial ports. Registered as an OSGi service; it also makes sure one address is
 * opened by one transport at a time in this workbench.
 */
public interface TransportFactory {

    /**
     * A new, unopened transport.
     *
     * @param address  where to go
     * @param baudRate the family's line speed (ignored for TCP)
     */
    Transport create(TransportAddress address, int baudRate);

    /** The serial ports the operating system currently offers, sorted by path. */
    List<SerialPortInfo> listSerialPorts();

    /**
     * The USB serial number of the adapter at a serial address, "" where none is known (TCP, a pseudo-terminal,
     * an adapter without one): from the port list, or from the name of a udev link to it.
     */
    default String serialNumber(TransportAddress address) {
        if (address.kind() != TransportAddress.Kind.SERIAL) {
            return "";
        }
        return listSerialPorts().stream().filter(p -> p.path().equals(address.target()) && !p.serialNumber().isEmpty()).map(SerialPortInfo::serialNumber)
                .findFirst().or(() -> SerialPortInfo.serialNumberOfLink(address.target())).orElse("");
    }
}
