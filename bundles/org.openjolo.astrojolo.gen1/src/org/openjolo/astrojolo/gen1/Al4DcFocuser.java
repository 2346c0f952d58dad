package org.openjolo.astrojolo.gen1;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.StandardCapabilities;

/**
 * The mini's DC motor focuser: {@code G:<dir>:<power>:<ms>} runs it, the device stops it after the time,
 * {@code K} stops it at once; status field 19 says whether it runs; {@code u} field 14 reverses it.
 */
final class Al4DcFocuser implements DcFocuser {

    /** What the mini's firmware takes in {@code G}: below 10 % the motor does not turn; runs up to 5 s. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.dcFocuser(Limit.whole(10, 100, "%"), Limit.whole(10, 5000, "ms"));

    private final Gen1Device device;
    private volatile boolean running;

    Al4DcFocuser(Gen1Device device) {
        this.device = device;
    }

    void polled(boolean dcRunning) {
        running = dcRunning;
    }

    @Override
    public CompletableFuture<Void> run(boolean inward, int powerPercent, int durationMs) {
        return checked(() -> {
            DESCRIPTION.setting(POWER).orElseThrow().check(powerPercent);
            DESCRIPTION.setting(DURATION).orElseThrow().check(durationMs);
        }, () -> device.link().submit("run the DC focuser " + (inward ? "in" : "out") + " for " + durationMs + " ms", io -> {
            ack('G', io.exchange(Requests.dcRun(inward, powerPercent, durationMs)));
            // running from the acknowledgement on, like the stepper: a script asking right after must see it
            running = true;
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> stop() {
        return device.link().submit("stop the DC focuser", io -> {
            ack('K', io.exchange(Requests.DC_STOP));
            running = false;
            return null;
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isReversed() {
        return device.settingsBlock() != null && device.settingsBlock().get(Blocks.U_DC_REVERSED) != 0;
    }

    @Override
    public CompletableFuture<Void> setReversed(boolean reversed) {
        return device.link().submit("reverse the DC focuser " + (reversed ? "on" : "off"), io -> {
            device.writeSettings(io, u -> u.set(Blocks.U_DC_REVERSED, reversed ? 1 : 0));
            return null;
        });
    }
}
