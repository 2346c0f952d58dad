package org.openjolo.astrojolo.gen2;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.io.SettingsBlock;

/**
 * An on/off field of the settings block: the buzzer (field 1) or manual control (field 2). The second
 * generation has no letters of their own for them, unlike the first generation's {@code j} and {@code f}.
 */
final class Gen2Flag implements Buzzer, HandController {

    private final Gen2Device device;
    private final int field;
    private final String name;

    Gen2Flag(Gen2Device device, int field, String name) {
        this.device = device;
        this.field = field;
        this.name = name;
    }

    @Override
    public boolean isEnabled() {
        SettingsBlock u = device.settingsBlock();
        return u != null && u.get(field) != 0;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return device.link().submit("switch the " + name + (on ? " on" : " off"), io -> {
            device.writeSettings(io, u -> u.set(field, on ? 1 : 0));
            return null;
        });
    }
}
