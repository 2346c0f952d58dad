package org.openjolo.shape;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.openjolo.core.Device;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/** The shape test family service: registered like any family plugin's, found by the whole workbench. */
@Component(service = DeviceFamily.class)
public final class ShapeFamily implements DeviceFamily {

    @Override
    public String id() {
        return Shape.FAMILY_ID;
    }

    @Override
    public String displayName() {
        return Shape.MODEL;
    }

    @Override
    public int baudRate() {
        return Shape.BAUD_RATE;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        String reply = transport.exchange("#", Duration.ofSeconds(2));
        return ("#:" + Shape.IDENTITY).equals(reply) ? Optional.of(Shape.IDENTITY) : Optional.empty();
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new ShapeDevice(connection);
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return new VirtualShapeDevice(System::nanoTime);
    }
}
