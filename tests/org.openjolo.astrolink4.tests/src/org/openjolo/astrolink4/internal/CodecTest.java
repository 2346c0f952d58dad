package org.openjolo.astrolink4.internal;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjolo.core.io.Fields;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.io.ProtocolException;

/** Requests byte for byte as docs/protocol/astrolink4-usb.md gives them, and every reply field parsed. */
class CodecTest {

    /** The status line the protocol notes quote (community simulation, 2022). */
    static final String DOC_STATUS = "q:0:0:0.34:1:21.30:49.50:10.20:0:0.00:0:0:1:1:1:12.05:5.00:0.01:0.14:0:0:0:0:0:1037.50:1037.50:0:0.00:0.00:0.00:0:0.00";

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void focuserRequestsAreByteExact() {
        assertArrayEquals(ascii("#"), ascii(Requests.IDENTIFY));
        assertArrayEquals(ascii("q"), ascii(Requests.STATUS));
        assertArrayEquals(ascii("u"), ascii(Requests.READ_SETTINGS));
        assertArrayEquals(ascii("z"), ascii(Requests.READ_MOTOR));
        assertArrayEquals(ascii("H"), ascii(Requests.STOP));
        assertArrayEquals(ascii("R:0:3455"), ascii(Requests.moveTo(3455)));
        assertArrayEquals(ascii("R:0:0"), ascii(Requests.moveTo(0)));
        assertArrayEquals(ascii("P:0:12000"), ascii(Requests.sync(12000)));
        assertArrayEquals(ascii("S:20"), ascii(Requests.compensate(20)));
        assertArrayEquals(ascii("C:2:1"), ascii(Requests.output(2, true)));
        assertArrayEquals(ascii("B:1:255"), ascii(Requests.pwm(1, 255)));
        assertArrayEquals(ascii("J:0:"), ascii(Requests.buzzer(false)));
        assertArrayEquals(ascii("F:1"), ascii(Requests.handController(true)));
    }

    @Test
    void settingsWriteIsReadModifyWriteWithTrailingColon() throws ProtocolException {
        SettingsBlock u = SettingsBlock.parse('u', Blocks.U_FIELDS, "u:25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0");
        assertEquals(25000, u.get(Blocks.U_MAX_POSITION));
        assertEquals(220, u.get(Blocks.U_SPEED));
        assertEquals(440, u.get(Blocks.U_ACCELERATION));
        assertEquals(257, u.get(Blocks.U_STEP_SIZE));
        u.set(Blocks.U_MAX_POSITION, 30000).set(Blocks.U_REVERSED, 1);
        assertArrayEquals(ascii("U:30000:220:0:100:440:1:0:1:257:0:0:0:0:0:1:0:0:"), ascii(u.writeRequest()));
        SettingsBlock z = SettingsBlock.parse('z', Blocks.Z_FIELDS, "z:400:3");
        z.set(Blocks.Z_HOLD, Blocks.HOLD_ON);
        assertEquals("Z:400:2:", z.writeRequest());
        // the n block's decimals some firmwares send are read leniently
        SettingsBlock n = SettingsBlock.parse('n', 4, "n:1077:14.0:10.0:100");
        assertEquals(14, n.get(2));
    }

    @Test
    void everyStatusFieldIsParsed() throws ProtocolException {
        String line = "q:3455:-120:1.47:1:2.12:45.10:-12.81:1:-25.22:45:7:1:0:1:12.10:5.00:1.12:13.41:0:34:1:14.60:1:-18.40:3.10:1:4.50:60.00:-2.60:1:20.85";
        StatusLine s = StatusLine.parse(line);
        assertEquals(3455, s.position());
        assertEquals(-120, s.stepsToGo());
        assertTrue(s.moving());
        assertEquals(1.47, s.current());
        assertTrue(s.full());
        assertEquals(new StatusLine.Climate(2.12, 45.10, -12.81), s.sensor1());
        assertEquals(45, s.pwmA());
        assertEquals(7, s.pwmB());
        assertArrayEquals(new boolean[] { true, false, true }, s.outputs());
        assertEquals(12.10, s.inputVoltage());
        assertEquals(5.00, s.regulatedVoltage());
        assertEquals(1.12, s.energyAh());
        assertEquals(13.41, s.energyWh());
        assertEquals(34, s.pendingCompensation());
        assertEquals(1, s.protectionTrip());
        assertEquals(14.60, s.protectionValue());
        assertEquals(-18.40, s.skyTemperature());
        assertEquals(3.10, s.skyAmbient());
        assertEquals(new StatusLine.Climate(4.50, 60.00, -2.60), s.sensor2());
        assertEquals(20.85, s.skyQuality());
    }

    @Test
    void absentSensorsAreAbsentNotZero() throws ProtocolException {
        StatusLine s = StatusLine.parse(DOC_STATUS);
        assertEquals(0, s.position());
        assertFalse(s.moving());
        assertEquals(new StatusLine.Climate(21.30, 49.50, 10.20), s.sensor1());
        assertNull(s.sensor2(), "sensor 2 flag is 0");
        assertNull(s.skyTemperature(), "sky sensor flag is 0, its 1037.50 is junk");
        assertNull(s.skyQuality());
    }

