package org.openjolo.astrolink4.internal;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.testing.ManualClock;

/** The firmware model on a manual clock: motion at the configured speed, stop, limits, settings. */
class VirtualDeviceTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualAstroLink4 device = new VirtualAstroLink4(clock);

    private StatusLine status() throws ProtocolException {
        return StatusLine.parse(device.handle("q"));
    }

    @Test
    void movesAtTheConfiguredSpeedAndArrives() throws ProtocolException {
        assertEquals("#:AstroLink4mini", device.handle("#"));
        assertEquals(10000, status().position());
        assertEquals("R:", device.handle("R:0:3455"));
        assertEquals(-6545, status().stepsToGo());
        clock.advance(Duration.ofSeconds(10));
        StatusLine mid = status();
        // 220 pps with 440 pps/s acceleration: about 220 * 9.75 steps after 10 s
        assertTrue(mid.position() < 10000 - 2000 && mid.position() > 10000 - 2300, "after 10 s: " + mid.position());
        assertTrue(mid.stepsToGo() < 0, "moving inward");
        clock.advance(Duration.ofSeconds(40));
        StatusLine end = status();
        assertEquals(3455, end.position());
        assertEquals(0, end.stepsToGo());
    }

    @Test
    void stopBrakesAndEndsShortOfTheTarget() throws ProtocolException {
        device.handle("R:0:20000");
        clock.advance(Duration.ofSeconds(3));
        int before = status().position();
        assertEquals("H:", device.handle("H"));
        clock.advance(Duration.ofSeconds(2));
        StatusLine after = status();
        assertEquals(0, after.stepsToGo());
        assertTrue(after.position() >= before && after.position() < before + 100, before + " -> " + after.position());
        assertTrue(after.position() < 20000);
    }

    @Test
    void outOfRangeMovesAreAcknowledgedAndIgnored() throws ProtocolException {
        assertEquals("R:", device.handle("R:0:25001"));
        assertEquals("R:", device.handle("R:0:-5"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(10000, status().position());
        assertEquals(0, status().stepsToGo());
    }

    @Test
    void syncAndSettingsPersistAndASmallerMaximumClampsThePosition() throws ProtocolException {
        assertEquals("P:", device.handle("P:0:12000"));
        assertEquals(12000, status().position());
        assertEquals("U:", device.handle("U:11000:500:0:100:1000:1:2:1:257:0:0:0:0:0:1:0:0:"));
        SettingsBlock u = SettingsBlock.parse('u', 17, device.handle("u"));
        assertEquals(11000, u.get(Blocks.U_MAX_POSITION));
        assertEquals(500, u.get(Blocks.U_SPEED));
        assertEquals(2, u.get(Blocks.U_MODE));
        assertEquals(11000, status().position());
        assertEquals("Z:", device.handle("Z:800:2:"));
        assertEquals("z:800:2", device.handle("z"));
    }

    @Test
    void everyCommandOfTheProtocolTableIsAnswered() {
        for (String request : new String[] { "#", "q", "u", "e", "n", "z", "j", "f", "p", "i", "H", "S:20", "C:0:1", "B:1:50",
                "B:0:255", "J:0:", "F:1", "R:0:100", "P:0:200", "G:1:50:500", "K", "E:30:1200:1:0:20:", "N:1090:140:100:100:", "Z:400:3:" }) {
            String reply = device.handle(request);
            assertTrue(reply != null && reply.charAt(0) == request.charAt(0) && !reply.endsWith("error"), request + " -> " + reply);
        }
        assertEquals("p:200", device.handle("p"));
        assertEquals("i:0", device.handle("i"));
    }

    @Test
    void powerCycleRestoresPowerUpOutputsAndKeepsSettingsAndPosition() throws ProtocolException {
        device.handle("C:1:1");
        device.handle("B:0:70");
        device.handle("U:25000:500:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0:");
        device.handle("P:0:4321");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(status().energyAh() > 0);
        assertTrue(device.powerCycle());
        StatusLine s = status();
        assertEquals(4321, s.position());
        assertTrue(s.outputs()[0], "output 1 is on at power-up");
        assertTrue(!s.outputs()[1], "output 2 is off at power-up");
        assertEquals(0, s.pwmA());
        assertEquals(0.0, s.energyAh());
        assertEquals(500, SettingsBlock.parse('u', 17, device.handle("u")).get(Blocks.U_SPEED));
    }

    @Test
    void unknownOrMalformedCommandsGetTheFirmwareErrorAnswer() {
        assertEquals("x: error", device.handle("x"));
        assertEquals("R: error", device.handle("R:0:abc"));
        assertEquals("U: error", device.handle("U:1:2"));
        assertEquals(null, device.handle(""));
    }

    @Test
    void absentSensorsReportZeroFlags() throws ProtocolException {
        device.setSensors(true, false, false, false);
        StatusLine s = status();
        assertTrue(s.sensor1() != null);
        assertEquals(null, s.sensor2());
        assertEquals(null, s.skyTemperature());
        assertEquals(null, s.skyQuality());
        assertEquals(StatusLine.FIELDS, device.handle("q").split(":").length - 1);
    }
}
