package org.openjolo.indi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;

/** A device with two focusers is two INDI devices, each with its own focuser properties. */
class MiniIITest extends ServedDevice {

    static final String SECOND = "AstroLink 4 mini II Focuser 2";

    @Override
    String family() {
        return "astrolink4mini2";
    }

    @Override
    String indiName() {
        return "AstroLink 4 mini II";
    }

    @Test
    void eachFocuserIsAnIndiDeviceOfItsOwn() throws Exception {
        Await.until("both served", WAIT, () -> server.devices().contains(SECOND), () -> server.devices().toString());
        Map<String, String> props = IndiTools.getprop(port, indiName() + ".*.*", SECOND + ".*.*");
        assertEquals(Integer.toString(IndiDevice.FOCUSER_INTERFACE), props.get(SECOND + ".DRIVER_INFO.DRIVER_INTERFACE"), "the second is a focuser only");
        assertTrue(props.containsKey(p("WEATHER_PARAMETERS.WEATHER_TEMPERATURE")), "the first carries the rest: " + props.keySet());
        assertTrue(props.containsKey(p("VARIABLE_VOLTAGES.VAR_CHANNEL_1")), "the regulated output: " + props.keySet());
        assertFalse(props.containsKey(SECOND + ".WEATHER_PARAMETERS.WEATHER_TEMPERATURE"));
        Focuser second = device.capability(Focuser.class, "focuser2").orElseThrow();
        assertEquals(Integer.toString(second.position()), props.get(SECOND + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION"));

        int target = second.position() + 400;
        sim.faults().clearReceived();
        IndiTools.setprop(port, SECOND + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + target);
        // indi_eval takes operands of at most 64 characters: the long position operand is read with indi_getprop
        Await.until("focuser 2 at " + target, WAIT, () -> second.position() == target);
        IndiTools.Run wait = IndiTools.evalWait(port, 60, "\"" + SECOND + ".ABS_FOCUS_POSITION._STATE\"==1");
        assertEquals(0, wait.exit(), wait.out() + wait.err());
        assertEquals(Integer.toString(target), IndiTools.getprop(port, SECOND + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")
                .get(SECOND + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION"));
        assertTrue(sim.faults().received().contains("R:1:" + target), "focuser 2's request: " + sim.faults().received());
    }
}
