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
     * @param address      the port
     * @param familyId     the family whose handshake it answered (the first of several, when it is
     *                     {@link #ambiguous()})
     * @param familyName   the family for people
     * @param identity     what the device said about itself (model, firmware)
     * @param alternatives the other families whose handshake it answered as well, at the same line speed: models
     *                     that answer alike (the AstroLink 4 mini II and micro) and that only the operator can tell
     *                     apart; empty when the answer was clear or the operator said which model it is
     */
    record Detection(TransportAddress address, String familyId, String familyName, String identity, List<Match> alternatives) {

        /** Copies the alternatives. */
        public Detection {
            alternatives = List.copyOf(alternatives);
        }

        /** A clear answer: one family recognised the device. */
        public Detection(TransportAddress address, String familyId, String familyName, String identity) {
            this(address, familyId, familyName, identity, List.of());
        }

        /** Whether several families recognised the device and the operator should say which model it is. */
        public boolean ambiguous() {
            return !alternatives.isEmpty();
        }

        /** Every family that recognised the device, this detection's own first. */
        public List<Match> matches() {
            List<Match> all = new java.util.ArrayList<>();
            all.add(new Match(familyId, familyName, identity));
            all.addAll(alternatives);
            return List.copyOf(all);
        }
    }

    /**
     * One family that recognised a device.
     *
     * @param familyId   the family
     * @param familyName the family for people
     * @param identity   what the device said about itself, as that family reads it
     */
    record Match(String familyId, String familyName, String identity) {
    }

    /** Probes the serial ports the operating system lists (ports in parallel, families one after the other). */
    CompletableFuture<List<Detection>> detect();

    /** Probes these ports. */
    CompletableFuture<List<Detection>> detect(Collection<TransportAddress> ports);

    /**
     * Remembers which model an {@linkplain Detection#ambiguous() ambiguous} device is, as the operator said: later
     * detections of the same device (same port, same answer) report that family alone. Kept with the workbench's
     * settings.
     *
     * @throws IllegalArgumentException      when {@code familyId} is not one of the detection's matches
     * @throws UnsupportedOperationException when this detector keeps no choices (the default, for detectors
     *                                       written before choices existed)
     */
    default void remember(Detection detection, String familyId) {
        throw new UnsupportedOperationException(getClass().getName() + " does not remember which model a device is");
    }
}