    @Test
    void shortLineWhileMovingAndFirstGenerationLineAreAccepted() throws ProtocolException {
        StatusLine moving = StatusLine.parse("q:1500:1955:0.52:");
        assertEquals(1500, moving.position());
        assertEquals(1955, moving.stepsToGo());
        assertFalse(moving.full());
        assertNull(moving.sensor1());

        StatusLine gen1 = StatusLine.parse("q:1234:0:1.47:1:2.12:45.1:-12.81:1:-25.22:45:0:0:0:1:12.1:5.0:1.12:13.41:0:34:0:0");
        assertEquals(-25.22, gen1.sensor2().temperature());
        assertTrue(Double.isNaN(gen1.sensor2().humidity()));
        assertNull(gen1.skyTemperature());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "q", "q:", "x:1:2:3", "qq:1:2:3", "q:12a:0:0.3", "q:1:0:abc", "q:1:0", "q:1:0:0.3:1:2",
        "q:1:0:0.3:1:NaN:49.50:10.20:0:0.00:0:0:1:1:1:12.05:5.00:0.01:0.14:0:0:0:0",
        "q:1:0:0.3:1:Infinity:49.50:10.20:0:0.00:0:0:1:1:1:12.05:5.00:0.01:0.14:0:0:0:0",
        "q:99999999999:0:0.3", "q: error", "\u00ff:1:2:3"
    })
    void malformedStatusLinesAreProtocolErrorsNotCrashes(String reply) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> StatusLine.parse(reply));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void aLineCutShortAtAFieldBoundaryIsNotTakenForTheShorterFormat() throws Exception {
        String[] fields = DOC_STATUS.split(":");
        String cutAt22 = String.join(":", java.util.Arrays.copyOf(fields, 23));
        String cutAt27 = String.join(":", java.util.Arrays.copyOf(fields, 28));
        ProtocolException e = assertThrows(ProtocolException.class, () -> StatusLine.parse(cutAt22, StatusLine.FIELDS));
        assertTrue(e.getMessage().startsWith("Status line has 22 fields where this device sends 31: cut short"), e.getMessage());
        assertTrue(StatusLine.parse(cutAt22, StatusLine.FIELDS_GEN1).full(), "a first-generation device sends 22");
        assertTrue(StatusLine.parse(cutAt22).full(), "before the format is known, 22 is a format");
        assertThrows(ProtocolException.class, () -> StatusLine.parse(cutAt27), "27 fields is neither format");
        assertEquals(31, StatusLine.fieldCount(DOC_STATUS));
        assertTrue(StatusLine.parse(DOC_STATUS, StatusLine.FIELDS).full());
        assertTrue(StatusLine.parse("q:1500:1955:0.52:", StatusLine.FIELDS).moving(), "the short moving line stays valid");
    }

    @Test
    void errorMessagesNameTheField() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> StatusLine.parse("q:12a:0:0.3"));
        assertTrue(e.getMessage().contains("position"), e.getMessage());
        assertEquals("q:12a:0:0.3", e.reply());
    }

    @Test
    void settingsBlocksMustBeCompleteAndNumeric() {
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('u', 17, "u:25000:220"));
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('u', 17, "u:25000:x:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0"));
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "e:400:3"));
    }

    @Test
    void everySettingsReplyIsParsed() throws ProtocolException {
        SettingsBlock e = SettingsBlock.parse('e', Blocks.E_FIELDS, "e:30:-1200:1:0:20");
        assertEquals(30, e.get(Blocks.E_CYCLE));
        assertEquals(-1200, e.get(Blocks.E_COEFFICIENT));
        assertEquals(1, e.get(Blocks.E_SENSOR));
        assertEquals(0, e.get(Blocks.E_AUTO));
        assertEquals(20, e.get(Blocks.E_THRESHOLD));
        SettingsBlock n = SettingsBlock.parse('n', Blocks.N_FIELDS, "n:1090:140:100:100");
        assertEquals(1090, n.get(Blocks.N_ADC));
        assertEquals("140", n.text(Blocks.N_OVER_VOLTAGE));
        assertEquals(100, n.get(Blocks.N_SENSITIVITY));
        assertTrue(Fields.parse('j', "j:1").flag(1, "buzzer"));
        assertFalse(Fields.parse('f', "f:0").flag(1, "manual control"));
        assertEquals(2, SettingsBlock.parse('z', 2, "z:400:2").get(Blocks.Z_HOLD));
        assertThrows(ProtocolException.class, () -> Fields.parse('j', "j:x").flag(1, "buzzer"));
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('n', 4, "n:1090:140:100"));
    }

    @Test
    void acknowledgementsEchoTheLetterAndErrorsAreRefusals() throws ProtocolException {
        assertEquals(List.of("R"), Fields.parse('R', "R:").tokens());
        assertThrows(ProtocolException.class, () -> Fields.parse('R', "H:"));
        assertThrows(ProtocolException.class, () -> Fields.parse('R', "R: error"));
        assertThrows(ProtocolException.class, () -> Fields.parse('R', ""));
    }
}
