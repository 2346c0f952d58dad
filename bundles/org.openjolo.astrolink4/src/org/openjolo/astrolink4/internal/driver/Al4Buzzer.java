package org.openjolo.astrolink4.internal.driver;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.core.io.FlagSetting;

/**
 * The buzzer flag, and a beep on command. The public protocol has no beep request; the identify request is
 * the one the firmware family answers with a beep (the AstroHub 3 ancestor firmware beeps on {@code #}), and
 * it changes nothing in the device, so the alerts' "buzz with device buzzer" sends it.
 * docs/astrolink4-implementation.md says what is known and what is not.
 */
final class Al4Buzzer extends FlagSetting {

    Al4Buzzer(AstroLink4Device device) {
        super(device.link(), 'j', Requests::buzzer, "buzzer");
    }

    @Override
    public boolean canBeep() {
        return true;
    }

    @Override
    public CompletableFuture<Void> beep() {
        return link.submit("sound the buzzer", io -> {
            AstroLink4Device.identify(io.exchange(Requests.IDENTIFY));
            return null;
        });
    }
}
