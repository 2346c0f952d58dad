package org.openjolo.astrolink4.internal.driver;

import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.ack;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrolink4.internal.protocol.Fields;
import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.io.LineExchange;

/** The buzzer: {@code j} / {@code J:0|1:}. */
final class Al4Buzzer implements Buzzer {

    private final AstroLink4Device device;
    private volatile boolean enabled;

    Al4Buzzer(AstroLink4Device device) {
        this.device = device;
    }

    void read(LineExchange io) throws IOException {
        enabled = Fields.parse('j', io.exchange(Requests.READ_BUZZER)).flag(1, "buzzer");
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return device.link().submit("switch the buzzer " + (on ? "on" : "off"), io -> {
            ack('J', io.exchange(Requests.buzzer(on)));
            read(io);
            return null;
        });
    }
}
