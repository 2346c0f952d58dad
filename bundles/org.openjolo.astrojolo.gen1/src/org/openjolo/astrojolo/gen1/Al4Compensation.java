package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.openjolo.core.io.Fields.ack;
import static org.openjolo.core.io.Commands.checked;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.LineExchange;

/** The firmware's compensation: the {@code e} block (cycle, coefficient ×100, sensor, auto, threshold) and {@code S:N}. */
final class Al4Compensation implements FirmwareCompensation {

    /** The {@code e} block's limits (the coefficient is stored in hundredths) and the {@code S:N} byte. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.firmwareCompensation(Limit.of(-1000, 1000, "steps/°C", 2),
            Limit.whole(1, 1000, "steps"), Limit.whole(1, 3600, "s"), Limit.whole(0, 255, "steps"));

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

    /** One of the settings of {@link #DESCRIPTION}. */
    static SettingDescription setting(String id) {
        return DESCRIPTION.setting(id).orElseThrow();
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> configure(Config c) {
        return checked(() -> c.check(DESCRIPTION, device.description()), () -> device.link().submit("write the compensation settings", io -> {
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
        return checked(() -> setting(TRIGGER).check(threshold),
                () -> device.link().submit("compensate (S:" + threshold + ")", io -> ack('S', io.exchange(Requests.compensate(threshold)))));
    }
}
