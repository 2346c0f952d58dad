package org.openjolo.astrolink4mini2.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.testing.ManualClock;

/** The mini II's wire format as docs/protocol/astrolink4-mini2.md gives it (the makers' simulation lines). */
class Mini2CodecTest {

    /** The status line of the makers' simulation table: 35 fields, one more than their driver reads. */
    static final String DOC_STATUS = "q:AL4MII:1234:0:5678:0:3.14:1:23.12:45:9.11:1:19.19:35:80:1:0:1:12.11:7.62:20.01:132.11:33:0:0:0:1:-10.1:7.7:1:19.19:35:8.22:1:1:18.11";
    /** The settings block of the makers' simulation table. */
    static final String DOC_SETTINGS = "u:1:1:80:120:30:50:200:800:200:800:0:2:10000:80000:0:0:50:18:30:15:5:10:10:0:1:0:0:0:0:0:0:0:40:90:10:1100:14000:10000:100:0";

    @Test
    void requestsAreByteExactWithTheFocusersIndex() {
        assertEquals(List.of("R:0:1234", "R:1:70000", "P:1:5", "H:0", "H:1", "C:2:1", "C:0:0", "B:1:0", "B:0:55"),
                List.of(Requests.moveTo(0, 1234), Requests.moveTo(1, 70000), Requests.sync(1, 5), Requests.stop(0), Requests.stop(1),
                        Requests.output(2, true), Requests.output(0, false), Requests.pwm(1, 0), Requests.pwm(0, 55)));
        assertEquals(List.of("#", "q", "u"), List.of(Requests.IDENTIFY, Requests.STATUS, Requests.READ_SETTINGS));
    }

    @Test
    void everyStatusFieldGoesWhereTheDriversIndexSays() throws ProtocolException {
        Status s = Status.parse(DOC_STATUS, AstroLink4Mini2.DEVICE_CODE);
        assertEquals("AL4MII", s.deviceCode());
        assertArrayEquals(new int[] { 1234, 5678 }, s.positions());
        assertArrayEquals(new int[] { 0, 0 }, s.stepsToGo());
        assertEquals(3.14, s.current());
        assertEquals(new Status.Climate(23.12, 45, 9.11), s.sensor1());
        assertEquals(new Status.Climate(19.19, 35, 8.22), s.sensor2(), "the extended sensor 2 (fields 29-32) wins over the plain one");
        assertArrayEquals(new int[] { 35, 80 }, s.pwm());
        assertArrayEquals(new boolean[] { true, false, true }, s.outputs());
        assertEquals(12.11, s.inputVoltage());
        assertEquals(7.62, s.regulatedVoltage());
        assertEquals(20.01, s.energyAh());
        assertEquals(132.11, s.energyWh());
        assertArrayEquals(new int[] { 33, 0 }, s.pendingCompensation());
        assertEquals(0, s.protectionTrip());
        assertEquals(-10.1, s.skyTemperature());
        assertEquals(7.7, s.skyAmbient());
        assertEquals(1.0, s.skyQuality(), "field 34, as the driver reads it; the simulation's 35th field is tolerated");
    }

    @Test
    void absentSensorsAreNullAndAPlainSensorTwoIsATemperature() throws ProtocolException {
        String[] t = DOC_STATUS.split(":");
        t[7] = "0";
        t[26] = "0";
        t[29] = "0";
        t[33] = "0";
        Status s = Status.parse(String.join(":", t), "AL4MII");
        assertNull(s.sensor1());
        assertNull(s.skyTemperature());
        assertNull(s.skyAmbient());
        assertNull(s.skyQuality());
        assertEquals(19.19, s.sensor2().temperature());
        assertTrue(Double.isNaN(s.sensor2().humidity()));
    }

    @Test
    void aForeignOrShortLineIsAProtocolError() {
        String gen1Line = "q:1234:0:1.47:1:2.12:45.1:-12.81:1:-25.22:45:0:0:0:1:12.1:5.0:1.12:13.41:0:34:0:0:1:-20:2:0:1:2:3:1:20.1";
        assertEquals("Status line has 31 fields, expected 34: '" + gen1Line + "'",
                assertThrows(ProtocolException.class, () -> Status.parse(gen1Line, "AL4MII")).getMessage());
        String micro = DOC_STATUS.replace("AL4MII", "AL4MIC");
        assertEquals("Status line names the device 'AL4MIC', expected 'AL4MII': '" + micro + "'",
                assertThrows(ProtocolException.class, () -> Status.parse(micro, "AL4MII")).getMessage());
        assertEquals("AL4MII", Status.deviceCode(DOC_STATUS));
        assertEquals("1234", Status.deviceCode("q:1234:0:1.47"), "a first-generation line has the position there");
        assertEquals("", Status.deviceCode("#:AstroLink4mini"));
    }

    @Test
    void theSettingsBlockHasFortyFieldsAndIsWrittenWholeWithATrailingColon() throws Exception {
        SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, DOC_SETTINGS);
        assertEquals(40, u.count());
        assertEquals(DOC_SETTINGS.substring(2), Block.DEFAULTS);
        assertEquals(800, u.get(Block.of(Block.SPEED, 1)), "focuser 2's speed");
        assertEquals(80000, u.get(Block.of(Block.MAX_POSITION, 1)));
        assertEquals(50, u.get(Block.of(Block.STEP_SIZE, 0)));
        u.set(Block.of(Block.SPEED, 1), 400);
        assertEquals("U:" + DOC_SETTINGS.substring(2).replace(":200:800:200:800:", ":200:400:200:800:") + ":", u.writeRequest(),
                "the whole block goes back, with the trailing ':'");
    }

    @Test
    void theVirtualMiniTwoAnswersTheDocumentedShapes() throws ProtocolException {
        VirtualGen2Device d = new VirtualGen2Device(new ManualClock(), AstroLink4Mini2Family.DEVICE);
        assertEquals("#:AstroLink4mini", d.handle("#"));
        String q = d.handle("q");
        assertEquals(34, q.split(":").length - 1, q);
        assertTrue(q.length() < 250, "the makers' driver reads at most 250 bytes");
        Status.parse(q, "AL4MII");
        assertEquals(DOC_SETTINGS, d.handle("u"));
        assertEquals("X: error", d.handle("X"));
        assertEquals("R: error", d.handle("R:2:100"), "there is no third focuser");
    }
}
