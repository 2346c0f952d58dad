package org.openjolo.focuserone.internal.driver;

import java.io.IOException;
import java.util.Optional;

import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.protocol.Status;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/** The FocuserOne (v2 firmware) family service. */
@Component(service = DeviceFamily.class)
public final class FocuserOneFamily implements DeviceFamily {

    @Override
    public String id() {
        return FocuserOne.FAMILY_ID;
    }

    @Override
    public String displayName() {
        return FocuserOne.MODEL;
    }

    @Override
    public int baudRate() {
        return FocuserOne.BAUD_RATE;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        return FocuserOneProbe.probe(transport, FocuserOne.MODEL, fields -> fields == Status.FIELDS);
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new FocuserOneDevice(connection);
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return VirtualFocuserOne.v2(System::nanoTime);
    }
}
