package org.example.hobbyfocuser.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.example.hobbyfocuser.HobbyFocuser;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/** The plug-in point: one DS service, found by the workbench, the simulator and the Alpaca server. */
@Component(service = DeviceFamily.class)
public final class HobbyFocuserFamily implements DeviceFamily {

    @Override
    public String id() {
        return HobbyFocuser.FAMILY_ID;
    }

    @Override
    public String displayName() {
        return HobbyFocuser.MODEL;
    }

    @Override
    public int baudRate() {
        return HobbyFocuser.BAUD_RATE;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        try {
            return Optional.of(HobbyFocuserDevice.identify(transport.exchange(Protocol.IDENTIFY, Duration.ofSeconds(2))));
        } catch (DeviceException e) {
            return Optional.empty();
        }
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new HobbyFocuserDevice(connection);
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualHobbyFocuser(System::nanoTime);
    }
}
