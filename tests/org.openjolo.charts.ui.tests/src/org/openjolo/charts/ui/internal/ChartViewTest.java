package org.openjolo.charts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjolo.core.Capability;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

/** The views follow the description: the channels a device has, and no view without one. Plain logic, no display. */
class ChartViewTest {

    /** The shape of an AstroLink 4 USB, as the gen1 family describes it. */
    static DeviceDescription astroLink4() {
        return new DeviceDescription(List.of(StandardCapabilities.focuser("focuser", "Focuser", List.of()), StandardCapabilities.outputs(4),
                StandardCapabilities.pwm(3), StandardCapabilities.power(), StandardCapabilities.environmentSensor(1, true),
                StandardCapabilities.environmentSensor(2, true), StandardCapabilities.sky(true, true), dcFocuser(),
                StandardCapabilities.firmwareCompensation()));
    }

    /** The DC focuser's channel (its settings do not matter to charts). */
    private static CapabilityDescription dcFocuser() {
        return CapabilityDescription.builder(DcFocuser.class, "dcFocuser", "DC focuser")
                .channel(Channel.flag(StandardTelemetry.DC_FOCUSER_RUNNING, Quantities.MOVING)).build();
    }

    /** A family's own capability, for a value no standard view knows. */
    interface Heater extends Capability {
    }

    private static List<String> labels(List<ChartView> views) {
        return views.stream().map(ChartView::label).toList();
    }

    private static ChartView view(List<ChartView> views, String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no view " + id + " in " + labels(views)));
    }

