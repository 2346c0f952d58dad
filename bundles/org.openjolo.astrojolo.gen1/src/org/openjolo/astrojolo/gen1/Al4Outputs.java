package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.core.io.SwitchedOutputs;

/** The three 12 V outputs: {@code C:i:0|1}, states in status fields 12–14, power-up states in {@code u} 15–17. */
final class Al4Outputs extends SwitchedOutputs {

    static final int COUNT = 3;
    private final Gen1Device device;

    Al4Outputs(Gen1Device device) {
        super(device.link(), COUNT, Requests::output);
        this.device = device;
    }

    @Override
    public boolean isOn(int index) {
        StatusLine s = device.status();
        return s != null && s.outputs() != null && exists(index) && s.outputs()[index];
    }

    @Override
    public boolean powerOnState(int index) {
        SettingsBlock u = device.settingsBlock();
        return u != null && exists(index) && u.get(Blocks.U_OUTPUT1_DEFAULT + index) != 0;
    }

    @Override
    protected void writePowerOnState(LineExchange io, int index, boolean on) throws java.io.IOException {
        device.writeSettings(io, u -> u.set(Blocks.U_OUTPUT1_DEFAULT + index, on ? 1 : 0));
    }
}
