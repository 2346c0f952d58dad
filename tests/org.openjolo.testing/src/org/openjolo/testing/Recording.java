package org.openjolo.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;

/**
 * What a device reported while a test ran: each snapshot's focuser position and each state change, in order.
 * Add it with {@code device.addListener(recording)}; it is called on the device's I/O worker and read from the
 * test's thread.
 */
public final class Recording implements DeviceListener {

    private final List<Integer> positions = new CopyOnWriteArrayList<>();
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();

    /** Records {@code device} from now on. */
    public static Recording of(Device device) {
        Recording r = new Recording();
        device.addListener(r);
        return r;
    }

    @Override
    public void telemetry(Device device, Telemetry telemetry) {
        telemetry.get(StandardTelemetry.FOCUSER_POSITION).ifPresent(positions::add);
    }

    @Override
    public void stateChanged(Device device, ConnectionState state, String reason) {
        states.add(state);
    }

    /** The first focuser's positions, one per snapshot that had one. */
    public List<Integer> positions() {
        return List.copyOf(positions);
    }

    /** The states the device went through. */
    public List<ConnectionState> states() {
        return List.copyOf(states);
    }
}
