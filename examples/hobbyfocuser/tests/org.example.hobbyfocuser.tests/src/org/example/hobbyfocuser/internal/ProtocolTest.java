package org.example.hobbyfocuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openjolo.core.DeviceException;
import org.openjolo.core.io.ProtocolException;

/** The protocol on the wire and the virtual sketch, without a running workbench. */
class ProtocolTest {

    @Test
    void requestsAndRepliesAreAsTheSketchDefinesThem() throws Exception {
        assertEquals("G 1234", Protocol.goTo(1234));
        assertEquals("Z 0", Protocol.sync(0));
        Protocol.Status s = Protocol.Status.parse("S 5000 1 20000");
        assertEquals(5000, s.position());
        assertTrue(s.moving());
        assertEquals(20000, s.max());
        assertThrows(ProtocolException.class, () -> Protocol.Status.parse("S 5000 x 20000"));
        assertThrows(ProtocolException.class, () -> Protocol.ok("ERR"));
        assertEquals("1.0", HobbyFocuserDevice.identify("HOBBY 1.0"));
        assertThrows(DeviceException.class, () -> HobbyFocuserDevice.identify("#:AstroLink4mini"));
    }

    @Test
    void theVirtualSketchMovesOnItsClock() {
        AtomicLong nanos = new AtomicLong();
        VirtualHobbyFocuser sketch = new VirtualHobbyFocuser(nanos::get);
        assertEquals("HOBBY 1.0", sketch.handle("?"));
        assertEquals("OK", sketch.handle("G 6000"));
        assertEquals("ERR", sketch.handle("G 20001"));
        nanos.addAndGet(3_000_000_000L);
        assertEquals("S 6000 0 20000", sketch.handle("S"));
    }
}
