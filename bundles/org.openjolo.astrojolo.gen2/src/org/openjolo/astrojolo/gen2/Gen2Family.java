package org.openjolo.astrojolo.gen2;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;

/**
 * Base class of a second-generation family service: a family bundle extends it, names its {@link Gen2Model}
 * and registers it with {@code @Component(service = DeviceFamily.class)}.
 *
 * <p>Probing: the identify reply must start with the model's prefix, and because the mini II answers like the
 * first mini ({@code #:AstroLink4mini}), the status line decides: its first field must be a device code the model
 * accepts ({@link Gen2Model#acceptsDeviceCode}), where a first-generation device sends its focuser position. A model
 * whose code is not public accepts any text there, so it may claim a port another second-generation family claims
 * too (the micro and the mini II): the detector then reports both. Both requests only read.</p>
 */
public abstract class Gen2Family implements DeviceFamily {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    /** The controller this family drives. */
    protected abstract Gen2Model model();

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
            identity = Gen2Device.identify(model(), transport.exchange(Requests.IDENTIFY, PROBE_TIMEOUT));
        } catch (DeviceException e) {
            return Optional.empty();
        }
        String code = Status.deviceCode(transport.exchange(Requests.STATUS, PROBE_TIMEOUT));
        return model().acceptsDeviceCode(code) ? Optional.of(identity) : Optional.empty();
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new Gen2Device(connection, model());
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualGen2Device(System::nanoTime, model());
    }
}
