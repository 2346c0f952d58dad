package org.openjolo.shape;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.io.Commands;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.StepperFocuser;

/**
 * The shape test family's driver: {@code #} identifies, {@code q} reports both focusers, four duties, the
 * weather and the roof; {@code R:f:n}, {@code H:f}, {@code P:f:n} move, stop and sync focuser {@code f};
 * {@code s:f} and {@code S:f:max:speed} read and write its settings; {@code B:i:duty} sets a PWM duty.
 */
final class ShapeDevice extends ConnectedDevice {

    private final Motor[] focusers = { new Motor(0, Shape.FOCUSER_1), new Motor(1, Shape.FOCUSER_2) };
    private final Heaters heaters = new Heaters();

    ShapeDevice(DeviceConnection connection) {
        super(connection, Shape.FAMILY_ID, Shape.MODEL);
        offer(Shape.FOCUSER_1, focusers[0]);
        offer(Shape.FOCUSER_2, focusers[1]);
        offer(Shape.PWM, heaters);
        offer(Shape.WEATHER, (EnvironmentSensors) () -> 1);
        offer(Shape.ROOF, new Roof() {
        });
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        String reply = io.exchange("#");
        if (reply == null || !reply.equals("#:" + Shape.IDENTITY)) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "Not a " + Shape.MODEL + ": it answered '" + reply + "' to '#'");
        }
        setFirmware(Shape.IDENTITY);
        for (Motor m : focusers) {
            m.read(io);
        }
        poll(io);
        return Shape.IDENTITY;
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException {
        Fields f = Fields.parse('q', io.exchange("q"));
        Telemetry.Builder b = Telemetry.at(Instant.now());
        for (int i = 0; i < 2; i++) {
            int position = f.integer(1 + 2 * i, "position");
            int toGo = f.integer(2 + 2 * i, "steps to go");
            focusers[i].polled(position, toGo);
            focusers[i].continueBacklash(io);
            put(b, focusers[i].description(), Quantities.POSITION, position);
            put(b, focusers[i].description(), Quantities.STEPS_TO_GO, toGo);
            put(b, focusers[i].description(), Quantities.MOVING, toGo != 0);
        }
        List<Channel<?>> duties = Shape.PWM.channels(Quantities.DUTY);
        for (int i = 0; i < duties.size(); i++) {
            heaters.duty[i] = f.integer(5 + i, "duty");
            b.put(integerKey(duties.get(i)), heaters.duty[i]);
        }
        b.put(Shape.TEMPERATURE, f.decimal(9, "temperature")).put(Shape.PRESSURE, f.decimal(10, "pressure")).put(Shape.ROOF_MODE, f.text(11));
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static TelemetryKey<Integer> integerKey(Channel<?> c) {
        return (TelemetryKey<Integer>) c.key();
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(Telemetry.Builder b, CapabilityDescription d, String quantity, T value) {
        d.channel(quantity).ifPresent(c -> b.put((TelemetryKey<T>) c.key(), value));
    }

    /** One of the two focusers; its requests carry its index. */
    private final class Motor extends StepperFocuser {
        private final int index;

        Motor(int index, CapabilityDescription description) {
            super(connection, description, n -> "R:" + index + ":" + n, "H:" + index, n -> "P:" + index + ":" + n);
            this.index = index;
        }

        void read(LineExchange io) throws IOException {
            Fields f = Fields.parse('s', io.exchange("s:" + index));
            settingsRead(new FocuserSettings(f.integer(1, "max"), false, 0, 0, f.integer(2, "speed"), 0, 0, 0, StepperMode.UNIPOLAR), false);
        }

        @Override
        public CompletableFuture<Void> applySettings(FocuserSettings s) {
            return Commands.checked(() -> checkSettings(s), () -> link.submit("write " + description().name() + "'s settings", io -> {
                storeBacklash(s.backlash());
                Fields.ack('S', io.exchange("S:" + index + ":" + s.maxPosition() + ":" + s.speed()));
                read(io);
                return null;
            }));
        }
    }

    /** The four PWM outputs: duty only, one fixed frequency. */
    private final class Heaters implements PwmOutputs {
        private final int[] duty = new int[4];
        private final PwmSettings[] settings = { PwmSettings.DEFAULT, PwmSettings.DEFAULT, PwmSettings.DEFAULT, PwmSettings.DEFAULT };

        @Override
        public int count() {
            return duty.length;
        }

        @Override
        public int duty(int index) {
            return duty[index];
        }

        @Override
        public CompletableFuture<Void> setDuty(int index, int percent) {
            Channel<?> channel = Shape.PWM.channels(Quantities.DUTY).get(index);
            return Commands.checked(() -> channel.range().orElseThrow().check(channel.label(), percent),
                    () -> connection.submitThenPoll("set " + channel.label() + " to " + percent + " %", io -> Fields.ack('B', io.exchange("B:" + index + ":" + percent))));
        }

        @Override
        public PwmSettings settings(int index) {
            return settings[index];
        }

        @Override
        public CompletableFuture<Void> applySettings(int index, PwmSettings s) {
            if (s.mode() != org.openjolo.core.capability.PwmMode.MANUAL) {
                return CompletableFuture.failedFuture(new DeviceException(Reason.NOT_SUPPORTED, "The shape test controller's outputs are MANUAL only"));
            }
            settings[index] = s;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public int startupDuty(int index) {
            return -1;
        }

        @Override
        public void setStartupDuty(int index, int percent) {
            throw new IllegalArgumentException("The shape test controller has no startup duty");
        }

        @Override
        public List<Integer> frequencies() {
            return List.of(1000);
        }

        @Override
        public int frequency() {
            return 1000;
        }

        @Override
        public CompletableFuture<Void> setFrequency(int hertz) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
