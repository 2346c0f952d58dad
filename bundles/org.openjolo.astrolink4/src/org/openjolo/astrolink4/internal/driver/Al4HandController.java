package org.openjolo.astrolink4.internal.driver;

import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.ack;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrolink4.internal.protocol.Fields;
import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.io.LineExchange;

/** Manual control box: {@code f} / {@code F:0|1}. */
final class Al4HandController implements HandController {

    private final AstroLink4Device device;
    private volatile boolean enabled;

    Al4HandController(AstroLink4Device device) {
        this.device = device;
    }

    void read(LineExchange io) throws IOException {
        enabled = Fields.parse('f', io.exchange(Requests.READ_HAND_CONTROLLER)).flag(1, "manual control");
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return device.link().submit((on ? "enable" : "disable") + " manual control", io -> {
            ack('F', io.exchange(Requests.handController(on)));
            read(io);
            return null;
        });
    }
}
