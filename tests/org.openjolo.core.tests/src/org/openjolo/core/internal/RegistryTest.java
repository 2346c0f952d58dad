package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.transport.TransportAddress;

class RegistryTest {

    @TempDir
    Path home;

    private DeviceRegistryImpl newRegistry() {
        DataLocation location = () -> home;
        DeviceRegistryImpl r = new DeviceRegistryImpl(null, location, new IoWorker.Backoff(Duration.ofMillis(20), Duration.ofMillis(80)));
        r.addFamily(new FakeFamily());
        return r;
    }

    @Test
    void connectedDevicesAreRememberedAcrossRestartsAndForgottenOnDisconnect() throws Exception {
        DeviceRegistryImpl first = newRegistry();
        Device a = first.connect("fake", new ScriptedTransport("a")).get(5, TimeUnit.SECONDS);
        Device b = first.connect("fake", new ScriptedTransport("b")).get(5, TimeUnit.SECONDS);
        first.remember(b, ConnectionSpec.simulated("fake"));
        assertEquals(List.of(a, b), first.devices());
        first.deactivate(); // shutting down keeps both

        DeviceRegistryImpl second = newRegistry();
        assertEquals(List.of(new ConnectionSpec("fake", TransportAddress.serial("/dev/fake-a")), ConnectionSpec.simulated("fake")),
                second.rememberedConnections());
        Device again = second.connect("fake", new ScriptedTransport("a")).get(5, TimeUnit.SECONDS);
        second.disconnect(again).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(ConnectionSpec.simulated("fake")), second.rememberedConnections());
        assertTrue(second.devices().isEmpty());
        second.deactivate();
        assertEquals(List.of(ConnectionSpec.simulated("fake")), newRegistry().rememberedConnections());
    }

    @Test
    void aCorruptConnectionsFileIsKeptAsideAndNothingIsReconnected() throws Exception {
        Path file = home.resolve("settings/connections.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"fake@serial:/dev/x\": { \"family\": ");
        DeviceRegistryImpl r = newRegistry();
        assertTrue(r.rememberedConnections().isEmpty());
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("connections.json.corrupt-")).toList();
            assertEquals(1, aside.size(), "the bad file is kept for the operator");
            assertEquals("{ \"fake@serial:/dev/x\": { \"family\": ", Files.readString(aside.get(0)));
        }
    }

    @Test
    void unknownFamilyAndBusyPortAreRefusedWithReasons() throws Exception {
        DeviceRegistryImpl r = newRegistry();
        ExecutionException unknown = assertThrows(ExecutionException.class,
                () -> r.connect("nope", new ScriptedTransport("x")).get(5, TimeUnit.SECONDS));
        DeviceException e = assertInstanceOf(DeviceException.class, unknown.getCause());
        assertEquals(Reason.NOT_SUPPORTED, e.reason());
        assertTrue(e.getMessage().contains("installed: fake"), e.getMessage());

        r.connect("fake", new ScriptedTransport("y")).get(5, TimeUnit.SECONDS);
        ExecutionException busy = assertThrows(ExecutionException.class,
                () -> r.connect("fake", new ScriptedTransport("y")).get(5, TimeUnit.SECONDS));
        assertEquals(Reason.BUSY, ((DeviceException) busy.getCause()).reason());
        r.deactivate();
    }

    @Test
    void connectionSpecsParseProgramArguments() {
        assertEquals(new ConnectionSpec("astrolink4", TransportAddress.serial("/dev/ttyUSB0")), ConnectionSpec.parse("astrolink4@/dev/ttyUSB0"));
        assertEquals(new ConnectionSpec("astrolink4", TransportAddress.tcp("10.0.0.5", 4030)), ConnectionSpec.parse("astrolink4@tcp:10.0.0.5:4030"));
        assertEquals(ConnectionSpec.simulated("focuserlink"), ConnectionSpec.parse("focuserlink@simulator"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ConnectionSpec.parse("astrolink4"));
        assertTrue(bad.getMessage().contains("family@port"), bad.getMessage());
        assertEquals("astrolink4@serial:COM3", ConnectionSpec.parse("astrolink4@COM3").toString());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> TransportAddress.parse("tcp:host:99999"));
        assertTrue(port.getMessage().contains("1 and 65535"), port.getMessage());
    }
}
