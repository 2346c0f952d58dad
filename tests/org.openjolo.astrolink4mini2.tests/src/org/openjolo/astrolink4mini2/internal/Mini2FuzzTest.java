package org.openjolo.astrolink4mini2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;

/** The second-generation codec, virtual device and driver under random and mutated input, from a printed seed. */
class Mini2FuzzTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualGen2Device mini2 = new VirtualGen2Device(clock, AstroLink4Mini2Family.DEVICE);

    @Test
    void mutatedStatusLinesAreProtocolErrorsNeverCrashes() {
        mini2.handle(Requests.moveTo(1, 30000));
        clock.advance(Duration.ofMillis(700));
        List<String> real = List.of(Mini2CodecTest.DOC_STATUS, mini2.handle("q"));
        Fuzz.forTest("mini II Status.parse", 12_000).forAll(f -> f.mutate(f.pick(real), ':'), line -> {
            if (Fuzz.onlyThrows(() -> Status.parse(line, "AL4MII"), ProtocolException.class) == null) {
                Status s = Status.parse(line, "AL4MII");
                assertEquals(2, s.positions().length);
                assertEquals("AL4MII", s.deviceCode());
            }
        });
    }

    @Test
    void movesOfEitherFocuserEndOnTheirTargetAndLeaveTheOtherAlone() {
        Fuzz.forTest("mini II moves", 300).forAll(f -> List.of(f.nextInt(2), f.intIn(0, 10_000)), a -> {
            int f = a.get(0);
            int other = 1 - f;
            int before = mini2.position(other);
            assertEquals("R:", mini2.handle(Requests.moveTo(f, a.get(1))));
            clock.advance(Duration.ofSeconds(120));
            assertEquals(a.get(1), mini2.position(f));
            assertEquals(before, mini2.position(other));
            Status s = Status.parse(mini2.handle(Requests.STATUS), "AL4MII");
            assertEquals(0, s.stepsToGo()[f]);
            assertEquals(a.get(1), s.positions()[f]);
        });
    }

    @Test
    void theVirtualMiniTwoAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        String block = "U:" + Block.DEFAULTS + ":";
        List<String> valid = List.of("#", "q", "u", "H:0", "H:1", Requests.moveTo(0, 4000), Requests.moveTo(1, 12000), Requests.sync(1, 500),
                Requests.output(2, true), Requests.pwm(1, 30), block);
        DriverFuzz.simulator(Fuzz.forTest("virtual mini II requests", 10_000), mini2, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            Status.parse(d.handle("q"), "AL4MII");
            SettingsBlock u = SettingsBlock.parse('u', Block.FIELDS, d.handle("u"));
            assertTrue(u.get(Block.SPEED) > 0 && u.get(Block.of(Block.SPEED, 1)) > 0, "the firmware keeps runnable speeds");
        });
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("AstroLink 4 mini II driver", 250), new AstroLink4Mini2Family(),
                new VirtualGen2Device(clock, AstroLink4Mini2Family.DEVICE), ':');
    }
}
