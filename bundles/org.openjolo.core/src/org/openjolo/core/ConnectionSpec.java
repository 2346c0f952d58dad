package org.openjolo.core;

import java.util.Objects;

import org.openjolo.transport.TransportAddress;

/**
 * What to connect: a family on an address, or a simulated device of a family. Remembered between sessions so
 * the workbench reconnects what was connected when it closed.
 *
 * @param familyId  the {@link DeviceFamily#id()}
 * @param address   the port, or {@code null} for a simulated device
 */
public record ConnectionSpec(String familyId, TransportAddress address) {

    /** Validates the parts. */
    public ConnectionSpec {
        Objects.requireNonNull(familyId, "familyId");
    }

    /** A simulated device of the family (the simulator picks the port). */
    public static ConnectionSpec simulated(String familyId) {
        return new ConnectionSpec(familyId, null);
    }

    /** Whether this asks for a simulated device. */
    public boolean isSimulated() {
        return address == null;
    }

    /**
     * Parses a program argument: {@code family@port} (e.g. {@code astrolink4@/dev/ttyUSB0},
     * {@code astrolink4@tcp:192.168.1.5:4030}) or {@code family@simulator}.
     */
    public static ConnectionSpec parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form family@port, e.g. astrolink4@/dev/ttyUSB0");
        }
        String family = text.substring(0, at).strip();
        String port = text.substring(at + 1).strip();
        return "simulator".equalsIgnoreCase(port) ? simulated(family) : new ConnectionSpec(family, TransportAddress.parse(port));
    }

    @Override
    public String toString() {
        return familyId + "@" + (address == null ? "simulator" : address.toString());
    }
}
