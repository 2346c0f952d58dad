package org.openjolo.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;

/** A minimal family speaking '#' and 'q:<position>', with fast timing for tests. */
final class FakeFamily implements DeviceFamily {

    final AtomicInteger handshakes = new AtomicInteger();
    volatile boolean throwInPoll;
    volatile Duration pollPeriod = Duration.ofMillis(20);

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public String displayName() {
        return "Fake device";
    }

    @Override
    public int baudRate() {
        return 9600;
    }

    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        return Optional.of(transport.exchange("#", Duration.ofSeconds(1)));
    }

    @Override
    public DeviceDriver open(DeviceConnection connection) {
        return new FakeDevice(connection);
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        throw new UnsupportedOperationException();
    }

    final class FakeDevice extends ConnectedDevice {
        FakeDevice(DeviceConnection connection) {
            super(connection, "fake", "Fake device");
        }

        @Override
        public String connected(LineExchange io) throws IOException, DeviceException {
            handshakes.incrementAndGet();
            String reply = io.exchange("#");
            if (!reply.startsWith("#:Fake")) {
                throw new DeviceException(Reason.PROTOCOL_ERROR, "not a fake device: " + reply);
            }
            setFirmware(reply.substring(2));
            return reply;
        }

        @Override
        public Telemetry poll(LineExchange io) throws IOException {
            if (throwInPoll) {
                throw new IllegalStateException("driver bug");
            }
            String reply = io.exchange("q");
            try {
                return Telemetry.at(Instant.now()).put(StandardTelemetry.FOCUSER_POSITION, Integer.parseInt(reply.substring(2))).build();
            } catch (RuntimeException e) {
                throw new ProtocolException("bad status", reply);
            }
        }

        @Override
        public Duration pollPeriod() {
            return pollPeriod;
        }

        @Override
        public Duration replyTimeout() {
            return Duration.ofMillis(100);
        }

        DeviceConnection link() {
            return connection;
        }
    }
}
