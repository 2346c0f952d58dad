package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;

/**
 * The mini's side of the shared first-generation codec (the 22-field line, the DC focuser, no {@code z} block)
 * under random and mutated input; the codec itself is fuzzed with the AstroLink 4 USB's tests.
 */
class MiniFuzzTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualGen1Device mini = new VirtualGen1Device(clock, AstroLink4MiniFamily.DEVICE);

    @Test
    void mutatedTwentyTwoFieldLinesAreProtocolErrorsNeverCrashes() {
        mini.handle(Requests.dcRun(true, 50, 2000));
        List<String> real = List.of(MiniCodecTest.DOC_STATUS, mini.handle("q"));
        Fuzz.forTest("mini StatusLine.parse", 12_000).forAll(f -> f.mutate(f.pick(real), ':'), line -> {
            if (Fuzz.onlyThrows(() -> StatusLine.parse(line), ProtocolException.class) == null) {
                StatusLine s = StatusLine.parse(line);
                assertTrue(!s.full() || s.dcRunning() != null, "a full line says whether the DC motor runs");
            }
        });
    }

    @Test
    void dcRunsRoundTripThroughTheVirtualMini() {
        Fuzz.forTest("mini DC round trip", 2_000).forAll(f -> List.of(f.nextInt(2), f.intIn(0, 100), f.intIn(1, 60_000)), a -> {
            assertEquals("K:", mini.handle(Requests.DC_STOP));
            assertEquals("G:", mini.handle(Requests.dcRun(a.get(0) == 1, a.get(1), a.get(2))));
            assertTrue(StatusLine.parse(mini.handle(Requests.STATUS)).dcRunning(), "running right after G");
            clock.advance(Duration.ofMillis(a.get(2) + 1));
            assertEquals(false, StatusLine.parse(mini.handle(Requests.STATUS)).dcRunning(), "stopped after its time");
        });
    }

    @Test
    void theVirtualMiniAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        List<String> valid = List.of("#", "q", "u", "e", "n", "z", "j", "f", "H", "K", Requests.moveTo(12000), Requests.sync(500), Requests.dcRun(true, 50, 500),
                Requests.output(2, true), Requests.pwm(1, 30), "U:25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0:", "E:30:1200:1:0:20:");
        DriverFuzz.simulator(Fuzz.forTest("virtual mini requests", 10_000), mini, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            StatusLine.parse(d.handle("q"));
            SettingsBlock.parse('u', Blocks.U_FIELDS, d.handle("u"));
        });
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("AstroLink 4 mini driver", 250), new AstroLink4MiniFamily(), new VirtualGen1Device(clock, AstroLink4MiniFamily.DEVICE), ':');
    }
}
