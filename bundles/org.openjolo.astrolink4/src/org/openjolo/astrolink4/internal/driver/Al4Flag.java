package org.openjolo.astrolink4.internal.driver;

import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.ack;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.openjolo.astrolink4.internal.protocol.Fields;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.io.LineExchange;

/**
 * An on/off device setting with its own read letter and write request: the buzzer ({@code j} / {@code J:0|1:})
 * and manual control ({@code f} / {@code F:0|1}).
 */
class Al4Flag implements Buzzer, HandController {

    final AstroLink4Device device;
    private final char readLetter;
    private final Function<Boolean, String> write;
    private final String name;
    private volatile boolean enabled;

    Al4Flag(AstroLink4Device device, char readLetter, Function<Boolean, String> write, String name) {
        this.device = device;
        this.readLetter = readLetter;
        this.write = write;
        this.name = name;
    }

    void read(LineExchange io) throws IOException {
        enabled = Fields.parse(readLetter, io.exchange(String.valueOf(readLetter))).flag(1, name);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return device.link().submit("switch the " + name + (on ? " on" : " off"), io -> {
            String request = write.apply(on);
            ack(request.charAt(0), io.exchange(request));
            read(io);
            return null;
        });
    }
}
