package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.testing.Await;

class IoWorkerTest {

    @TempDir
    Path home;

    private FakeFamily family;
    private DeviceRegistryImpl registry;
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final List<Telemetry> telemetry = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        family = new FakeFamily();
        DataLocation location = () -> home;
        registry = new DeviceRegistryImpl(null, location, new IoWorker.Backoff(Duration.ofMillis(20), Duration.ofMillis(80)));
        registry.addFamily(family);
    }

    @AfterEach
    void tearDown() {
        registry.deactivate();
    }

    private Device connect(ScriptedTransport t) throws Exception {
        Device d = registry.connect("fake", t).get(5, TimeUnit.SECONDS);
        d.addListener(new DeviceListener() {
            @Override
            public void telemetry(Device device, Telemetry snapshot) {
                telemetry.add(snapshot);
            }

            @Override
            public void stateChanged(Device device, ConnectionState state, String reason) {
                states.add(state);
            }
        });
        return d;
    }

    @Test
    void pollsPublishTelemetryAndAListenerThatThrowsDoesNotStopThem() throws Exception {
        ScriptedTransport t = new ScriptedTransport("a");
        Device d = connect(t);
        d.addListener(new DeviceListener() {
            @Override
            public void telemetry(Device device, Telemetry snapshot) {
                throw new IllegalStateException("listener bug");
            }
        });
        t.position.set(4321);
        Await.until("telemetry with position 4321", Duration.ofSeconds(5),
                () -> telemetry.stream().anyMatch(s -> s.get(StandardTelemetry.FOCUSER_POSITION).orElse(-1) == 4321));
        int seen = telemetry.size();
        Await.until("more polls after the failing listener", Duration.ofSeconds(5), () -> telemetry.size() > seen + 3);
        assertEquals(ConnectionState.CONNECTED, d.state());
        assertEquals("Fake 1.0", d.identity().firmware());
    }

    @Test
    void failedPollsMakeTheDeviceLostAndItReconnectsWhenTheLinkReturns() throws Exception {
        ScriptedTransport t = new ScriptedTransport("b");
        Device d = connect(t);
        assertEquals(1, family.handshakes.get());
        t.broken = true;
        Await.until("LOST", Duration.ofSeconds(5), () -> states.contains(ConnectionState.LOST), states::toString);
        Await.until("RECONNECTING", Duration.ofSeconds(5), () -> states.contains(ConnectionState.RECONNECTING), states::toString);

        CompletionException refused = assertThrows(CompletionException.class,
                () -> registryDevice(d).link().submit("test", io -> io.exchange("X")).join());
        DeviceException cause = assertInstanceOf(DeviceException.class, refused.getCause());
        assertEquals(Reason.NOT_CONNECTED, cause.reason());
        assertTrue(cause.getMessage().contains("Cannot test"), cause.getMessage());

        t.position.set(777);
        t.broken = false;
        Await.until("CONNECTED again", Duration.ofSeconds(5), () -> d.state() == ConnectionState.CONNECTED, states::toString);
        assertEquals(2, family.handshakes.get(), "the handshake runs again after a reconnect");
        Await.until("position read back", Duration.ofSeconds(5),
                () -> d.latestTelemetry().flatMap(s -> s.get(StandardTelemetry.FOCUSER_POSITION)).orElse(-1) == 777);
        List<ConnectionState> order = List.copyOf(states);
        assertEquals(List.of(ConnectionState.LOST, ConnectionState.RECONNECTING, ConnectionState.CONNECTED),
                order.subList(0, 3), "state sequence " + order);
    }

    @Test
    void commandsJumpThePollQueue() throws Exception {
        family.pollPeriod = Duration.ofSeconds(30);
        ScriptedTransport t = new ScriptedTransport("c");
        Device d = connect(t);
        Await.until("first poll", Duration.ofSeconds(5), () -> t.requestsCopy().contains("q"));
        String reply = registryDevice(d).link().submit("say X", io -> io.exchange("X")).get(5, TimeUnit.SECONDS);
        assertEquals("X:", reply);
        assertEquals(List.of("#", "q", "X"), t.requestsCopy(), "the command ran without waiting 30 s for the next poll");
    }

    /**
     * A command that changes what the poll reads completes after the poll that follows it, so a reader sees the
     * device's answer to it (read-after-write); commands queued together share that poll.
     */
    @Test
    void aCommandThenPollCompletesAfterItsReadBackAndABurstSharesOnePoll() throws Exception {
        family.pollPeriod = Duration.ofSeconds(30);
        ScriptedTransport t = new ScriptedTransport("f");
        Device d = connect(t);
        Await.until("first poll", Duration.ofSeconds(5), () -> t.requestsCopy().contains("q"));
        org.openjolo.core.io.DeviceConnection link = registryDevice(d).link();

        link.submitThenPoll("move the reading", io -> {
            t.position.set(4242);
            return io.exchange("X");
        }).get(5, TimeUnit.SECONDS);
        assertEquals(4242, d.latestTelemetry().flatMap(s -> s.get(StandardTelemetry.FOCUSER_POSITION)).orElse(-1),
                "the new value is read back before the command completes, without waiting 30 s for the next poll");
        assertEquals(List.of("#", "q", "X", "q"), t.requestsCopy());

        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        var first = link.submit("wait", io -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return io.exchange("W");
        });
        var a = link.submitThenPoll("A", io -> io.exchange("A"));
        var b = link.submitThenPoll("B", io -> io.exchange("B"));
        hold.countDown();
        java.util.concurrent.CompletableFuture.allOf(first, a, b).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("#", "q", "X", "q", "W", "A", "B", "q"), t.requestsCopy(), "the burst read back by one poll");
    }

    @Test
    void aDriverExceptionCountsAsAMissAndTheWorkerSurvives() throws Exception {
        ScriptedTransport t = new ScriptedTransport("d");
        Device d = connect(t);
        family.throwInPoll = true;
        Await.until("LOST after driver errors", Duration.ofSeconds(5), () -> states.contains(ConnectionState.LOST));
        family.throwInPoll = false;
        Await.until("CONNECTED again", Duration.ofSeconds(5), () -> d.state() == ConnectionState.CONNECTED);
        int seen = telemetry.size();
        Await.until("polling resumed", Duration.ofSeconds(5), () -> telemetry.size() > seen);
    }

    @Test
    void aFailedCommandReportsWhyAndAGarbledReplyIsAProtocolError() throws Exception {
        ScriptedTransport t = new ScriptedTransport("e");
        Device d = connect(t);
        t.replies = r -> r.equals("q") ? "garbage" : "#:Fake 1.0";
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> registryDevice(d).link().submit("read the status", io -> {
                    String reply = io.exchange("q");
                    throw new org.openjolo.core.io.ProtocolException("bad status", reply);
                }).get(5, TimeUnit.SECONDS));
        DeviceException cause = assertInstanceOf(DeviceException.class, e.getCause());
        assertEquals(Reason.PROTOCOL_ERROR, cause.reason());
        assertTrue(cause.getMessage().startsWith("Could not read the status: bad status"), cause.getMessage());
    }

    @Test
    void aForeignDeviceFailsTheConnectWithAReasonAndNothingStaysOpen() {
        ScriptedTransport t = new ScriptedTransport("f");
        t.replies = r -> "?:something else";
        ExecutionException e = assertThrows(ExecutionException.class, () -> registry.connect("fake", t).get(5, TimeUnit.SECONDS));
        DeviceException cause = assertInstanceOf(DeviceException.class, e.getCause());
        assertTrue(cause.getMessage().contains("not a fake device"), cause.getMessage());
        assertTrue(cause.getMessage().contains("/dev/fake-f"), cause.getMessage());
        Await.until("transport closed", Duration.ofSeconds(5), () -> !t.isOpen());
        assertTrue(registry.devices().isEmpty());
    }

    @Test
    void closingCancelsQueuedCommandsAndEndsClosed() throws Exception {
        ScriptedTransport t = new ScriptedTransport("g");
        Device d = connect(t);
        registry.disconnect(d).get(5, TimeUnit.SECONDS);
        assertEquals(ConnectionState.CLOSED, d.state());
        assertTrue(!t.isOpen());
        CompletionException after = assertThrows(CompletionException.class,
                () -> registryDevice(d).link().submit("late", io -> io.exchange("X")).join());
        assertEquals(Reason.NOT_CONNECTED, ((DeviceException) after.getCause()).reason());
    }

    private static FakeFamily.FakeDevice registryDevice(Device d) {
        return (FakeFamily.FakeDevice) d;
    }
}