    /** Series id → axis, in the view's order. */
    private static Map<String, Integer> axes(ChartView v) {
        return v.lines().stream().collect(Collectors.toMap(l -> l.key().id(), ChartView.Line::axis, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<String> ids(ChartView v) {
        return v.lines().stream().map(l -> l.key().id()).toList();
    }

    @Test
    void anAstroLink4HasTheManualsFiveViewsWithTheManualsSeriesAndAxes() {
        List<ChartView> views = ChartView.of(astroLink4());
        assertEquals(List.of("Temperature and focuser position", "Environment", "Power", "Outputs", "Sky"), labels(views),
                "steps to go, motion, pending compensation, Wh and the DC focuser's running are charted nowhere, as before");
        assertEquals(Map.of("sensor1.temperature", 0, "sensor2.temperature", 0, "focuser.position", 1), axes(view(views, ChartView.TEMPERATURE_FOCUSER)));
        assertEquals(List.of("sensor1.temperature", "sensor2.temperature", "focuser.position"), ids(view(views, ChartView.TEMPERATURE_FOCUSER)));
        assertEquals(List.of("sensor1.temperature", "sensor1.dewPoint", "sensor2.temperature", "sensor2.dewPoint", "sensor1.humidity", "sensor2.humidity"),
                ids(view(views, ChartView.ENVIRONMENT)), "temperatures and dew points on the left, humidity on the right");
        assertEquals(List.of(0, 0, 0, 0, 1, 1), view(views, ChartView.ENVIRONMENT).lines().stream().map(ChartView.Line::axis).toList());
        assertEquals(Map.of("power.voltage", 0, "power.current", 1, "power.energyAh", 2), axes(view(views, ChartView.POWER)));
        assertEquals(List.of("pwm1.duty", "pwm2.duty", "pwm3.duty", "output1.on", "output2.on", "output3.on", "output4.on"), ids(view(views, ChartView.OUTPUTS)));
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 1), view(views, ChartView.OUTPUTS).lines().stream().map(ChartView.Line::axis).toList());
        assertEquals(Map.of("sky.temperature", 0, "sky.difference", 0, "sky.quality", 1), axes(view(views, ChartView.SKY)));
        assertEquals(List.of("%", "on"), view(views, ChartView.OUTPUTS).lines().stream().map(ChartView.Line::unit).distinct().toList(),
                "on/off values are drawn on an axis of their own");
    }

    @Test
    void aFocuserWithOneSensorGetsOnlyTheViewsItHasChannelsFor() {
        // the FocuserLink's shape: no outputs, no power monitor, no sky sensor
        DeviceDescription focuserLink = new DeviceDescription(List.of(StandardCapabilities.focuser("focuser", "Focuser", List.of()),
                StandardCapabilities.environmentSensor(1, true), StandardCapabilities.firmwareCompensation()));
        List<ChartView> views = ChartView.of(focuserLink);
        assertEquals(List.of("Temperature and focuser position", "Environment"), labels(views));
        assertEquals(Map.of("sensor1.temperature", 0, "focuser.position", 1), axes(views.get(0)));
        assertEquals(Map.of("sensor1.temperature", 0, "sensor1.dewPoint", 0, "sensor1.humidity", 1), axes(views.get(1)));
        for (ChartView v : views) {
            assertFalse(v.lines().isEmpty(), v.label());
        }
    }

    @Test
    void aPressureSensorFourPwmOutputsAndTwoFocusersAppearWithNoEditHere() {
        TelemetryKey<Double> pressure = new TelemetryKey<>("weather.pressure", Double.class, "hPa", "Pressure");
        CapabilityDescription weather = CapabilityDescription.builder(EnvironmentSensors.class, "weather", "Weather station")
                .channel(Channel.number(new TelemetryKey<>("weather.temperature", Double.class, "°C", "Air temperature"), Quantities.TEMPERATURE, 1))
                .channel(Channel.number(pressure, Quantities.PRESSURE, 1))
                .build();
        DeviceDescription d = new DeviceDescription(List.of(StandardCapabilities.focuser("focuser", "Focuser 1", List.of()),
                StandardCapabilities.focuser("focuser2", "Focuser 2", List.of()), StandardCapabilities.environmentSensor(1, true), weather,
                StandardCapabilities.pwm(4)));
        List<ChartView> views = ChartView.of(d);
        assertEquals(List.of("Temperature and focuser position", "Environment", "Outputs"), labels(views), "no power, no sky: not offered");

        assertEquals(Map.of("sensor1.temperature", 0, "weather.temperature", 0, "focuser.position", 1, "focuser2.position", 1),
                axes(view(views, ChartView.TEMPERATURE_FOCUSER)), "every focuser's position, every sensor's temperature");

        ChartView environment = view(views, ChartView.ENVIRONMENT);
        assertEquals(2, axes(environment).get("weather.pressure"), "pressure on an axis of its own, after temperature and humidity");
        assertEquals(3, environment.axes());
        assertEquals(List.of("sensor1.temperature", "sensor1.dewPoint", "weather.temperature", "sensor1.humidity", "weather.pressure"), ids(environment));
        assertEquals("hPa", environment.lines().get(4).unit(), "the axis title comes from the channel's unit");

        ChartView outputs = view(views, ChartView.OUTPUTS);
        assertEquals(List.of("pwm1.duty", "pwm2.duty", "pwm3.duty", "pwm4.duty"), ids(outputs));
        assertTrue(outputs.lines().stream().allMatch(l -> l.axis() == 0 && l.channel().quantity().equals(Quantities.DUTY)), "4 duty series on one axis");
    }

    @Test
    void aFamilysOwnValuesGoToOtherValuesOneAxisPerUnit() {
        CapabilityDescription heater = CapabilityDescription.builder(Heater.class, "heater", "Heater")
                .channel(Channel.number(new TelemetryKey<>("heater.power", Double.class, "W", "Heater power"), "heaterPower", 1))
                .channel(Channel.flag(new TelemetryKey<>("heater.on", Boolean.class, "", "Heater on"), "heaterOn"))
                .channel(Channel.number(new TelemetryKey<>("heater.power2", Double.class, "W", "Heater 2 power"), "heaterPower", 1))
                .channel(Channel.text(new TelemetryKey<>("heater.state", String.class, "", "Heater state"), "heaterState"))
                .build();
        CapabilityDescription switchesOnly = CapabilityDescription.builder(PowerSwitches.class, "outputs", "Outputs")
                .channel(Channel.flag(StandardTelemetry.output(0), Quantities.SWITCH))
                .channel(Channel.number(new TelemetryKey<>("output1.voltage", Double.class, "V", "Output 1 voltage"), Quantities.OUTPUT_VOLTAGE, 1))
                .build();
        List<ChartView> views = ChartView.of(new DeviceDescription(List.of(heater, switchesOnly)));
        assertEquals(List.of("Outputs", "Other values"), labels(views));
        assertEquals(Map.of("output1.on", 0, "output1.voltage", 1), axes(views.get(0)),
                "without PWM the switches take the left axis; an output voltage an axis of its own");
        ChartView other = view(views, ChartView.OTHER);
        assertEquals(List.of("heater.power", "heater.power2", "heater.on"), ids(other), "text is not charted");
        assertEquals(Map.of("heater.power", 0, "heater.power2", 0, "heater.on", 1), axes(other));
    }

    @Test
    void aDeviceThatDescribesNothingHasNoViews() {
        assertEquals(List.of(), ChartView.of(DeviceDescription.EMPTY));
        assertEquals(List.of(), ChartView.of(new DeviceDescription(List.of(CapabilityDescription.of(Heater.class, "heater", "Heater")))));
    }
}
