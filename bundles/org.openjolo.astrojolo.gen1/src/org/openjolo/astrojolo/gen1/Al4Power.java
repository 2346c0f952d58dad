package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.openjolo.core.io.Fields.ack;
import static org.openjolo.core.io.Commands.checked;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;

/**
 * Voltage, current and energy from the status line; protection and the ADC reference in the {@code n} block;
 * the trip report in status fields 21–22. The current-sensor calibration is the workbench's: the public
 * protocol has no command for it, so the offset measured with nothing connected is subtracted here.
 */
final class Al4Power implements PowerMonitor {

    /** The power monitor and its protection limits, as the makers' panel allows them. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.power(Limit.of(10, 14, "V", 1), Limit.of(1, 10, "A", 1),
            Limit.whole(10, 500, "ms"), Limit.of(0.9, 1.2, "V", 3));
    static final String PROFILE_CURRENT_OFFSET = "power.currentOffset";
    private final Gen1Device device;
    private volatile ProtectionSettings protection = new ProtectionSettings(14, 10, 100, 1.09);

    Al4Power(Gen1Device device) {
        this.device = device;
    }

    void read(LineExchange io) throws IOException {
        SettingsBlock n = SettingsBlock.parse('n', Blocks.N_FIELDS, io.exchange(Requests.READ_PROTECTION));
        protection = new ProtectionSettings(tenths(n, Blocks.N_OVER_VOLTAGE), tenths(n, Blocks.N_OVER_CURRENT),
                n.get(Blocks.N_SENSITIVITY), n.decimal(Blocks.N_ADC) / 1000.0);
    }

    /** The drivers write tenths ({@code 140} = 14.0 V); some firmwares answer in units ({@code 14.0}): read both. */
    private static double tenths(SettingsBlock n, int field) {
        return n.text(field).contains(".") ? n.decimal(field) : n.decimal(field) / 10.0;
    }

    @Override
    public ProtectionSettings protection() {
        return protection;
    }

    @Override
    public CompletableFuture<Void> applyProtection(ProtectionSettings p) {
        return checked(() -> p.check(DESCRIPTION), () -> device.link().submit("write the protection settings", io -> {
            SettingsBlock n = SettingsBlock.parse('n', Blocks.N_FIELDS, io.exchange(Requests.READ_PROTECTION));
            n.set(Blocks.N_ADC, (int) Math.round(p.adcReference() * 1000))
                    .set(Blocks.N_OVER_VOLTAGE, (int) Math.round(p.overVoltage() * 10))
                    .set(Blocks.N_OVER_CURRENT, (int) Math.round(p.overCurrent() * 10))
                    .set(Blocks.N_SENSITIVITY, p.sensitivityMs());
            ack('N', io.exchange(n.writeRequest()));
            read(io);
            return null;
        }));
    }

    /** One of the protection settings of {@link #DESCRIPTION}. */
    static SettingDescription setting(String id) {
        return DESCRIPTION.setting(id).orElseThrow();
    }

    @Override
    public Optional<Trip> trip() {
        StatusLine s = device.status();
        if (s == null || s.protectionTrip() == null || s.protectionTrip() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Trip(s.protectionTrip() == 1 ? Trip.Kind.OVER_VOLTAGE : Trip.Kind.OVER_CURRENT, s.protectionValue()));
    }

    @Override
    public CompletableFuture<Void> calibrateCurrent() {
        return device.link().submit("calibrate the current sensor", io -> {
            StatusLine s = device.status(io);
            if (s.outputs() != null && (s.outputs()[0] || s.outputs()[1] || s.outputs()[2]
                    || (s.pwmA() != null && s.pwmA() > 0) || (s.pwmB() != null && s.pwmB() > 0))) {
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
