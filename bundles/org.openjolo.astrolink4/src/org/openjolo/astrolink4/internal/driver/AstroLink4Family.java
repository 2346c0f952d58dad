package org.openjolo.astrolink4.internal.driver;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/** The AstroLink 4 USB family service. */
@Component(service = DeviceFamily.class)
public final class AstroLink4Family implements DeviceFamily {

    @Override
    public String id() {
        return AstroLink4.FAMILY_ID;
    }

    @Override
    public String displayName() {
        return AstroLink4.MODEL;
    }

    @Override
    public int baudRate() {
        return AstroLink4.BAUD_RATE;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        String reply = transport.exchange(Requests.IDENTIFY, Duration.ofSeconds(3));
        try {
            return Optional.of(AstroLink4Device.identify(reply));
        } catch (DeviceException e) {
            return Optional.empty();
        }
    }

    @Override
    public Device open(DeviceConnection connection) {
        AstroLink4Device device = new AstroLink4Device(connection);
        connection.start(device, device);
        return device;
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualAstroLink4(System::nanoTime);
    }
}
