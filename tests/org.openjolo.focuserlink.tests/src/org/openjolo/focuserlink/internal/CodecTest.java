package org.openjolo.focuserlink.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;
import org.openjolo.focuserlink.internal.protocol.Status;

/** Requests byte for byte as docs/protocol/focuserlink.md gives them, and every reply field parsed. */
class CodecTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void requestsAreByteExactIncludingTheSyncWithoutIndex() {
        assertArrayEquals(ascii("#"), ascii(Requests.IDENTIFY));
        assertArrayEquals(ascii("q"), ascii(Requests.STATUS));
        assertArrayEquals(ascii("u"), ascii(Requests.READ_SETTINGS));
        assertArrayEquals(ascii("f"), ascii(Requests.READ_MANUAL));
        assertArrayEquals(ascii("H"), ascii(Requests.STOP));
        assertArrayEquals(ascii("R:0:12000"), ascii(Requests.moveTo(12000)));
        assertArrayEquals(ascii("P:5760"), ascii(Requests.sync(5760)));
        assertArrayEquals(ascii("S:20"), ascii(Requests.compensate(20)));
        assertArrayEquals(ascii("F:0"), ascii(Requests.manual(false)));
        assertArrayEquals(ascii("F:1"), ascii(Requests.manual(true)));
    }

    @Test
    void theNotesExampleStatusLineIsParsedFieldByField() throws ProtocolException {
        Status s = Status.parse("q:12000:0:1:8.50:71.0:3.40:-6");
        assertEquals(12000, s.position());
        assertEquals(0, s.stepsToGo());
        assertFalse(s.moving());
        assertTrue(s.full());
        assertEquals(8.50, s.temperature());
        assertEquals(71.0, s.humidity());
        assertEquals(3.40, s.dewPoint());
        assertEquals(-6, s.pendingCompensation());
    }

    @Test
    void withoutTheSensorTheWeatherIsAbsentNotZero() throws ProtocolException {
        Status s = Status.parse("q:100:-40:0:0.00:0.0:0.00:0");
        assertTrue(s.moving());
        assertEquals(-40, s.stepsToGo());
        assertNull(s.temperature());
        assertNull(s.humidity());
        assertNull(s.dewPoint());
        assertEquals(0, s.pendingCompensation());
    }

    @Test
    void aShortLineCarriesTheMotionOnly() throws ProtocolException {
        Status s = Status.parse("q:2000:150:");
        assertFalse(s.full());
        assertEquals(2000, s.position());
        assertEquals(150, s.stepsToGo());
        assertNull(s.pendingCompensation());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "u:1:2", "q:12000", "q:x:0:1:8.5:71:3.4:0", "q:1:0:1:8.5:71", "q:1:0:1:8.5:71:3.4", "q:1:0:1:NaN:71:3.4:0", "q: error" })
    void garbledStatusLinesAreRefusedWithAMessage(String reply) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Status.parse(reply));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void settingsAreWrittenBackWholeWithTheTrailingColon() throws ProtocolException {
        SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, "u:" + Block.DEFAULTS);
        assertEquals(60000, u.get(Block.MAX_POSITION));
        assertEquals(50, u.get(Block.STEP_SIZE));
        assertEquals(20, u.get(Block.THRESHOLD));
        u.set(Block.REVERSED, 1).set(Block.COEFFICIENT, -3550);
        assertArrayEquals(ascii("U:400:3:100:0:60000:1:50:-3550:30:20:0:"), ascii(u.writeRequest()));
    }

    @Test
    void fieldsBeyondTheKnownElevenSurviveAWrite() throws ProtocolException {
        SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, "u:400:3:100:0:60000:0:50:0:30:20:0:7:9");
        u.set(Block.MAX_POSITION, 50000);
        assertEquals("U:400:3:100:0:50000:0:50:0:30:20:0:7:9:", u.writeRequest());
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('u', Block.FIELDS, "u:400:3:100:0:60000:0:50:0:30:20"));
    }
}
