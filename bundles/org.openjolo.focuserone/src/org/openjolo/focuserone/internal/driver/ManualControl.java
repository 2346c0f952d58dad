package org.openjolo.focuserone.internal.driver;

import static org.openjolo.core.io.Fields.ack;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.LineExchange;

/**
 * The FocuserOne v2's manual control: {@code F:0|1} only. The makers' v2 driver no longer reads it back
 * ({@code f} is commented out there, and whether the firmware still answers is unknown), so the state shown is
 * the last one written, enabled until then (the buttons work when the device starts).
 */
final class ManualControl implements HandController {

    private final DeviceConnection link;
    private volatile boolean enabled = true;

    ManualControl(DeviceConnection link) {
        this.link = link;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return link.submit("switch the manual control" + (on ? " on" : " off"), io -> {
            write(io, on);
            return null;
        });
    }

    /** Writes the flag and remembers it (on the I/O worker). */
    void write(LineExchange io, boolean on) throws IOException {
        ack('F', io.exchange(Requests.handController(on)));
        enabled = on;
    }
}
