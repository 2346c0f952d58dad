package org.openjolo.astrojolo.gen2;

import static org.openjolo.core.io.Commands.checked;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.SettingsBlock;

/**
 * Voltage, current and energy from the status line; the protection levels (mV, mA), its sensitivity (ms) and
 * the ADC reference (× 1000) in block fields 36–39 (scales inferred from the makers' simulation values); the
 * trip report in status fields 24–25. The current-sensor calibration is the workbench's: the offset measured
 * with nothing connected is subtracted here.
 */
final class Gen2Power implements PowerMonitor {

    /** The power monitor and its protection limits (the first generation's panel limits; no mini II manual is public). */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.power(Limit.of(10, 14, "V", 1), Limit.of(1, 10, "A", 1),
            Limit.whole(10, 500, "ms"), Limit.of(0.9, 1.2, "V", 3));
    static final String PROFILE_CURRENT_OFFSET = "power.currentOffset";
    private final Gen2Device device;
    private volatile ProtectionSettings protection = new ProtectionSettings(14, 10, 100, 1.1);

    Gen2Power(Gen2Device device) {
        this.device = device;
    }

    void update(SettingsBlock u) {
        protection = new ProtectionSettings(u.get(Block.OVER_VOLTAGE) / 1000.0, u.get(Block.OVER_CURRENT) / 1000.0, u.get(Block.SENSITIVITY),
                u.get(Block.ADC_REFERENCE) / 1000.0);
    }

    @Override
    public ProtectionSettings protection() {
        return protection;
    }

    /** One of the protection settings of {@link #DESCRIPTION}. */
    static SettingDescription setting(String id) {
        return DESCRIPTION.setting(id).orElseThrow();
    }

    @Override
    public CompletableFuture<Void> applyProtection(ProtectionSettings p) {
        return checked(() -> p.check(DESCRIPTION), () -> device.link().submit("write the protection settings", io -> {
            device.writeSettings(io, u -> u.set(Block.ADC_REFERENCE, (int) Math.round(p.adcReference() * 1000))
                    .set(Block.OVER_VOLTAGE, (int) Math.round(p.overVoltage() * 1000))
                    .set(Block.OVER_CURRENT, (int) Math.round(p.overCurrent() * 1000))
                    .set(Block.SENSITIVITY, p.sensitivityMs()));
            return null;
        }));
    }

    @Override
    public Optional<Trip> trip() {
        Status s = device.status();
        if (s == null || s.protectionTrip() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Trip(s.protectionTrip() == 1 ? Trip.Kind.OVER_VOLTAGE : Trip.Kind.OVER_CURRENT, s.protectionValue()));
    }

    @Override
    public CompletableFuture<Void> calibrateCurrent() {
        return device.link().submit("calibrate the current sensor", io -> {
            Status s = device.status(io);
            boolean loaded = s.outputs()[0] || s.outputs()[1] || s.outputs()[2] || s.pwm()[0] > 0 || s.pwm()[1] > 0;
            if (loaded) {
                throw new DeviceException(Reason.BUSY, "Switch all outputs off and disconnect all receivers before calibrating the current sensor");
            }
            device.profile().put(PROFILE_CURRENT_OFFSET, String.format(Locale.ROOT, "%.3f", s.current()));
            return null;
        });
    }

    /** The current with the calibration offset removed. */
    double corrected(double raw) {
        return Math.max(0, raw - device.profile().getDouble(PROFILE_CURRENT_OFFSET, 0));
    }
}
