package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.openjolo.core.io.Fields.ack;
import static org.openjolo.core.io.Commands.checked;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.DeviceException;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.PwmChecks;
import org.openjolo.core.io.WorkbenchPwmRegulation;
import org.openjolo.core.Telemetry;
import java.util.OptionalInt;

/**
 * The two PWM outputs: {@code B:ch:duty}, duties in status fields 10–11, frequency in {@code u} field 10.
 *
 * <p>HEAT and AUTO are regulated by the workbench after each poll, by sending manual duties: the public protocol
 * has no command for their parameters ("heat power at max humidity", preset temperature, direction), and the
 * firmware's own automatic mode ({@code B:ch:255}) cannot be configured. The device keeps the last duty if the
 * workbench stops. Nothing is regulated while the protection has switched the outputs off.</p>
 */
final class Al4Pwm implements PwmOutputs {

    static final int COUNT = 2;
    /** The outputs as the device describes them: the duty's limit is read from here. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.pwm(COUNT);

    private final Gen1Device device;
    private final WorkbenchPwmRegulation regulation;

    Al4Pwm(Gen1Device device) {
        this.device = device;
        this.regulation = new WorkbenchPwmRegulation(device);
    }

    @Override
    public int count() {
        return COUNT;
    }

    @Override
    public int duty(int index) {
        StatusLine s = device.status();
        if (s == null || s.pwmA() == null) {
            return 0;
        }
        return index == 0 ? s.pwmA() : s.pwmB();
    }

    @Override
    public CompletableFuture<Void> setDuty(int index, int percent) {
        return checked(() -> PwmChecks.checkDuty(DESCRIPTION, index, percent),
                () -> device.link().submitThenPoll("set PWM " + (char) ('A' + index) + " to " + percent + " %", io -> {
            regulation.manual(index);
            return ack('B', io.exchange(Requests.pwm(index, percent)));
        }));
    }

    private static String key(int index, String name) {
        return "pwm." + (index + 1) + "." + name;
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
    void regulate(LineExchange io, StatusLine s, Telemetry t) throws IOException {
        if (s.protectionTrip() != null && s.protectionTrip() != 0) {
            return;
        }
        for (int i = 0; i < COUNT; i++) {
            int now = i == 0 ? s.pwmA() : s.pwmB();
            OptionalInt wanted = regulation.wantedDuty(i, t);
            if (wanted.isPresent() && wanted.getAsInt() != now) {
                ack('B', io.exchange(Requests.pwm(i, wanted.getAsInt())));
            }
        }
    }

    @Override
    public int startupDuty(int index) {
        return device.profile().getInt(key(index, "startup"), -1);
    }

    @Override
    public void setStartupDuty(int index, int percent) {
        PwmChecks.checkStartupDuty(COUNT, index, percent);
        device.profile().put(key(index, "startup"), percent < 0 ? null : Integer.toString(percent));
    }

    /**
     * The USB protocol has no field for PWM startup values, so the workbench sets them when it connects to a
     * device that was just powered (its energy counter still below 0.01 Ah): the closest it can come to
     * "set after power is on".
     */
    void applyStartupValues(LineExchange io, StatusLine s) throws IOException {
        if (!s.full() || s.energyAh() == null || s.energyAh() >= 0.01) {
            return;
        }
        for (int i = 0; i < COUNT; i++) {
            int startup = startupDuty(i);
            int now = i == 0 ? s.pwmA() : s.pwmB();
            if (startup >= 0 && settings(i).mode() == PwmMode.MANUAL && now != startup) {
                ack('B', io.exchange(Requests.pwm(i, startup)));
            }
        }
    }

    @Override
    public List<Integer> frequencies() {
        return Arrays.stream(Blocks.PWM_FREQUENCIES).boxed().toList();
    }

    @Override
    public int frequency() {
        SettingsBlock u = device.settingsBlock();
        int code = u == null ? 3 : u.get(Blocks.U_PWM_PRESCALER);
        return Blocks.PWM_FREQUENCIES[Math.max(0, Math.min(3, code))];
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
            device.writeSettings(io, u -> u.set(Blocks.U_PWM_PRESCALER, code));
            return null;
        });
    }
}
