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

/**
 * Voltage, current and energy from the status line; protection and the ADC reference in the {@code n} block;
 * the trip report in status fields 21–22. The current-sensor calibration is the workbench's: the public
 * protocol has no command for it, so the offset measured with nothing connected is subtracted here.
 */
final class Al4Power implements PowerMonitor {

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
        return checked(() -> {
            range("Over-voltage level", p.overVoltage(), 10, 14, "V");
            range("Over-current level", p.overCurrent(), 1, 10, "A");
            DeviceException.checkRange("Protection sensitivity (ms)", p.sensitivityMs(), 10, 500);
            range("ADC reference", p.adcReference(), 0.9, 1.2, "V");
        }, () -> device.link().submit("write the protection settings", io -> {
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

    static void range(String what, double value, double min, double max, String unit) throws DeviceException {
        if (!(value >= min && value <= max)) {
            throw new DeviceException(Reason.INVALID_VALUE, String.format(Locale.ROOT,
                    "%s %s %s is outside the allowed range %s to %s %s", what, value, unit, min, max, unit));
        }
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
