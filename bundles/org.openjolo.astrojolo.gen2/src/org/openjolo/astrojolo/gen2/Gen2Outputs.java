package org.openjolo.astrojolo.gen2;

import java.io.IOException;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.SwitchedOutputs;

/** The three 12 V outputs: {@code C:i:0|1}, states in status fields 15–17, power-up states in block fields 27–29. */
final class Gen2Outputs extends SwitchedOutputs {

    static final int COUNT = 3;
    private final Gen2Device device;

    Gen2Outputs(Gen2Device device) {
        super(device.link(), COUNT, Requests::output);
        this.device = device;
    }

    @Override
    public boolean isOn(int index) {
        Status s = device.status();
        return s != null && exists(index) && s.outputs()[index];
    }

    @Override
    public boolean powerOnState(int index) {
        SettingsBlock u = device.settingsBlock();
        return u != null && exists(index) && u.get(Block.OUTPUT1_DEFAULT + index) != 0;
    }

    @Override
    protected void writePowerOnState(LineExchange io, int index, boolean on) throws IOException {
        device.writeSettings(io, u -> u.set(Block.OUTPUT1_DEFAULT + index, on ? 1 : 0));
    }
}
