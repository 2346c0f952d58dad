package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserone.internal.protocol.Block;
import org.openjolo.focuserone.internal.protocol.FocuserOneRequests;
import org.openjolo.focuserone.internal.protocol.Status;

/** The FocuserOne v2 codec: the status line field by field, the 19-field block, the sync without index. */
class CodecTest {

    /** The notes' example status line (docs/protocol/focuserone.md §5). */
    static final String DOC_STATUS = "q:25000:0:1:8.2:70.5:3.1:0:0.0:0";

    @Test
    void theNotesExampleStatusLineIsParsedFieldByField() throws ProtocolException {
        Status s = Status.parse(DOC_STATUS);
        assertEquals(25000, s.position());
        assertEquals(0, s.stepsToGo());
        assertFalse(s.moving());
        assertEquals(8.2, s.sensor1().temperature());
        assertEquals(70.5, s.sensor1().humidity());
        assertEquals(3.1, s.sensor1().dewPoint());
        assertNull(s.sensor2Temperature(), "sensor 2 type 0: absent");
        assertEquals(0, s.pendingCompensation());
    }

    @Test
    void everyFieldHasItsOwnPlaceAndAbsentSensorsAreNullNotZero() throws ProtocolException {
        Status s = Status.parse("q:1234:-56:2:-3.5:88.0:-5.25:1:-7.75:-9");
        assertEquals(1234, s.position());
        assertEquals(-56, s.stepsToGo());
        assertTrue(s.moving());
        assertEquals(-3.5, s.sensor1().temperature());
        assertEquals(88.0, s.sensor1().humidity());
        assertEquals(-5.25, s.sensor1().dewPoint());
        assertEquals(-7.75, s.sensor2Temperature());
        assertEquals(-9, s.pendingCompensation());
        Status none = Status.parse("q:10:0:0:0.00:0.0:0.00:0:0.00:4");
        assertNull(none.sensor1());
        assertNull(none.sensor2Temperature());
        assertEquals(4, none.pendingCompensation());
    }

    @Test
    void aLineOfAnotherLengthIsRefusedWithTheCount() {
        ProtocolException shortLine = assertThrows(ProtocolException.class, () -> Status.parse("q:25000:0:1:8.2:70.5:3.1:0"));
        assertTrue(shortLine.getMessage().contains("has 7 fields, expected 9"), shortLine.getMessage());
        // a v1 FocuserOne sends the first generation's 22 fields
        assertThrows(ProtocolException.class, () -> Status.parse("q:1:0:0.00:1:8.0:70.0:3.0:0:0.0:0:0:0:0:0:0.0:0.0:0.00:0.00:0:0:0:0.0"));
        ProtocolException text = assertThrows(ProtocolException.class, () -> Status.parse("q:x:0:1:8.2:70.5:3.1:0:0.0:0"));
        assertTrue(text.getMessage().contains("position"), text.getMessage());
        assertThrows(ProtocolException.class, () -> Status.parse("u:25000:0:1:8.2:70.5:3.1:0:0.0:0"));
    }

    @Test
    void theBlockHasNineteenFieldsAndWritesBackWholeWithTheTrailingColon() throws ProtocolException {
        SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, "u:" + Block.DEFAULTS);
        assertEquals(19, u.count());
        assertEquals(400, u.get(Block.CURRENT));
        assertEquals(Block.HOLD_OFF, u.get(Block.HOLD));
        assertEquals(250, u.get(Block.SPEED));
        assertEquals(50000, u.get(Block.MAX_POSITION));
        assertEquals(500, u.get(Block.STEP_SIZE));
        assertEquals(Block.DRIVER_CYCLE, u.get(Block.CYCLE));
        assertEquals(255, u.get(Block.CONTRAST));
        u.set(Block.MAX_POSITION, 40000).set(Block.ROTATOR_OFFSET, 7);
        assertEquals("U:400:3:250:0:40000:0:500:0:30:10:0:255:20:30:1:0:0:0:7:", u.writeRequest());
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('u', Block.FIELDS, "u:400:3:250:0:50000:0:500:0:30:10:0"),
                "the FocuserLink's eleven fields are not a FocuserOne block");
    }

    @Test
    void theSyncHasNoIndexUnlikeTheMove() {
        assertEquals("P:5760", FocuserOneRequests.sync(5760));
        assertEquals("R:0:5760", org.openjolo.astrojolo.gen1.protocol.Requests.moveTo(5760));
    }
}
