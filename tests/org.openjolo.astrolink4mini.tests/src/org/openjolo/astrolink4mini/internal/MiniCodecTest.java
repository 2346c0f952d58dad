package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;

/** The mini's wire format as docs/protocol/astrolink4-mini.md gives it and as the INDI driver was seen to need it. */
class MiniCodecTest {

    /** The status line of the makers' simulation table (22 fields). */
    static final String DOC_STATUS = "q:1234:0:1.47:1:2.12:45.1:-12.81:1:-25.22:45:0:0:0:1:12.1:5.0:1.12:13.41:0:34:0:0";

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void dcFocuserRequestsAreByteExact() {
        assertArrayEquals(ascii("G:1:50:500"), ascii(Requests.dcRun(true, 50, 500)));
        assertArrayEquals(ascii("G:0:80:1500"), ascii(Requests.dcRun(false, 80, 1500)));
        assertArrayEquals(ascii("K"), ascii(Requests.DC_STOP));
        assertArrayEquals(ascii("R:0:10800"), ascii(Requests.moveTo(10800)));
        assertArrayEquals(ascii("P:0:5000"), ascii(Requests.sync(5000)));
        assertArrayEquals(ascii("C:1:1"), ascii(Requests.output(1, true)));
        assertArrayEquals(ascii("B:0:255"), ascii(Requests.pwm(0, 255)));
    }

    @Test
    void theTwentyTwoFieldLineIsParsedWithSensorTwoAsATemperatureAndTheDcMotor() throws ProtocolException {
        StatusLine s = StatusLine.parse(DOC_STATUS);
        assertEquals(1234, s.position());
        assertEquals(1.47, s.current());
        assertEquals(2.12, s.sensor1().temperature());
        assertEquals(-25.22, s.sensor2().temperature());
        assertTrue(Double.isNaN(s.sensor2().humidity()), "sensor 2 of the mini measures temperature only");
        assertEquals(45, s.pwmA());
        assertTrue(s.outputs()[2]);
        assertEquals(12.1, s.inputVoltage());
        assertEquals(34, s.pendingCompensation());
        assertFalse(s.dcRunning());
        assertNull(s.skyTemperature());
        assertTrue(StatusLine.parse(DOC_STATUS.replace(":13.41:0:34:", ":13.41:1:34:")).dcRunning());
    }

    @Test
    void theVirtualMiniAnswersWhatTheMakersDriverNeeds() throws ProtocolException {
        VirtualGen1Device mini = new VirtualGen1Device(System::nanoTime, AstroLink4MiniFamily.DEVICE);
        assertTrue(mini.handle("#").startsWith("#:AstroLink4min"), "the driver compares 15 characters");
        String q = mini.handle("q");
        Fields f = Fields.parse('q', q);
        assertEquals(22, f.count());
        assertTrue(q.length() <= 99, "the driver ignores replies over 99 characters: " + q.length());
        assertFalse(q.contains("::") || q.endsWith(":") || q.contains("\r"), "no empty field, no CR: " + q);
        assertEquals("0", f.text(21), "the protection flag is compared as the string 0");
        assertEquals("z: error", mini.handle("z"), "the mini has no motor block");
        assertEquals(17, Fields.parse('u', mini.handle("u")).count());
        assertEquals("G:", mini.handle("G:1:80:200"));
        assertEquals("1", Fields.parse('q', mini.handle("q")).text(19), "the DC motor runs");
        assertEquals("K:", mini.handle("K"));
        assertEquals("0", Fields.parse('q', mini.handle("q")).text(19));
    }
}
