package org.openjolo.focuserlink.internal.driver;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;

/**
 * The firmware's compensation, kept in {@code u} fields 8-11 (coefficient ×100, cycle, threshold, auto) and
 * triggered by {@code S:N}. The FocuserLink has one sensor, so the sensor is always 1.
 */
final class FlCompensation implements FirmwareCompensation {

    private final FocuserLinkDevice device;
    private volatile Config config = new Config(0, 20, 1, false, Block.DRIVER_CYCLE);

    FlCompensation(FocuserLinkDevice device) {
        this.device = device;
    }

    void update(SettingsBlock u) {
        config = new Config(u.get(Block.COEFFICIENT) / 100.0, u.get(Block.THRESHOLD), 1, u.get(Block.AUTO) != 0, u.get(Block.CYCLE));
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> configure(Config c) {
        return checked(() -> c.check(1), () -> device.link().submit("write the compensation settings", io -> {
            device.writeBlock(io, u -> u.set(Block.COEFFICIENT, (int) Math.round(c.coefficient() * 100))
                    .set(Block.CYCLE, c.cycleSeconds())
                    .set(Block.THRESHOLD, c.threshold())
                    .set(Block.AUTO, c.automatic() ? 1 : 0));
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> compensateNow(int threshold) {
        return checked(() -> DeviceException.checkRange("S:N threshold (steps)", threshold, 0, 65535),
                () -> device.link().submit("compensate (S:" + threshold + ")", io -> ack('S', io.exchange(Requests.compensate(threshold)))));
    }
}
