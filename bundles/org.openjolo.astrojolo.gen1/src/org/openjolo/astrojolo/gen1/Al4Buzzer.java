package org.openjolo.astrojolo.gen1;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.FlagSetting;

/**
 * The buzzer flag, and a beep on command. The public protocol has no beep request; the identify request is
 * the one the firmware family answers with a beep (the AstroHub 3 ancestor firmware beeps on {@code #}), and
 * it changes nothing in the device, so the alerts' "buzz with device buzzer" sends it.
 * docs/astrolink4-implementation.md says what is known and what is not.
 */
final class Al4Buzzer extends FlagSetting {

    private final Gen1Device device;

    Al4Buzzer(Gen1Device device) {
        super(device.link(), 'j', Requests::buzzer, "buzzer");
        this.device = device;
    }

    @Override
    public boolean canBeep() {
        return true;
    }

    @Override
    public CompletableFuture<Void> beep() {
        return link.submit("sound the buzzer", io -> {
            Gen1Device.identify(device.model(), io.exchange(Requests.IDENTIFY));
            return null;
        });
    }
}
