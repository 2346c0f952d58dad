package org.openjolo.astrojolo.gen1;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.DcFocuser;

/**
 * The mini's DC motor focuser: {@code G:<dir>:<power>:<ms>} runs it, the device stops it after the time,
 * {@code K} stops it at once; status field 19 says whether it runs; {@code u} field 14 reverses it.
 */
final class Al4DcFocuser implements DcFocuser {

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
            DeviceException.checkRange("DC focuser power (%)", powerPercent, MIN_POWER, 100);
            DeviceException.checkRange("DC focuser run time (ms)", durationMs, MIN_DURATION_MS, MAX_DURATION_MS);
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
