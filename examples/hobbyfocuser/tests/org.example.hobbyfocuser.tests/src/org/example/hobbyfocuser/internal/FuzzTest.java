package org.example.hobbyfocuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.IoTask;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.transport.TransportAddress;

/**
 * The hobby focuser's protocol, driver and virtual sketch under random and mutated input: a reply the driver
 * cannot use is a {@link ProtocolException} (or a DeviceException from the identify), never a crash; the
 * status and requests round-trip; the sketch answers garbage with ERR and keeps working.
 */
class FuzzTest {

    /** Code under test that may throw. */
    interface Action {
        void run() throws Exception;
    }

    /** A property of one input; anything it throws is a failure. */
    interface Property {
        void check(String input) throws Throwable;
    }

    /** Runs {@code action}: it may complete or throw one of {@code allowed}, with a message; anything else fails. */
    @SafeVarargs
    static boolean completes(Action action, Class<? extends Exception>... allowed) throws Exception {
        try {
            action.run();
            return true;
        } catch (Exception e) {
            for (Class<? extends Exception> c : allowed) {
                if (c.isInstance(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
                    return false;
                }
            }
            throw e;
        }
    }

    /** Runs {@code property} for every generated input; a failure names the seed, the run and the input. */
    static void forAll(SeededInput in, Function<SeededInput, String> generator, Property property) {
        for (int run = 0; run < in.runs; run++) {
            String input = generator.apply(in);
            try {
                property.check(input);
            } catch (Throwable t) {
                throw new AssertionError(in.failure(run, input, t), t);
            }
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final VirtualHobbyFocuser sketch = new VirtualHobbyFocuser(nanos::get);

    @Test
    void anyStatusReplyIsAProtocolErrorOrAStatus() {
        List<String> real = List.of(sketch.handle("S"), "S 5000 1 20000", "S 0 0 20000");
        forAll(new SeededInput("hobby Status.parse", 30_000), in -> in.nextInt(3) == 0 ? in.line(40) : in.mutate(in.pick(real)),
                line -> completes(() -> Protocol.Status.parse(line), ProtocolException.class));
    }

    @Test
    void anyAnswerIsARefusalUnlessItIsOkAndAnyIdentityOtherThanTheSketchsIsRefused() {
        forAll(new SeededInput("hobby answers", 15_000), in -> in.nextInt(2) == 0 ? in.line(20) : in.mutate(in.pick(List.of("OK", "HOBBY 1.0"))), line -> {
            assertEquals(line.equals("OK"), completes(() -> Protocol.ok(line), ProtocolException.class));
            if (completes(() -> HobbyFocuserDevice.identify(line), DeviceException.class)) {
                assertTrue(line.startsWith(Protocol.IDENTITY_PREFIX));
            }
        });
    }

    @Test
    void statusAndRequestsRoundTrip() {
        forAll(new SeededInput("hobby round trip", 10_000), in -> in.anyInt() + " " + in.nextInt(2) + " " + in.anyInt(), fields -> {
            String[] f = fields.split(" ");
            Protocol.Status s = Protocol.Status.parse("S " + fields);
            assertEquals(Integer.parseInt(f[0]), s.position());
            assertEquals(f[1].equals("1"), s.moving());
            assertEquals(Integer.parseInt(f[2]), s.max());
            int n = Integer.parseInt(f[0]);
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
    void theSketchAnswersGarbageWithErrAndKeepsWorking() {
        List<String> valid = List.of("?", "S", "H", "G 6000", "Z 100", "G 20001");
        forAll(new SeededInput("hobby sketch requests", 30_000), in -> (in.nextInt(3) == 0 ? in.line(30) : in.mutate(in.pick(valid))).replace('\n', ' ')
                .replace('\r', ' '), request -> {
                    String reply = sketch.handle(request);
                    assertTrue(reply == null || reply.chars().noneMatch(c -> c == '\n' || c == '\r'), reply);
                    nanos.addAndGet(50_000_000L);
                    Protocol.Status.parse(sketch.handle("S"));
                });
    }

    /** A line to the sketch whose replies are sometimes mutated or lost. */
    private final class Garbled implements LineExchange {
        private final SeededInput in;
        private final int percent;
        private final StringBuilder transcript = new StringBuilder();

        Garbled(SeededInput in) {
            this.in = in;
            this.percent = in.pick(List.of(2, 20, 80));
        }

        @Override
        public String exchange(String request) throws IOException {
            assertTrue(request.chars().allMatch(c -> c >= 32 && c < 127), "one ASCII line: " + request);
            nanos.addAndGet(20_000_000L);
            String reply = sketch.handle(request);
            String sent = reply;
            if (in.nextInt(100) < percent) {
                sent = in.nextInt(5) == 0 ? null : in.mutate(reply);
            }
            transcript.append(request).append(" -> ").append(reply).append(sent == reply ? "" : " mutated to " + sent).append("; ");
            reply = sent;
            if (reply == null) {
                throw new IOException("No reply to '" + request + "' (fuzz)");
            }
            return reply;
        }
    }

    /** The connection without an I/O worker: commands run at once, a RuntimeException reaches the test. */
    private static final class Inline implements DeviceConnection {
        private final LineExchange io;
        private final Map<String, String> profile = new TreeMap<>();

        Inline(LineExchange io) {
            this.io = io;
        }

        @Override
        public TransportAddress address() {
            return TransportAddress.serial("fuzz");
        }

        @Override
        public DeviceProfile profile() {
            return new DeviceProfile() {
                @Override
                public Optional<String> get(String key) {
                    return Optional.ofNullable(profile.get(key));
                }

                @Override
                public void put(String key, String value) {
                    profile.put(key, value);
                }

                @Override
                public void putAll(Map<String, String> values) {
                    profile.putAll(values);
                }

                @Override
                public Map<String, String> all() {
                    return profile;
                }
            };
        }

        @Override
        public ConnectionState state() {
            return ConnectionState.CONNECTED;
        }

        @Override
        public Optional<Telemetry> latestTelemetry() {
            return Optional.empty();
        }

        @Override
        public void addListener(DeviceListener listener) {
        }

        @Override
        public void removeListener(DeviceListener listener) {
        }

        @Override
        public <T> CompletableFuture<T> submit(String description, IoTask<T> task) {
            try {
                return CompletableFuture.completedFuture(task.run(io));
            } catch (IOException | DeviceException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    @Test
    void theDriverFedGarbledRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        SeededInput in = new SeededInput("hobby driver", 2_000);
        int connected = 0;
        for (int run = 0; run < in.runs; run++) {
            Garbled line = new Garbled(in);
            HobbyFocuserDevice d = new HobbyFocuserDevice(new Inline(line));
            Focuser f = d.capability(Focuser.class).orElseThrow();
            try {
                if (completes(() -> d.connected(line), IOException.class, DeviceException.class)) {
                    connected++;
                }
                completes(() -> d.poll(line), IOException.class);
                for (CompletableFuture<Void> c : List.of(f.moveTo(in.nextInt(20_001)), f.sync(Math.max(0, f.position())), f.abort())) {
                    completes(() -> {
                        try {
                            c.get();
                        } catch (ExecutionException e) {
                            if (!(e.getCause() instanceof IOException) && !(e.getCause() instanceof DeviceException)) {
                                throw new AssertionError("a command failed with " + e.getCause(), e.getCause());
                            }
                        }
                    });
                }
            } catch (Throwable t) {
                throw new AssertionError(in.failure(run, line.transcript.toString(), t), t);
            }
        }
        // a driver that never got through its handshake would leave the polls and commands untested
        assertTrue(connected >= in.runs / 10, "only " + connected + " of " + in.runs + " handshakes succeeded");
    }
}
