package org.openjolo.core.io;

import java.io.IOException;

import org.openjolo.core.DeviceException;

/**
 * A unit of device I/O run on the I/O worker thread, e.g. "send R:0:3455 and check the acknowledgement".
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface IoTask<T> {

    /** Runs the exchange(s). */
    T run(LineExchange io) throws IOException, DeviceException;
}
