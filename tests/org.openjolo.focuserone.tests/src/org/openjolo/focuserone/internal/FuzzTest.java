package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserone.internal.driver.FocuserOneFamily;
import org.openjolo.focuserone.internal.driver.FocuserOneV1Family;
import org.openjolo.focuserone.internal.protocol.Block;
import org.openjolo.focuserone.internal.protocol.Status;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;

/** The FocuserOne codec, virtual device and driver under random and mutated input, from a printed seed. */
class FuzzTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualFocuserOne v2 = VirtualFocuserOne.v2(clock);

    @Test
    void mutatedStatusLinesAreProtocolErrorsNeverCrashes() {
        v2.handle("R:0:30000");
        clock.advance(Duration.ofMillis(700));
        List<String> real = List.of(CodecTest.DOC_STATUS, v2.handle("q"));
        Fuzz.forTest("FocuserOne Status.parse", 12_000).forAll(f -> f.mutate(f.pick(real), ':'), line -> {
            if (Fuzz.onlyThrows(() -> Status.parse(line), ProtocolException.class) == null) {
                // whatever passes is a whole v2 line: a line cut short or run together is never taken for one
                assertEquals(Status.FIELDS, Fields.parse('q', line).count());
                Status s = Status.parse(line);
                assertEquals(s.sensor1() == null, Fields.parse('q', line).integer(3, "sensor 1 type") == 0);
            }
        });
    }

    @Test
    void movesEndOnTheirTargetWithinTheTravel() {
        Fuzz.forTest("FocuserOne moves", 300).forAll(f -> f.intIn(0, 50_000), target -> {
            assertEquals("R:", v2.handle("R:0:" + target));
            clock.advance(Duration.ofSeconds(400));
            Status s = Status.parse(v2.handle("q"));
            assertEquals(target, s.position());
            assertEquals(0, s.stepsToGo());
        });
    }

    @Test
    void theVirtualFocuserOneAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        List<String> valid = List.of("#", "q", "u", "j", "J:0:", "F:1", "H", "R:0:4000", "P:300", "S:10", "U:" + Block.DEFAULTS + ":");
        DriverFuzz.simulator(Fuzz.forTest("virtual FocuserOne requests", 10_000), v2, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            Status.parse(d.handle("q"));
            SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, d.handle("u"));
            assertTrue(u.get(Block.SPEED) > 0 && u.get(Block.MAX_POSITION) > 0, "the firmware keeps a runnable speed and travel");
        });
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("FocuserOne driver", 250), new FocuserOneFamily(), VirtualFocuserOne.v2(clock), ':');
    }

    @Test
    void theV1DriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("FocuserOne v1 driver", 250), new FocuserOneV1Family(), VirtualFocuserOne.v1(clock), ':');
    }

    @Test
    void theVirtualV1AnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        VirtualFocuserOne v1 = VirtualFocuserOne.v1(clock);
        List<String> valid = List.of("#", "q", "u", "e", "z", "j", "f", "J:1:", "F:0", "H", "R:0:4000", "P:0:300", "S:10", "E:30:100:0:1:10:", "Z:500:2:");
        DriverFuzz.simulator(Fuzz.forTest("virtual FocuserOne v1 requests", 5_000), v1, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            org.openjolo.astrojolo.gen1.protocol.StatusLine.parse(d.handle("q"), 22);
            SettingsBlock.parse('e', 5, d.handle("e"));
            SettingsBlock.parse('z', 2, d.handle("z"));
        });
    }
}
