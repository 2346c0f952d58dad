package org.openjolo.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;

/**
 * What would keep running on the hardware unseen when the workbench lets go of a device: focusers on the way
 * (the motor runs on with nothing on screen) and PWM outputs the workbench regulates (HEAT and AUTO stay at
 * their last duty). Disconnect and quit ask with these sentences and stop the motors first.
 */
public final class SafeStops {

    private SafeStops() {
    }

    /** A focuser instance that is moving. */
    public record Moving(Device device, CapabilityDescription instance, Focuser focuser) {

        /** For people: "Focuser 2 of AstroLink 4 mini II on /dev/ttyUSB0". */
        public String label() {
            return instance.name() + " of " + device;
        }
    }

    /** The moving focusers of the connected devices among {@code devices}. */
    public static List<Moving> moving(Collection<Device> devices) {
        List<Moving> all = new ArrayList<>();
        for (Device d : devices) {
            if (d.state() != ConnectionState.CONNECTED) {
                continue;
            }
            for (CapabilityDescription c : d.description().of(Focuser.class)) {
                d.capability(Focuser.class, c.id()).filter(Focuser::isMoving).ifPresent(f -> all.add(new Moving(d, c, f)));
            }
        }
        return all;
    }

    /** Stops each of them; completes when every stop was taken, or with the first failure. */
    public static CompletableFuture<Void> stop(List<Moving> moving) {
        return CompletableFuture.allOf(moving.stream().map(m -> m.focuser().abort()).toArray(CompletableFuture[]::new));
    }

    /**
     * One sentence per moving focuser and per output the workbench regulates; empty when nothing would run on.
     *
     * @param until until when a regulated output keeps its duty, e.g. "until the workbench runs again"
     */
    public static List<String> warnings(Collection<Device> devices, String until) {
        List<String> lines = new ArrayList<>();
        for (Moving m : moving(devices)) {
            lines.add(m.label() + " is moving: it is stopped first.");
        }
        for (Device d : devices) {
            if (d.state() != ConnectionState.CONNECTED) {
                continue;
            }
            PwmOutputs pwm = d.capability(PwmOutputs.class).orElse(null);
            List<Channel<?>> duties = d.description().first(PwmOutputs.class).map(c -> c.channels(Quantities.DUTY)).orElse(List.of());
            for (int i = 0; pwm != null && i < duties.size(); i++) {
                PwmMode mode = pwm.settings(i).mode();
                if (mode != PwmMode.MANUAL) {
                    lines.add(String.format(Locale.ROOT, "%s of %s is regulated by the workbench (%s): it stays at %d %% %s.",
                            duties.get(i).label(), d, mode, pwm.duty(i), until));
                }
            }
        }
        return lines;
    }
}
