package org.openjolo.focuserlink.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserlink.internal.driver.FocuserLinkFamily;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;
import org.openjolo.focuserlink.internal.protocol.Status;
import org.openjolo.focuserlink.internal.sim.VirtualFocuserLink;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;

/**
 * The FocuserLink codec, driver and virtual device under random and mutated input: only
 * {@link ProtocolException}s (or the driver's DeviceExceptions), never a crash; requests, the status line and
 * the {@code u} block round-trip through the virtual device.
 */
class FuzzTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualFocuserLink device = new VirtualFocuserLink(clock);

    private List<String> realStatusLines() {
        List<String> lines = new ArrayList<>();
        lines.add("q:12000:0:1:8.50:71.0:3.40:-6");
        lines.add(device.handle("q"));
        device.handle("R:0:40000");
        clock.advance(Duration.ofSeconds(1));
        lines.add(device.handle("q"));
        device.setSensor(false);
        lines.add(device.handle("q"));
        device.setSensor(true);
        lines.add("q:1500:-200");
        return lines;
    }

    private static void checkParsed(Status s) {
        if (!s.full()) {
            assertNull(s.temperature());
            assertNull(s.pendingCompensation());
            return;
        }
        assertNotNull(s.pendingCompensation());
        if (s.temperature() != null) {
            assertTrue(Double.isFinite(s.temperature()) && Double.isFinite(s.humidity()) && Double.isFinite(s.dewPoint()));
        }
    }

    @Test
    void randomAndMutatedStatusLinesAreProtocolErrorsNeverCrashes() {
        List<String> real = realStatusLines();
        Fuzz.forTest("FocuserLink Status.parse", 20_000).forAll(f -> switch (f.nextInt(4)) {
            case 0 -> f.line(60);
            case 1 -> f.fieldsLine("q:", ':', 10);
            default -> f.mutate(f.pick(real), ':');
        }, line -> {
            if (Fuzz.onlyThrows(() -> Status.parse(line), ProtocolException.class) == null) {
                checkParsed(Status.parse(line));
            }
        });
    }

    @Test
    void mutatedSettingsRepliesAreProtocolErrorsNeverCrashes() {
        List<String> real = List.of(device.handle("u"), device.handle("f"), "u:400:3:100:0:60000:0:50:0:30:20:0:7:8");
        Fuzz.forTest("FocuserLink u block", 10_000).forAll(f -> f.chance(0.2) ? f.line(60) : f.mutate(f.pick(real), ':'), reply -> {
            Fuzz.onlyThrows(() -> SettingsBlock.parse('u', Block.FIELDS, reply), ProtocolException.class);
            Fuzz.onlyThrows(() -> Fields.parse('f', reply).flag(1, "manual buttons"), ProtocolException.class);
        });
    }

    @Test
    void requestsHaveOneTokenPerArgumentAndNoLineEnd() {
        Fuzz.forTest("FocuserLink Requests", 20_000).forAll(Fuzz::anyInt, x -> {
            assertTokens(Requests.moveTo(x), "R", "0", Integer.toString(x));
            assertTokens(Requests.sync(x), "P", Integer.toString(x));
            assertTokens(Requests.compensate(x), "S", Integer.toString(x));
            assertTokens(Requests.manual(x > 0), "F", x > 0 ? "1" : "0");
        });
    }

    private static void assertTokens(String request, String... tokens) {
        assertTrue(request.chars().allMatch(c -> c > 32 && c < 127), "one printable ASCII line: " + Fuzz.literal(request));
        assertArrayEquals(tokens, request.split(":", -1), request);
    }

    @Test
    void requestsAndTheBlockRoundTripThroughTheVirtualDevice() {
        Fuzz.forTest("FocuserLink round trip", 3_000).forAll(f -> {
            List<Integer> u = new ArrayList<>(List.of(f.intIn(100, 1500), f.intIn(0, 3), f.intIn(1, 4000), f.intIn(0, 3), f.intIn(1, 10_000_000),
                    f.intIn(0, 1), f.intIn(0, 10_000), f.intIn(-100_000, 100_000), f.intIn(1, 3600), f.intIn(1, 1000), 0));
            u.add(f.intIn(0, 10_000_000));
            u.add(f.nextInt(2));
            return u;
        }, a -> {
            SettingsBlock block = SettingsBlock.parse('u', Block.FIELDS, device.handle(Requests.READ_SETTINGS));
            for (int i = 0; i < Block.FIELDS; i++) {
                block.set(i + 1, a.get(i));
            }
            assertEquals("U:", device.handle(block.writeRequest()));
            SettingsBlock read = SettingsBlock.parse('u', Block.FIELDS, device.handle(Requests.READ_SETTINGS));
            for (int i = 0; i < Block.FIELDS; i++) {
                assertEquals(a.get(i), read.get(i + 1), "u field " + (i + 1));
            }
            int position = Math.min(a.get(11), a.get(Block.MAX_POSITION - 1));
            boolean manual = a.get(12) == 1;
            assertEquals("P:", device.handle(Requests.sync(position)));
            assertEquals("F:", device.handle(Requests.manual(manual)));
            Status s = Status.parse(device.handle(Requests.STATUS));
            assertEquals(position, s.position());
            assertEquals(0, s.stepsToGo());
            assertEquals(manual, Fields.parse('f', device.handle(Requests.READ_MANUAL)).flag(1, "manual buttons"));
        });
    }

    @Test
    void theVirtualDeviceAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        List<String> valid = List.of("#", "q", "u", "f", "H", Requests.moveTo(12000), Requests.sync(500), Requests.compensate(20), Requests.manual(true),
                "U:400:3:100:0:60000:0:50:0:30:20:0:");
        DriverFuzz.simulator(Fuzz.forTest("VirtualFocuserLink requests", 20_000), device, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            Status.parse(d.handle("q"));
            SettingsBlock.parse('u', Block.FIELDS, d.handle("u"));
        });
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("FocuserLink driver", 600), new FocuserLinkFamily(), new VirtualFocuserLink(clock), ':');
    }
}
