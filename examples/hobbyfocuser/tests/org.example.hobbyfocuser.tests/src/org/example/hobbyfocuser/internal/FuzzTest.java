package org.example.hobbyfocuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openjolo.core.DeviceException;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;

/**
 * The hobby focuser's protocol, driver and virtual sketch under random and mutated input, with OpenJolo's test kit
 * ({@link Fuzz}, {@link DriverFuzz}): a reply the driver cannot use is a {@link ProtocolException} (or a
 * DeviceException from the identify), never a crash; the status and requests round-trip; the sketch answers
 * garbage with one line and keeps working.
 */
class FuzzTest {

    private final AtomicLong nanos = new AtomicLong();
    private final VirtualHobbyFocuser sketch = new VirtualHobbyFocuser(nanos::get);

    @Test
    void anyStatusReplyIsAProtocolErrorOrAStatus() {
        List<String> real = List.of(sketch.handle("S"), "S 5000 1 20000", "S 0 0 20000");
        Fuzz.forTest("hobby Status.parse", 30_000).forAll(f -> switch (f.nextInt(4)) {
            case 0 -> f.line(40);
            case 1 -> f.fieldsLine("S ", ' ', 4);
            default -> f.mutate(f.pick(real), ' ');
        }, line -> Fuzz.onlyThrows(() -> Protocol.Status.parse(line), ProtocolException.class));
    }

    @Test
    void anyAnswerIsARefusalUnlessItIsOkAndAnyIdentityOtherThanTheSketchsIsRefused() {
        Fuzz.forTest("hobby answers", 15_000).forAll(f -> f.chance(0.5) ? f.line(20) : f.mutate(f.pick(List.of("OK", "HOBBY 1.0")), ' '), line -> {
            assertEquals(line.equals("OK"), Fuzz.onlyThrows(() -> Protocol.ok(line), ProtocolException.class) == null);
            if (Fuzz.onlyThrows(() -> HobbyFocuserDevice.identify(line), DeviceException.class) == null) {
                assertTrue(line.startsWith(Protocol.IDENTITY_PREFIX));
            }
        });
    }

    @Test
    void statusAndRequestsRoundTrip() {
        // a quarter of the positions near the travel, so syncs are accepted as well as refused
        Fuzz.forTest("hobby round trip", 10_000).forAll(f -> List.of(f.chance(0.25) ? f.intIn(-10, 30_000) : f.anyInt(), f.nextInt(2), f.anyInt()), a -> {
            int n = a.get(0);
            Protocol.Status s = Protocol.Status.parse("S " + n + " " + a.get(1) + " " + a.get(2));
            assertEquals(n, s.position());
            assertEquals(a.get(1) == 1, s.moving());
            assertEquals(a.get(2), s.max());
            assertEquals(List.of("G", Integer.toString(n)), List.of(Protocol.goTo(n).split(" ", -1)));
            assertEquals(List.of("Z", Integer.toString(n)), List.of(Protocol.sync(n).split(" ", -1)));
            boolean inRange = n >= 0 && n <= VirtualHobbyFocuser.MAX;
            assertEquals(inRange ? "OK" : "ERR", sketch.handle(Protocol.sync(n)));
            if (inRange) {
                assertEquals(n, Protocol.Status.parse(sketch.handle(Protocol.STATUS)).position());
            }
        });
    }

    @Test
    void theSketchAnswersGarbageWithOneLineAndKeepsWorking() {
        List<String> valid = List.of("?", "S", "H", "G 6000", "Z 100", "G 20001");
        DriverFuzz.simulator(Fuzz.forTest("hobby sketch requests", 30_000), sketch, valid, ' ', d -> {
            nanos.addAndGet(50_000_000L);
            Protocol.Status.parse(d.handle(Protocol.STATUS));
        });
    }

    @Test
    void theDriverFedGarbledRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        // every request moves the sketch's clock on, so the driver also meets it while the motor runs
        VirtualHobbyFocuser moving = new VirtualHobbyFocuser(() -> nanos.addAndGet(20_000_000L));
        DriverFuzz.check(Fuzz.forTest("hobby driver", 2_000), new HobbyFocuserFamily(), moving, ' ');
    }
}
