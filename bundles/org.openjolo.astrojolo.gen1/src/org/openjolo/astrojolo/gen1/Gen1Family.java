package org.openjolo.astrojolo.gen1;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;

/**
 * Base class of a first-generation family service: a family bundle extends it, names its {@link Gen1Model}
 * and registers it with {@code @Component(service = DeviceFamily.class)}.
 *
 * <p>Probing: the identify reply must start with the model's prefix, and because an AstroLink 4 USB and a
 * mini may answer the same identify (the USB's real answer is uncertain, see the protocol notes), the status
 * line decides: its first field is the focuser position (a second-generation device sends its device code
 * there), then its length: 31 fields for the USB, 22 for the mini. Both requests only read.</p>
 */
public abstract class Gen1Family implements DeviceFamily {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    /** The controller this family drives. */
    protected abstract Gen1Model model();

    @Override
    public String id() {
        return model().familyId();
    }

    @Override
    public String displayName() {
        return model().name();
    }

    @Override
    public int baudRate() {
        return model().baudRate();
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        String identity;
        try {
            identity = Gen1Device.identify(model(), transport.exchange(Requests.IDENTIFY, PROBE_TIMEOUT));
        } catch (DeviceException e) {
            return Optional.empty();
        }
        try {
            Fields status = Fields.parse('q', transport.exchange(Requests.STATUS, PROBE_TIMEOUT));
            // the second generation (AstroLink 4 mini II) answers the same identify prefix and sends a longer line,
            // but puts its device code where the first generation puts the focuser position
            status.integer(1, "focuser position");
            int fields = status.count();
            // a short line (the motor is moving) cannot tell the models apart: take the identify's word
            boolean shortLine = fields < 22;
            boolean longLine = fields >= 31;
            return shortLine || longLine == model().skySensors() ? Optional.of(identity) : Optional.empty();
        } catch (ProtocolException e) {
            return Optional.empty();
        }
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new Gen1Device(connection, model());
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualGen1Device(System::nanoTime, model());
    }
}
