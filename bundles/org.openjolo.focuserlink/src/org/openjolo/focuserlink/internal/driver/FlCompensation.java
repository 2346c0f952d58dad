package org.openjolo.focuserlink.internal.driver;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;

/**
 * The firmware's compensation, kept in {@code u} fields 8-11 (coefficient ×100, cycle, threshold, auto) and
 * triggered by {@code S:N}. The FocuserLink has one sensor, so the sensor is always 1.
 */
final class FlCompensation implements FirmwareCompensation {

    /** The {@code u} block's compensation limits (the coefficient is stored in hundredths) and the 16-bit {@code S:N}. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.firmwareCompensation(Limit.of(-1000, 1000, "steps/°C", 2),
            Limit.whole(1, 1000, "steps"), Limit.whole(1, 3600, "s"), Limit.whole(0, 65535, "steps"));

    private final FocuserLinkDevice device;
    private volatile Config config = new Config(0, 20, 1, false, Block.DRIVER_CYCLE);

    FlCompensation(FocuserLinkDevice device) {
        this.device = device;
    }

    void update(SettingsBlock u) {
        config = new Config(u.get(Block.COEFFICIENT) / 100.0, u.get(Block.THRESHOLD), 1, u.get(Block.AUTO) != 0, u.get(Block.CYCLE));
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
            device.writeBlock(io, u -> u.set(Block.COEFFICIENT, (int) Math.round(c.coefficient() * 100))
                    .set(Block.CYCLE, c.cycleSeconds())
                    .set(Block.THRESHOLD, c.threshold())
                    .set(Block.AUTO, c.automatic() ? 1 : 0));
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> compensateNow(int threshold) {
        return checked(() -> setting(TRIGGER).check(threshold),
                () -> device.link().submit("compensate (S:" + threshold + ")", io -> ack('S', io.exchange(Requests.compensate(threshold)))));
    }
}
