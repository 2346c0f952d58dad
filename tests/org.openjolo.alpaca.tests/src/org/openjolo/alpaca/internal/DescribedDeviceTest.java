package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.openjolo.alerts.Alerts;
import org.openjolo.compensation.Compensation;
import org.openjolo.core.Capability;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.testing.MemoryProfile;
import org.openjolo.testing.Services;
import org.openjolo.transport.TransportAddress;

/**
 * The Alpaca members follow what a device says it has, not the AstroLink 4 USB's shape: a hand-made device
 * with a pressure sensor, three outputs and four PWM outputs is served with no edit in the server, and one
 * without a pressure sensor answers that pressure is not implemented.
 */
class DescribedDeviceTest {

    private static final TelemetryKey<Double> PRESSURE = new TelemetryKey<>("sensor1.pressure", Double.class, "hPa", "Pressure #1");

    private final Members members = new Members(Services.await(Alerts.class), Services.await(Compensation.class), "0.0.0");

    /** Sensor 1 with temperature, humidity, dew point and pressure; sensor 2 with temperature only. */
    private static List<CapabilityDescription> sensorsWithPressure() {
        CapabilityDescription.Builder sensor1 = CapabilityDescription.builder(EnvironmentSensors.class, "sensor1", "Sensor #1");
        StandardCapabilities.environmentSensor(1, true).channels().forEach(sensor1::channel);
        sensor1.channel(Channel.number(PRESSURE, Quantities.PRESSURE, 1));
        return List.of(sensor1.build(), StandardCapabilities.environmentSensor(2, false));
    }

    private Object call(Device d, String type, String member, boolean put, String params) throws Exception {
        return members.call(new Call(type, d, member, put, Params.parse(params, put), 1));
    }

    private Object get(Device d, String type, String member, String params) throws Exception {
        return call(d, type, member, false, params);
    }

    private AlpacaException refused(Device d, String type, String member, boolean put, String params) {
        return assertThrows(AlpacaException.class, () -> call(d, type, member, put, params), member + " " + params);
    }

    private void connect(Device d, String type) throws Exception {
        assertEquals(Members.NONE, call(d, type, "connected", true, "Connected=True"));
    }

