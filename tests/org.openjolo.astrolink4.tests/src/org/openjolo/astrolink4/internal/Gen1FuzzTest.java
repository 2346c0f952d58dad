package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen1.protocol.Blocks;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.astrolink4.internal.driver.AstroLink4Family;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;

/**
 * The first-generation astrojolo codec (shared by the AstroLink 4 USB and mini), its driver and its virtual
 * device under random and mutated input: only {@link ProtocolException}s (or the driver's DeviceExceptions),
 * never a crash; requests and status lines round-trip through the virtual device.
 */
class Gen1FuzzTest {

    private final ManualClock clock = new ManualClock();
    private final VirtualAstroLink4 device = new VirtualAstroLink4(clock);

    /** Real status lines of the virtual device in varied states: idle, moving, outputs and heaters on, sensors unplugged. */
    private List<String> realStatusLines() {
        List<String> lines = new ArrayList<>();
        lines.add(CodecTest.DOC_STATUS);
        lines.add(device.handle("q"));
        device.handle("C:0:1");
        device.handle("B:1:40");
        device.setSensors(false, true, false, true);
        lines.add(device.handle("q"));
        device.handle("R:0:20000");
        clock.advance(Duration.ofSeconds(2));
        lines.add(device.handle("q"));
        device.setSensors(true, false, true, false);
        lines.add(device.handle("q"));
        lines.add("q:1500:1955:0.52:");
        lines.add(MINI_STATUS);
        return lines;
    }

    /** The mini's 22-field line (the makers' simulation table): the same parser reads it. */
    private static final String MINI_STATUS = "q:1234:0:1.47:1:2.12:45.1:-12.81:1:-25.22:45:0:0:0:1:12.1:5.0:1.12:13.41:0:34:0:0";

    /** What a parsed line promises the driver: the fields of a full line are there and finite. */
    private static void checkParsed(StatusLine s) {
        assertTrue(Double.isFinite(s.current()));
        if (!s.full()) {
            return;
        }
        assertEquals(3, s.outputs().length);
        assertNotNull(s.pwmA());
        assertNotNull(s.pwmB());
        assertNotNull(s.dcRunning());
        for (Double d : new Double[] { s.inputVoltage(), s.regulatedVoltage(), s.energyAh(), s.energyWh(), s.protectionValue() }) {
            assertTrue(Double.isFinite(d), String.valueOf(d));
        }
        if (s.skyTemperature() != null) {
            assertNotNull(s.skyAmbient());
        }
    }

    @Test
    void randomLinesAreProtocolErrorsNeverCrashes() {
        Fuzz.forTest("StatusLine.parse random", 20_000).forAll(f -> switch (f.nextInt(3)) {
            case 0 -> f.line(120);
            case 1 -> f.fromAlphabet("q:0123456789.-", 120);
            default -> f.fieldsLine("q:", ':', 35);
        }, line -> {
            if (Fuzz.onlyThrows(() -> StatusLine.parse(line), ProtocolException.class) == null) {
                checkParsed(StatusLine.parse(line));
            }
        });
    }

    @Test
    void mutatedRealStatusLinesAreProtocolErrorsNeverCrashes() {
        List<String> real = realStatusLines();
        Fuzz.forTest("StatusLine.parse mutations", 20_000).forAll(f -> f.mutate(f.pick(real), ':'), line -> {
            if (Fuzz.onlyThrows(() -> StatusLine.parse(line), ProtocolException.class) == null) {
                checkParsed(StatusLine.parse(line));
            }
        });
    }

    @Test
    void mutatedRealSettingsRepliesAreProtocolErrorsNeverCrashes() {
        List<String> real = List.of(device.handle("u"), device.handle("e"), device.handle("n"), device.handle("z"));
        int[] fields = { Blocks.U_FIELDS, Blocks.E_FIELDS, Blocks.N_FIELDS, Blocks.Z_FIELDS };
        Fuzz.forTest("gen1 settings mutations", 10_000).forAll(f -> f.mutate(f.pick(real), ':'), reply -> {
            for (int i = 0; i < real.size(); i++) {
                char letter = real.get(i).charAt(0);
                int expected = fields[i];
                Fuzz.onlyThrows(() -> SettingsBlock.parse(letter, expected, reply), ProtocolException.class);
            }
            Fuzz.onlyThrows(() -> Fields.parse('j', reply).flag(1, "buzzer"), ProtocolException.class);
        });
    }

