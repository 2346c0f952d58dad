package org.openjolo.astrojolo.gen2;

import static org.openjolo.core.io.Commands.checked;
import static org.openjolo.core.io.Fields.ack;

import java.util.concurrent.CompletableFuture;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.io.SettingsBlock;

/** The three 12 V outputs: {@code C:i:0|1}, states in status fields 15–17, power-up states in block fields 27–29. */
final class Gen2Outputs implements PowerSwitches {

    static final int COUNT = 3;
    private final Gen2Device device;

    Gen2Outputs(Gen2Device device) {
        this.device = device;
    }

    @Override
    public int count() {
        return COUNT;
    }

    @Override
    public boolean isOn(int index) {
        Status s = device.status();
        return s != null && index >= 0 && index < COUNT && s.outputs()[index];
    }

    @Override
    public CompletableFuture<Void> set(int index, boolean on) {
        return checked(() -> DeviceException.checkRange("Output number", index + 1L, 1, COUNT),
                () -> device.link().submit("switch output " + (index + 1) + (on ? " on" : " off"),
                        io -> ack('C', io.exchange(Requests.output(index, on)))));
    }

    @Override
    public boolean powerOnState(int index) {
        SettingsBlock u = device.settingsBlock();
        return u != null && index >= 0 && index < COUNT && u.get(Block.OUTPUT1_DEFAULT + index) != 0;
    }

    @Override
    public CompletableFuture<Void> setPowerOnState(int index, boolean on) {
        return checked(() -> DeviceException.checkRange("Output number", index + 1L, 1, COUNT),
                () -> device.link().submit("set the power-up state of output " + (index + 1), io -> {
                    device.writeSettings(io, u -> u.set(Block.OUTPUT1_DEFAULT + index, on ? 1 : 0));
                    return null;
                }));
    }
}
