package org.openjolo.core;

/** The life of a device connection, as the Devices part shows it. */
public enum ConnectionState {
    /** Opening the port and running the handshake for the first time. */
    CONNECTING,
    /** Handshake done; polled at the family's rate; commands accepted. */
    CONNECTED,
    /** Too many polls in a row failed (cable pulled, device reset, garbled replies); commands are refused. */
    LOST,
    /** Trying to open the port and handshake again, with back-off. */
    RECONNECTING,
    /** Disconnected on purpose; the device object is finished. */
    CLOSED;

    /** Whether commands can be sent now. */
    public boolean acceptsCommands() {
        return this == CONNECTED;
    }
}
