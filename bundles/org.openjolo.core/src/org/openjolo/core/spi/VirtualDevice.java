package org.openjolo.core.spi;

/**
 * A model of a device's firmware: it answers the family's protocol byte for byte, with believable physics
 * (motors move at their speed, temperatures drift). The simulator hosts it in memory, on a pseudo-terminal or
 * on a TCP port. Implementations are thread-safe.
 */
public interface VirtualDevice {

    /** The family this device belongs to. */
    String familyId();

    /** The serial line speed the real device uses (the hosts pace bytes at this rate). */
    int baudRate();

    /** What it is, for people ("simulated AstroLink 4 USB"). */
    String description();

    /**
     * Answers one request.
     *
     * @param request the request line without terminator
     * @return the reply line without terminator, or {@code null} when the device would not answer
     */
    String handle(String request);

    /**
     * Returns to the power-on state, keeping what the firmware stores (settings, position), as a reset through
     * the line's DTR would. Also a fault hook for tests ("device reset mid-session").
     *
     * @return false when this device model cannot be reset
     */
    default boolean powerCycle() {
        return false;
    }
}
