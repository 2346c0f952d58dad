package org.openjolo.astrojolo.gen2;

import java.io.IOException;
import java.util.OptionalInt;

import org.openjolo.core.Telemetry;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.PwmChecks;
import org.openjolo.core.io.WorkbenchPwmRegulation;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.SettingsBlock;

/**
 * The two PWM outputs: {@code B:ch:duty}, duties in status fields 13–14, power-up duties in block fields 30–31
 * (the device sets them itself), frequency code in field 26 (both inferred from the makers' simulation).
 *
 * <p>HEAT and AUTO are regulated by the workbench after each poll ({@link WorkbenchPwmRegulation}), as on the
 * first generation: the makers' driver offers no automatic mode, and whether the firmware's HEAT parameters
 * (block fields 32–35) work as the first generation's is unknown (docs/astrolink4-mini2-implementation.md).
 * A manual duty switches its output back to MANUAL.</p>
 */
final class Gen2Pwm implements PwmOutputs {

    private static final System.Logger LOG = System.getLogger(Gen2Pwm.class.getName());
    static final int COUNT = 2;
    /** The outputs as the device describes them: the duty's limit is read from here. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.pwm(COUNT);

    private final Gen2Device device;
    private final WorkbenchPwmRegulation regulation;

    Gen2Pwm(Gen2Device device) {
        this.device = device;
        this.regulation = new WorkbenchPwmRegulation(device);
    }

    @Override
    public int count() {
        return COUNT;
    }

    @Override
    public int duty(int index) {
        Status s = device.status();
        return s == null || index < 0 || index >= COUNT ? 0 : s.pwm()[index];
    }

    @Override
    public CompletableFuture<Void> setDuty(int index, int percent) {
        return checked(() -> PwmChecks.checkDuty(DESCRIPTION, index, percent),
                () -> device.link().submitThenPoll("set PWM " + (char) ('A' + index) + " to " + percent + " %", io -> {
                    regulation.manual(index);
                    return ack('B', io.exchange(Requests.pwm(index, percent)));
                }));
    }

    @Override
    public PwmSettings settings(int index) {
        return regulation.settings(index);
    }

    @Override
    public CompletableFuture<Void> applySettings(int index, PwmSettings s) {
        return checked(() -> {
            DeviceException.checkRange("PWM output number", index + 1L, 1, COUNT);
            s.check(DESCRIPTION, device.description());
        }, () -> {
            regulation.store(index, s);
            return CompletableFuture.completedFuture(null);
        });
    }

    /** After a poll: HEAT and AUTO outputs get the duty their rule asks for ({@code t}: the poll's values). */
    void regulate(LineExchange io, Status s, Telemetry t) throws IOException {
        if (s.protectionTrip() != 0) {
            return;
        }
        for (int i = 0; i < COUNT; i++) {
            OptionalInt wanted = regulation.wantedDuty(i, t);
            if (wanted.isPresent() && wanted.getAsInt() != s.pwm()[i]) {
                ack('B', io.exchange(Requests.pwm(i, wanted.getAsInt())));
            }
        }
    }

    @Override
    public int startupDuty(int index) {
        SettingsBlock u = device.settingsBlock();
        int duty = u == null || index < 0 || index >= COUNT ? 0 : u.get(Block.PWM1_DEFAULT + index);
        return duty == 0 ? -1 : duty;
    }

    /**
     * Stored in the device, which sets it at power-up. The interface has no future here, so the write is queued
     * and a failure is logged.
     */
    @Override
    public void setStartupDuty(int index, int percent) {
        PwmChecks.checkStartupDuty(COUNT, index, percent);
        device.link().submit("set the power-up duty of PWM " + (char) ('A' + index), io -> {
            device.writeSettings(io, u -> u.set(Block.PWM1_DEFAULT + index, Math.max(0, percent)));
            return null;
        }).whenComplete((v, e) -> {
            if (e != null) {
                LOG.log(System.Logger.Level.WARNING, "Setting the power-up duty of PWM " + (char) ('A' + index) + " failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<Integer> frequencies() {
        return Arrays.stream(Block.PWM_FREQUENCIES).boxed().toList();
    }

    @Override
    public int frequency() {
        SettingsBlock u = device.settingsBlock();
        int code = u == null ? 0 : u.get(Block.PWM_PRESCALER);
        return Block.PWM_FREQUENCIES[Math.max(0, Math.min(Block.PWM_FREQUENCIES.length - 1, code))];
    }

    @Override
    public CompletableFuture<Void> setFrequency(int hertz) {
        int code;
        try {
            code = PwmChecks.frequencyCode(frequencies(), hertz);
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        return device.link().submit("set the PWM frequency to " + hertz + " Hz", io -> {
            device.writeSettings(io, u -> u.set(Block.PWM_PRESCALER, code));
            return null;
        });
    }
}