    @Test
    void aPressureSensorAndFourPwmOutputsAreServedFromTheDescription() throws Exception {
        FakeOutputs outputs = new FakeOutputs(3);
        FakePwm pwm = new FakePwm(4);
        Telemetry t = Telemetry.at(Instant.now()).put(StandardTelemetry.temperature(1), 11.5).put(StandardTelemetry.humidity(1), 70.0)
                .put(StandardTelemetry.dewPoint(1), 6.2).put(PRESSURE, 1009.5).put(StandardTelemetry.temperature(2), 9.0).build();
        FakeDevice d = new FakeDevice(t);
        sensorsWithPressure().forEach(s -> d.offer(s, (EnvironmentSensors) () -> 2));
        d.offer(StandardCapabilities.outputs(3), outputs);
        d.offer(StandardCapabilities.pwm(4), pwm);

        assertTrue(Members.offers(d, Members.CONDITIONS));
        assertTrue(Members.offers(d, Members.SWITCH));
        assertFalse(Members.offers(d, Members.FOCUSER), "no focuser described");

        connect(d, Members.CONDITIONS);
        assertEquals(1009.5, get(d, Members.CONDITIONS, "pressure", ""));
        assertEquals(11.5, get(d, Members.CONDITIONS, "temperature", ""), "the first sensor's temperature");
        assertEquals(70.0, get(d, Members.CONDITIONS, "humidity", ""));
        assertEquals(6.2, get(d, Members.CONDITIONS, "dewpoint", ""));
        assertEquals(d + ": Pressure #1 [hPa]", get(d, Members.CONDITIONS, "sensordescription", "SensorName=Pressure"));
        assertEquals(AlpacaException.NOT_IMPLEMENTED, refused(d, Members.CONDITIONS, "skytemperature", false, "").number, "no sky sensor described");
        assertEquals(AlpacaException.NOT_IMPLEMENTED, refused(d, Members.CONDITIONS, "cloudcover", false, "").number);
        assertEquals(AlpacaException.NOT_IMPLEMENTED, refused(d, Members.CONDITIONS, "windspeed", false, "").number);
        assertTrue(refused(d, Members.CONDITIONS, "sensordescription", false, "SensorName=Foo").getMessage().endsWith("the sensor names are cloudcover, "
                + "dewpoint, humidity, pressure, rainrate, skybrightness, skyquality, skytemperature, starfwhm, temperature, winddirection, windgust, windspeed"));

        assertEquals(7, get(d, Members.SWITCH, "maxswitch", ""), "3 outputs then 4 PWM outputs");
        assertEquals("Output 3", get(d, Members.SWITCH, "getswitchname", "Id=2"), "the channel's label");
        assertEquals("PWM D", get(d, Members.SWITCH, "getswitchname", "Id=6"));
        assertEquals("PWM outputs: PWM B, 0 to 100 %", get(d, Members.SWITCH, "getswitchdescription", "Id=4"));
        assertEquals("Outputs: Output 1, on/off", get(d, Members.SWITCH, "getswitchdescription", "Id=0"));
        assertEquals(1.0, get(d, Members.SWITCH, "maxswitchvalue", "Id=1"));
        assertEquals(100.0, get(d, Members.SWITCH, "maxswitchvalue", "Id=6"));
        assertEquals(0.0, get(d, Members.SWITCH, "minswitchvalue", "Id=6"));
        assertEquals(1.0, get(d, Members.SWITCH, "switchstep", "Id=6"));
        assertEquals(true, get(d, Members.SWITCH, "canwrite", "Id=6"));

        assertEquals(Members.NONE, call(d, Members.SWITCH, "setswitchvalue", true, "Id=5&Value=40"));
        assertEquals(List.of(0, 0, 40, 0), pwm.duties(), "PWM C is index 2 of its instance");
        assertEquals(40.0, get(d, Members.SWITCH, "getswitchvalue", "Id=5"));
        assertEquals(true, get(d, Members.SWITCH, "getswitch", "Id=5"));
        assertEquals(Members.NONE, call(d, Members.SWITCH, "setswitch", true, "Id=6&State=True"));
        assertEquals(List.of(0, 0, 40, 100), pwm.duties());
        assertEquals(Members.NONE, call(d, Members.SWITCH, "setswitch", true, "Id=2&State=True"));
        assertEquals(List.of(false, false, true), outputs.states());
        assertEquals(1.0, get(d, Members.SWITCH, "getswitchvalue", "Id=2"));

        AlpacaException tooMuch = refused(d, Members.SWITCH, "setswitchvalue", true, "Id=6&Value=101");
        assertEquals(AlpacaException.INVALID_VALUE, tooMuch.number);
        assertEquals(StandardCapabilities.DUTY.refusal("PWM D", 101), tooMuch.getMessage(), "the limit's words");
        assertEquals("PWM D 101 is outside the allowed range 0 to 100 %", tooMuch.getMessage());
        AlpacaException half = refused(d, Members.SWITCH, "setswitchvalue", true, "Id=0&Value=0.5");
        assertEquals("Output 1 must be a whole number from 0 to 1, not 0.5", half.getMessage());
        assertEquals("Switch 7 does not exist: the switches are 0 to 6", refused(d, Members.SWITCH, "getswitch", false, "Id=7").getMessage());
        assertEquals(List.of(0, 0, 40, 100), pwm.duties(), "nothing set by a refused value");

        assertEquals(Members.NONE, call(d, Members.SWITCH, "setswitchname", true, "Id=6&Name=Guide+scope"));
        assertEquals("Guide scope", d.profile().get(org.openjolo.core.ProfileKeys.pwmLabel(3), ""), "the label the Outputs part shows");
        assertEquals("Guide scope", get(d, Members.SWITCH, "getswitchname", "Id=6"));
    }

