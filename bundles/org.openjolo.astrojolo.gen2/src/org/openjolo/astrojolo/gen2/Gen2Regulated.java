package org.openjolo.astrojolo.gen2;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.Commands;

/**
 * The regulated 3–10 V output: its voltage is status field 19. No public source shows a request that sets it
 * or switches it (the makers' driver only reads it, and the settings block has no field for it), so it is
 * described as reported, not settable, and the workbench sends nothing: a guessed request letter could be one
 * of the firmware's undocumented ones (factory reset, calibration). docs/astrolink4-mini2-implementation.md.
 */
final class Gen2Regulated implements RegulatedOutput {

    /** The range the hardware regulates within (the maker's product description). */
    static final Limit VOLTS = Limit.of(3, 10, "V", 1);
    /** The output as the device describes it. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.regulatedOutput(VOLTS, false);
    /** Below this the output is taken as off (a regulator set to its lowest gives 3 V). */
    private static final double ON_ABOVE = 1.0;

    private final Gen2Device device;

    Gen2Regulated(Gen2Device device) {
        this.device = device;
    }

    @Override
    public boolean isOn() {
        return voltage() > ON_ABOVE;
    }

    @Override
    public double voltage() {
        Status s = device.status();
        return s == null ? 0 : s.regulatedVoltage();
    }

    @Override
    public CompletableFuture<Void> setOn(boolean on) {
        return Commands.checked(() -> {
            throw notSettable();
        }, () -> CompletableFuture.completedFuture(null));
    }

    @Override
    public CompletableFuture<Void> setVoltage(double volts) {
        return Commands.checked(() -> {
            Channel<?> voltage = DESCRIPTION.channels().get(0);
            VOLTS.check(voltage.label(), volts);
            throw notSettable();
        }, () -> CompletableFuture.completedFuture(null));
    }

    private DeviceException notSettable() {
        return new DeviceException(Reason.NOT_SUPPORTED, "The " + device.model().name()
                + "'s regulated output is set on the device itself: its protocol has no request for it, so the workbench only shows its voltage");
    }
}
