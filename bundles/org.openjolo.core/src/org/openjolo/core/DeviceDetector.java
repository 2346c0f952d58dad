package org.openjolo.core;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.transport.TransportAddress;

/**
 * "Detect devices": asks each port with every installed family's handshake which device answers, so the
 * operator need not know which port is which. Only the families' identify requests are sent (they change no
 * device state and never move anything); each port is opened at the family's baud rate, asked, and closed
 * again, so nothing stays open and the port is left as it was. Ports a connected device already uses are
 * skipped. An OSGi service.
 */
public interface DeviceDetector {

    /**
     * What answered on one port.
     *
     * @param address    the port
     * @param familyId   the family whose handshake it answered
     * @param familyName the family for people
     * @param identity   what the device said about itself (model, firmware)
     */
    record Detection(TransportAddress address, String familyId, String familyName, String identity) {
    }

    /** Probes the serial ports the operating system lists (ports in parallel, families one after the other). */
    CompletableFuture<List<Detection>> detect();

    /** Probes these ports. */
    CompletableFuture<List<Detection>> detect(Collection<TransportAddress> ports);
}
