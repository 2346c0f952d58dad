package org.openjolo.transport;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a device is reached: a serial port by its system path ({@code /dev/ttyUSB0}, {@code COM3}) or a TCP
 * endpoint ({@code tcp:host:port}). The baud rate is not part of the address: it belongs to the device
 * family.
 *
 * @param kind   serial or TCP
 * @param target the serial path, or the host name for TCP
 * @param port   the TCP port; 0 for serial
 */
public record TransportAddress(Kind kind, String target, int port) {

    /** The two kinds of transport. */
    public enum Kind {
        /** A local serial port (USB virtual COM port, pseudo-terminal). */
        SERIAL,
        /** A raw TCP socket carrying the same byte stream (network serial server, simulator). */
        TCP
    }

    /** Validates the parts. */
    public TransportAddress {
        Objects.requireNonNull(kind, "kind");
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("A transport address needs a port path or host name");
        }
        if (kind == Kind.TCP && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("TCP port must be between 1 and 65535, was " + port);
        }
        if (kind == Kind.SERIAL && port != 0) {
            throw new IllegalArgumentException("A serial address has no TCP port");
        }
    }

    /** A serial port address. */
    public static TransportAddress serial(String path) {
        return new TransportAddress(Kind.SERIAL, path, 0);
    }

    /** A TCP address. */
    public static TransportAddress tcp(String host, int port) {
        return new TransportAddress(Kind.TCP, host, port);
    }

    /**
     * Parses what a user types or what {@link #toString()} wrote: {@code tcp:host:port}, {@code tcp://host:port},
     * {@code serial:/dev/ttyUSB0}, or a bare serial path such as {@code /dev/ttyUSB0} or {@code COM3}.
     *
     * @throws IllegalArgumentException with a message naming the accepted forms
     */
    public static TransportAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty port: give a serial port such as /dev/ttyUSB0 or COM3, or tcp:host:port");
        }
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp:")) {
            String rest = s.substring(4);
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
            int colon = rest.lastIndexOf(':');
            if (colon <= 0 || colon == rest.length() - 1) {
                throw new IllegalArgumentException("'" + text + "' is not of the form tcp:host:port");
            }
            try {
                return tcp(rest.substring(0, colon), Integer.parseInt(rest.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + rest.substring(colon + 1) + "' is not a TCP port number (1-65535)");
            }
        }
        if (lower.startsWith("serial:")) {
            return serial(s.substring(7));
        }
        return serial(s);
    }

    @Override
    public String toString() {
        return kind == Kind.TCP ? "tcp:" + target + ":" + port : "serial:" + target;
    }

    /** Short form for display: the serial path or host:port. */
    public String displayName() {
        return kind == Kind.TCP ? target + ":" + port : target;
    }
}