    @Test
    void requestsHaveOneTokenPerArgumentAndNoLineEnd() {
        Fuzz.forTest("gen1 Requests", 20_000).forAll(f -> List.of(f.anyInt(), f.anyInt(), f.anyInt()), a -> {
            int x = a.get(0);
            int y = a.get(1);
            int z = a.get(2);
            assertTokens(Requests.moveTo(x), "R", "0", Integer.toString(x));
            assertTokens(Requests.sync(x), "P", "0", Integer.toString(x));
            assertTokens(Requests.compensate(x), "S", Integer.toString(x));
            assertTokens(Requests.output(x, y > 0), "C", Integer.toString(x), y > 0 ? "1" : "0");
            assertTokens(Requests.pwm(x, y), "B", Integer.toString(x), Integer.toString(y));
            assertTokens(Requests.dcRun(z > 0, x, y), "G", z > 0 ? "1" : "0", Integer.toString(x), Integer.toString(y));
            assertTokens(Requests.buzzer(x > 0), "J", x > 0 ? "1" : "0", "");
            assertTokens(Requests.handController(x > 0), "F", x > 0 ? "1" : "0");
        });
    }

    private static void assertTokens(String request, String... tokens) {
        assertTrue(request.chars().allMatch(c -> c > 32 && c < 127), "one printable ASCII line: " + Fuzz.literal(request));
        assertArrayEquals(tokens, request.split(":", -1), request);
    }

    @Test
    void requestsRoundTripThroughTheVirtualDeviceToTheStatusLine() {
        Fuzz.forTest("gen1 request round trip", 3_000).forAll(f -> List.of(f.intIn(0, 25000), f.intIn(0, 2), f.nextInt(2), f.intIn(0, 100), f.nextInt(2)),
                a -> {
                    int position = a.get(0);
                    int output = a.get(1);
                    boolean on = a.get(2) == 1;
                    int duty = a.get(3);
                    int channel = a.get(4);
                    assertEquals("P:", device.handle(Requests.sync(position)));
                    assertEquals("C:", device.handle(Requests.output(output, on)));
                    assertEquals("B:", device.handle(Requests.pwm(channel, duty)));
                    assertEquals("J:", device.handle(Requests.buzzer(on)));
                    assertEquals("F:", device.handle(Requests.handController(!on)));
                    StatusLine s = StatusLine.parse(device.handle(Requests.STATUS));
                    assertEquals(position, s.position());
                    assertEquals(0, s.stepsToGo());
                    assertEquals(on, s.outputs()[output]);
                    assertEquals(duty, channel == 0 ? s.pwmA() : s.pwmB());
                    assertEquals(on, Fields.parse('j', device.handle(Requests.READ_BUZZER)).flag(1, "buzzer"));
                    assertEquals(!on, Fields.parse('f', device.handle(Requests.READ_HAND_CONTROLLER)).flag(1, "manual control"));
                });
    }

    @Test
    void settingsWrittenByReadModifyWriteAreReadBackAsWritten() {
        Fuzz.forTest("gen1 settings round trip", 3_000).forAll(f -> {
            List<Integer> u = new ArrayList<>();
            u.add(f.intIn(1, 10_000_000));
            u.add(f.intIn(1, 4000));
            u.add(f.intIn(0, 100));
            u.add(f.intIn(0, 100));
            u.add(f.intIn(1, 100_000));
            u.add(f.intIn(0, 1));
            u.add(f.intIn(0, 3));
            for (int i = 8; i <= Blocks.U_FIELDS; i++) {
                u.add(f.intIn(0, i == 9 ? 10_000 : 3));
            }
            return u;
        }, values -> {
            SettingsBlock block = SettingsBlock.parse('u', Blocks.U_FIELDS, device.handle(Requests.READ_SETTINGS));
            for (int i = 0; i < values.size(); i++) {
                block.set(i + 1, values.get(i));
            }
            assertEquals("U:", device.handle(block.writeRequest()));
            SettingsBlock read = SettingsBlock.parse('u', Blocks.U_FIELDS, device.handle(Requests.READ_SETTINGS));
            for (int i = 0; i < values.size(); i++) {
                assertEquals(values.get(i), read.get(i + 1), "u field " + (i + 1));
            }
        });
    }

    @Test
    void theVirtualDeviceAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        List<String> valid = List.of("#", "q", "u", "e", "n", "z", "j", "f", "H", "K", "p", "i", Requests.moveTo(12000), Requests.sync(500),
                Requests.compensate(20), Requests.output(1, true), Requests.pwm(0, 255), Requests.buzzer(true), Requests.handController(false),
                Requests.dcRun(true, 50, 500), "U:25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0:", "E:30:1200:1:0:20:", "N:1077:140:100:100:", "Z:400:3:");
        DriverFuzz.simulator(Fuzz.forTest("VirtualAstroLink4 requests", 12_000), device, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            StatusLine.parse(d.handle("q"));
            SettingsBlock.parse('u', Blocks.U_FIELDS, d.handle("u"));
            SettingsBlock.parse('z', Blocks.Z_FIELDS, d.handle("z"));
        });
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest("AstroLink 4 USB driver", 300), new AstroLink4Family(), new VirtualAstroLink4(clock), ':');
    }
}