    @Test
    void withoutAPressureChannelPressureIsNotImplemented() throws Exception {
        Telemetry t = Telemetry.at(Instant.now()).put(StandardTelemetry.temperature(1), 4.0).build();
        FakeDevice d = new FakeDevice(t);
        d.offer(StandardCapabilities.environmentSensor(1, false), (EnvironmentSensors) () -> 1);
        assertTrue(Members.offers(d, Members.CONDITIONS));
        assertFalse(Members.offers(d, Members.SWITCH), "no outputs described");
        connect(d, Members.CONDITIONS);
        assertEquals(4.0, get(d, Members.CONDITIONS, "temperature", ""));
        AlpacaException pressure = refused(d, Members.CONDITIONS, "pressure", false, "");
        assertEquals(AlpacaException.NOT_IMPLEMENTED, pressure.number);
        assertEquals("pressure is not implemented by this device", pressure.getMessage());
        assertEquals(AlpacaException.NOT_IMPLEMENTED, refused(d, Members.CONDITIONS, "humidity", false, "").number, "sensor 1 measures temperature only");
        assertEquals(AlpacaException.NOT_IMPLEMENTED, refused(d, Members.CONDITIONS, "sensordescription", false, "SensorName=Pressure").number);

        FakeDevice switchesOnly = new FakeDevice(t);
        switchesOnly.offer(StandardCapabilities.outputs(2), new FakeOutputs(2));
        assertFalse(Members.offers(switchesOnly, Members.CONDITIONS), "no channel an ObservingConditions member reads");
        assertTrue(Members.offers(switchesOnly, Members.SWITCH));
    }

    /** A connected device that is only what it is given: its description, implementations and one snapshot. */
    private static final class FakeDevice implements Device {
        private final List<CapabilityDescription> described = new java.util.ArrayList<>();
        private final Map<String, Capability> instances = new HashMap<>();
        private final Telemetry telemetry;
        private final DeviceProfile profile = new MemoryProfile();

        FakeDevice(Telemetry telemetry) {
            this.telemetry = telemetry;
        }

        void offer(CapabilityDescription description, Capability implementation) {
            described.add(description);
            instances.put(description.id(), implementation);
        }

        @Override
        public DeviceIdentity identity() {
            return new DeviceIdentity("described", "Described device", "", TransportAddress.tcp("described.invalid", 1));
        }

        @Override
        public ConnectionState state() {
            return ConnectionState.CONNECTED;
        }

        @Override
        public <C extends Capability> Optional<C> capability(Class<C> type) {
            return description().first(type).flatMap(c -> capability(type, c.id()));
        }

        @Override
        public <C extends Capability> Optional<C> capability(Class<C> type, String instanceId) {
            return Optional.ofNullable(instances.get(instanceId)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public DeviceDescription description() {
            return new DeviceDescription(described);
        }

        @Override
        public Set<Class<? extends Capability>> capabilities() {
            Set<Class<? extends Capability>> types = new LinkedHashSet<>();
            described.forEach(c -> types.add(c.type()));
            return types;
        }

        @Override
        public Optional<Telemetry> latestTelemetry() {
            return Optional.of(telemetry);
        }

        @Override
        public DeviceProfile profile() {
            return profile;
        }

        @Override
        public void addListener(DeviceListener listener) {
            // the snapshot never changes: nothing to tell
        }

        @Override
        public void removeListener(DeviceListener listener) {
            // nothing registered
        }

        @Override
        public String toString() {
            return "Described device";
        }
    }

    /** On/off outputs that remember what they were told. */
    private static final class FakeOutputs implements PowerSwitches {
        private final boolean[] on;

        FakeOutputs(int count) {
            on = new boolean[count];
        }

        List<Boolean> states() {
            List<Boolean> s = new java.util.ArrayList<>();
            for (boolean b : on) {
                s.add(b);
            }
            return s;
        }

        @Override
        public int count() {
            return on.length;
        }

        @Override
        public boolean isOn(int index) {
            return on[index];
        }

        @Override
        public CompletableFuture<Void> set(int index, boolean state) {
            on[index] = state;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean powerOnState(int index) {
            return false;
        }

        @Override
        public CompletableFuture<Void> setPowerOnState(int index, boolean state) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not in this test"));
        }
    }

    /** PWM outputs that remember their duties. */
    private static final class FakePwm implements PwmOutputs {
        private final int[] duty;

        FakePwm(int count) {
            duty = new int[count];
        }

        List<Integer> duties() {
            return Arrays.stream(duty).boxed().toList();
        }

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
            duty[index] = percent;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public PwmSettings settings(int index) {
            throw new UnsupportedOperationException("not in this test");
        }

        @Override
        public CompletableFuture<Void> applySettings(int index, PwmSettings settings) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not in this test"));
        }

        @Override
        public int startupDuty(int index) {
            return -1;
        }

        @Override
        public void setStartupDuty(int index, int percent) {
            throw new UnsupportedOperationException("not in this test");
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
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not in this test"));
        }
    }
}
