package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.openjolo.core.io.Fields.ack;
import static org.openjolo.core.io.Commands.checked;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.io.LineExchange;

/** The firmware's compensation: the {@code e} block (cycle, coefficient ×100, sensor, auto, threshold) and {@code S:N}. */
final class Al4Compensation implements FirmwareCompensation {

    private final Gen1Device device;
    private volatile Config config = new Config(0, 20, 1, false, 30);

    Al4Compensation(Gen1Device device) {
        this.device = device;
    }

    void read(LineExchange io) throws IOException {
        SettingsBlock e = SettingsBlock.parse('e', Blocks.E_FIELDS, io.exchange(Requests.READ_COMPENSATION));
        config = new Config(e.get(Blocks.E_COEFFICIENT) / 100.0, e.get(Blocks.E_THRESHOLD),
                Math.max(1, Math.min(2, e.get(Blocks.E_SENSOR) + 1)), e.get(Blocks.E_AUTO) != 0, e.get(Blocks.E_CYCLE));
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> configure(Config c) {
        return checked(() -> c.check(2), () -> device.link().submit("write the compensation settings", io -> {
            SettingsBlock e = SettingsBlock.parse('e', Blocks.E_FIELDS, io.exchange(Requests.READ_COMPENSATION));
            e.set(Blocks.E_CYCLE, c.cycleSeconds())
                    .set(Blocks.E_COEFFICIENT, (int) Math.round(c.coefficient() * 100))
                    .set(Blocks.E_SENSOR, c.sensor() - 1)
                    .set(Blocks.E_AUTO, c.automatic() ? 1 : 0)
                    .set(Blocks.E_THRESHOLD, c.threshold());
            ack('E', io.exchange(e.writeRequest()));
            read(io);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> compensateNow(int threshold) {
        return checked(() -> DeviceException.checkRange("S:N threshold (steps)", threshold, 0, 255),
                () -> device.link().submit("compensate (S:" + threshold + ")", io -> ack('S', io.exchange(Requests.compensate(threshold)))));
    }
}
