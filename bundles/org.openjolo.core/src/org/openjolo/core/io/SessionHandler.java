package org.openjolo.core.io;

import java.io.IOException;
import java.time.Duration;

import org.openjolo.core.DeviceException;
import org.openjolo.core.Telemetry;

/** The driver's part of a connection: what to do after (re)connecting, and what one poll is. */
public interface SessionHandler {

    /**
     * Identifies the device and reads its settings back; runs after the first connect and after every
     * reconnect.
     *
     * @return the identification string the device answered with (shown as firmware)
     * @throws DeviceException with {@link org.openjolo.core.DeviceException.Reason#PROTOCOL_ERROR} when the
     *                         answer is not this family's
     */
    String connected(LineExchange io) throws IOException, DeviceException;

    /** One poll: reads the status and returns the snapshot. */
    org.openjolo.core.Telemetry poll(LineExchange io) throws IOException, DeviceException;

    /** How often to poll; the makers' panels sample twice a second. */
    default Duration pollPeriod() {
        return Duration.ofMillis(500);
    }

    /** How long to wait for each reply; the makers' drivers use 3 s. */
    default Duration replyTimeout() {
        return Duration.ofSeconds(3);
    }

    /** Failed exchanges after which the device is LOST, counted over one exchange more (3 of the last 4). */
    default int missesBeforeLost() {
        return 3;
    }

    /** Called on the worker after a poll produced {@code telemetry}, before listeners hear of it. */
    default void polled(Telemetry telemetry) {
    }
}
