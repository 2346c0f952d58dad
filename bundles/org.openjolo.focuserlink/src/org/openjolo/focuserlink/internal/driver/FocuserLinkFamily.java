package org.openjolo.focuserlink.internal.driver;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserlink.internal.protocol.Requests;
import org.openjolo.focuserlink.internal.sim.VirtualFocuserLink;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/** The FocuserLink family service. */
@Component(service = DeviceFamily.class)
public final class FocuserLinkFamily implements DeviceFamily {

    @Override
    public String id() {
        return FocuserLink.FAMILY_ID;
    }

    @Override
    public String displayName() {
        return FocuserLink.MODEL;
    }

    @Override
    public int baudRate() {
        return FocuserLink.BAUD_RATE;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        String reply = transport.exchange(Requests.IDENTIFY, Duration.ofSeconds(3));
        try {
            return Optional.of(FocuserLinkDevice.identify(reply));
        } catch (DeviceException e) {
            return Optional.empty();
        }
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new FocuserLinkDevice(connection);
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualFocuserLink(System::nanoTime);
    }
}
