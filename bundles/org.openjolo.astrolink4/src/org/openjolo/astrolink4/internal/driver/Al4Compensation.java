package org.openjolo.astrolink4.internal.driver;

import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.ack;
import static org.openjolo.astrolink4.internal.driver.AstroLink4Device.checked;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.astrolink4.internal.protocol.SettingsBlock;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.io.LineExchange;

/** The firmware's compensation: the {@code e} block (cycle, coefficient ×100, sensor, auto, threshold) and {@code S:N}. */
final class Al4Compensation implements FirmwareCompensation {

    private final AstroLink4Device device;
    private volatile Config config = new Config(0, 20, 1, false, 30);

    Al4Compensation(AstroLink4Device device) {
        this.device = device;
    }

    void read(LineExchange io) throws IOException {
        SettingsBlock e = SettingsBlock.parse('e', SettingsBlock.E_FIELDS, io.exchange(Requests.READ_COMPENSATION));
        config = new Config(e.get(SettingsBlock.E_COEFFICIENT) / 100.0, e.get(SettingsBlock.E_THRESHOLD),
                Math.max(1, Math.min(2, e.get(SettingsBlock.E_SENSOR) + 1)), e.get(SettingsBlock.E_AUTO) != 0, e.get(SettingsBlock.E_CYCLE));
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> configure(Config c) {
        return checked(() -> {
            if (!(c.coefficient() >= -1000 && c.coefficient() <= 1000)) {
                throw new DeviceException(Reason.INVALID_VALUE, "Compensation " + c.coefficient() + " steps/°C is outside the allowed range -1000 to 1000");
            }
            DeviceException.checkRange("Compensation threshold (steps)", c.threshold(), 1, 1000);
            DeviceException.checkRange("Compensation sensor", c.sensor(), 1, 2);
            DeviceException.checkRange("Compensation cycle (s)", c.cycleSeconds(), 1, 3600);
        }, () -> device.link().submit("write the compensation settings", io -> {
            SettingsBlock e = SettingsBlock.parse('e', SettingsBlock.E_FIELDS, io.exchange(Requests.READ_COMPENSATION));
            e.set(SettingsBlock.E_CYCLE, c.cycleSeconds())
                    .set(SettingsBlock.E_COEFFICIENT, (int) Math.round(c.coefficient() * 100))
                    .set(SettingsBlock.E_SENSOR, c.sensor() - 1)
                    .set(SettingsBlock.E_AUTO, c.automatic() ? 1 : 0)
                    .set(SettingsBlock.E_THRESHOLD, c.threshold());
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
