package org.openjolo.core.io;

import java.io.IOException;

/** Sends one request line and returns the reply line; only usable on the device's I/O worker thread. */
@FunctionalInterface
public interface LineExchange {

    /**
     * @param request the request without terminator
     * @return the reply without terminator
     * @throws IOException on timeout or link failure (counted as a miss by the worker)
     */
    String exchange(String request) throws IOException;

    /**
     * Resets the device through the line itself (a DTR pulse on a serial port, as an FTDI-attached controller
     * is reset) and waits for it to boot.
     *
     * @return false when this line cannot reset the device (TCP, pseudo-terminals)
     */
    default boolean resetDevice() throws IOException {
        return false;
    }
}
