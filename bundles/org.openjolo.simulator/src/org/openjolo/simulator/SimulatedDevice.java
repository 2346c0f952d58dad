package org.openjolo.simulator;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.TransportAddress;

/** A virtual device being served; close it to stop serving. */
public interface SimulatedDevice extends AutoCloseable {

    /** The device model answering the requests. */
    VirtualDevice device();

    /** Where a driver connects: the pseudo-terminal (its stable link when one was asked for) or TCP port. */
    TransportAddress address();

    /** The fault hooks and the record of received requests. */
    LinkFaults faults();

    /** One line for people: what is served where. */
    String describe();

    /** Stops serving and frees the port. */
    @Override
    void close();
}
