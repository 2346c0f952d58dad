package org.openjolo.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A line-framed request/reply channel to one device. Requests are ASCII lines ended by LF; a reply is read up
 * to the first LF, with a trailing CR stripped. One request is in flight at a time: a transport is owned by
 * exactly one I/O worker and is not thread-safe.
 */
public interface Transport extends AutoCloseable {

    /** Where this transport goes. */
    TransportAddress address();

    /** Line speed in baud (serial only; informative for TCP). */
    int baudRate();

    /**
     * Opens the channel exclusively.
     *
     * @throws IOException with a readable reason (missing port, in use, refused)
     */
    void open() throws IOException;

    /** Whether {@link #open()} succeeded and {@link #close()} has not been called since. */
    boolean isOpen();

    /**
     * Discards unread input, writes {@code request} followed by LF and waits for one reply line.
     *
     * @param request the request without terminator
     * @param timeout how long to wait for the complete reply line
     * @return the reply without its terminator
     * @throws TransportTimeoutException when no complete line arrived in time
     * @throws IOException when the link failed (cable pulled, socket closed) or the reply was not a line
     */
    String exchange(String request, Duration timeout) throws IOException;

    /**
     * Pulses the line's DTR signal, which resets a controller attached through an FTDI-style USB serial chip, and
     * discards what arrives while it boots.
     *
     * @return false when the line has no DTR (TCP, pseudo-terminals) and nothing was done
     */
    default boolean pulseReset() throws IOException {
        return false;
    }

    /** Closes the channel; never throws, may be called repeatedly. */
    @Override
    void close();
}
