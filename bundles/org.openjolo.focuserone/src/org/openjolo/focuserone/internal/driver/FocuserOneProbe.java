package org.openjolo.focuserone.internal.driver;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.transport.Transport;

/**
 * What Detect asks a port for both FocuserOne families: both firmwares answer {@code #:FocuserOne}, so the
 * status line's length decides (v2: nine fields; v1: the first generation's 22, or 3 while its motor moves).
 * The two families' tests exclude each other, so a FocuserOne is never found twice. Both requests only read.
 */
final class FocuserOneProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private FocuserOneProbe() {
    }

    /**
     * @param statusFields whether a status line of that many fields is this family's
     * @return the identification, or empty when the device is not a FocuserOne of this generation
     */
    static Optional<String> probe(Transport transport, String model, IntPredicate statusFields) throws IOException {
        String identity;
        try {
            identity = identify(transport.exchange(Requests.IDENTIFY, TIMEOUT), model);
        } catch (DeviceException e) {
            return Optional.empty();
        }
        try {
            Fields status = Fields.parse('q', transport.exchange(Requests.STATUS, TIMEOUT));
            status.integer(1, "focuser position");
            return statusFields.test(status.count()) ? Optional.of(identity) : Optional.empty();
        } catch (ProtocolException e) {
            return Optional.empty();
        }
    }

    /** Checks the identify reply the way the makers' driver does (all twelve characters). */
    static String identify(String reply, String model) throws DeviceException {
        return Fields.identify(reply, "#:" + FocuserOne.IDENTITY, model, FocuserOne.BAUD_RATE);
    }
}
