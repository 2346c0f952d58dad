package org.openjolo.indi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.Alerts;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * The INDI server over a simulated AstroLink 4 USB, used by the real INDI clients: indi_getprop, indi_setprop,
 * indi_eval and a chained indiserver.
 */
class IndiServerTest extends ServedDevice {

    @Override
    String indiName() {
        return "AstroLink 4 USB";
    }

    @Test
    void getpropListsTheStandardPropertiesWithTheDevicesValues() throws Exception {
        Focuser f = device.capability(Focuser.class).orElseThrow();
        Map<String, String> props = IndiTools.getprop(port, indiName() + ".*.*");
        assertEquals("On", props.get(p("CONNECTION.CONNECT")), "the workbench holds the device: the client's view starts connected");
        assertEquals(sim.address().displayName(), props.get(p("DEVICE_PORT.PORT")));
        assertEquals(Integer.toString(IndiDevice.FOCUSER_INTERFACE | IndiDevice.WEATHER_INTERFACE | IndiDevice.AUX_INTERFACE | IndiDevice.POWER_INTERFACE),
                props.get(p("DRIVER_INFO.DRIVER_INTERFACE")), "focuser, weather, power (and aux, as the maker's driver says): " + props);
        assertEquals(Integer.toString(f.position()), props.get(p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")));
        assertEquals(Integer.toString(f.settings().maxPosition()), props.get(p("FOCUS_MAX.FOCUS_MAX_VALUE")));
        assertEquals(Integer.toString(f.position()), props.get(p("FOCUS_SYNC.FOCUS_SYNC_VALUE")));
        for (String standard : List.of("FOCUS_MOTION.FOCUS_INWARD", "FOCUS_MOTION.FOCUS_OUTWARD", "REL_FOCUS_POSITION.FOCUS_RELATIVE_POSITION",
                "FOCUS_ABORT_MOTION.ABORT", "FOCUS_REVERSE_MOTION.INDI_ENABLED", "FOCUS_BACKLASH_TOGGLE.INDI_ENABLED", "FOCUS_BACKLASH_STEPS.FOCUS_BACKLASH_VALUE",
                "FOCUS_TEMPERATURE.TEMPERATURE", "WEATHER_PARAMETERS.WEATHER_TEMPERATURE", "WEATHER_PARAMETERS.WEATHER_HUMIDITY",
                "WEATHER_PARAMETERS.WEATHER_DEWPOINT", "WEATHER_PARAMETERS.WEATHER_SKY_TEMPERATURE", "WEATHER_PARAMETERS.WEATHER_SKY_QUALITY",
                "WEATHER_STATUS.WEATHER_TEMPERATURE", "WEATHER_UPDATE.PERIOD", "WEATHER_REFRESH.REFRESH", "WEATHER_TEMPERATURE.MIN_OK",
                "WEATHER_TEMPERATURE.MAX_OK", "WEATHER_TEMPERATURE.PERC_WARN", "POWER_CHANNELS.POWER_CHANNEL_1", "POWER_CHANNELS.POWER_CHANNEL_3",
                "DEW_CHANNELS.DEW_CHANNEL_1", "DEW_DUTY_CYCLES.DEW_CHANNEL_2", "POWER_SENSORS.SENSOR_VOLTAGE", "POWER_SENSORS.SENSOR_CURRENT",
                "ENERGY.ENERGY_AH")) {
            assertTrue(props.containsKey(p(standard)), standard + " is served: " + props.keySet());
        }
        double temperature = device.latestTelemetry().orElseThrow().get(StandardTelemetry.TEMPERATURE_1).orElseThrow();
        assertEquals(temperature, Double.parseDouble(props.get(p("WEATHER_PARAMETERS.WEATHER_TEMPERATURE"))), 0.5, "sensor 1's temperature");
        double volts = device.latestTelemetry().orElseThrow().get(StandardTelemetry.INPUT_VOLTAGE).orElseThrow();
        assertEquals(volts, Double.parseDouble(props.get(p("POWER_SENSORS.SENSOR_VOLTAGE"))), 0.5, "the input voltage");
        assertFalse(props.containsKey(p("POWER_CHANNELS.POWER_CHANNEL_4")), "the USB has three DC outputs");
    }

    @Test
    void setpropMovesTheFocuserAndEvalWaitsUntilItArrives() throws Exception {
        Focuser f = device.capability(Focuser.class).orElseThrow();
        int target = f.position() + 700;
        sim.faults().clearReceived();
        IndiTools.Run set = IndiTools.setprop(port, p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + target));
        assertEquals(0, set.exit(), set.err());
        IndiTools.Run wait = IndiTools.evalWait(port, 60,
                "\"" + p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION") + "\"==" + target + " && \"" + p("ABS_FOCUS_POSITION._STATE") + "\"==1");
        assertEquals(0, wait.exit(), "indi_eval saw the move end Ok at the target: " + wait.out() + wait.err());
        assertEquals(target, f.position());
        assertTrue(sim.faults().received().contains("R:0:" + target), "the move reached the wire: " + sim.faults().received());

        // a relative move inward, by the direction FOCUS_MOTION sets
        IndiTools.Run rel = IndiTools.setprop(port, p("FOCUS_MOTION.FOCUS_INWARD=On"));
        assertEquals(0, rel.exit(), rel.err());
        Await.until("direction inward", WAIT, () -> IndiTools.getpropQuietly(port, p("FOCUS_MOTION.FOCUS_INWARD")).equals("On"));
        IndiTools.setprop(port, p("REL_FOCUS_POSITION.FOCUS_RELATIVE_POSITION=200"));
        assertEquals(0, IndiTools.evalWait(port, 60, "\"" + p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION") + "\"==" + (target - 200) + " && \""
                + p("ABS_FOCUS_POSITION._STATE") + "\"==1").exit());
        assertTrue(sim.faults().received().contains("R:0:" + (target - 200)), sim.faults().received().toString());
    }

    @Test
    void aMoveBeyondTheTravelIsRefusedWithTheLimitsWords() throws Exception {
        Focuser f = device.capability(Focuser.class).orElseThrow();
        try (RawClient watcher = new RawClient(port)) {
            watcher.send("<getProperties version=\"1.7\" device=\"" + indiName() + "\" name=\"ABS_FOCUS_POSITION\"/>");
            watcher.awaitReceived("defNumberVector", WAIT);
            sim.faults().clearReceived();
            IndiTools.setprop(port, p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + (f.settings().maxPosition() + 1)));
            watcher.awaitReceived("state=\"Alert\"", WAIT);
            assertTrue(watcher.received().contains("is outside the allowed range 0 to " + f.settings().maxPosition()), watcher.received());
            assertFalse(sim.faults().received().stream().anyMatch(r -> r.startsWith("R:")), "nothing moved: " + sim.faults().received());
        }
    }

    @Test
    void aNewMaximumRedefinesThePositionsLimits() throws Exception {
        Focuser f = device.capability(Focuser.class).orElseThrow();
        int max = f.settings().maxPosition() - 1000;
        try (RawClient watcher = new RawClient(port)) {
            watcher.send("<getProperties version=\"1.7\" device=\"" + indiName() + "\"/>");
            watcher.awaitReceived("name=\"FOCUS_SYNC\"", WAIT);
            watcher.clear();
            IndiTools.setprop(port, p("FOCUS_MAX.FOCUS_MAX_VALUE=" + max));
            Await.until("the new maximum", WAIT, () -> f.settings().maxPosition() == max);
            watcher.awaitReceived("<defNumber name=\"FOCUS_ABSOLUTE_POSITION\" label=\"Steps\" format=\"%.0f\" min=\"0\" max=\"" + max + "\"", WAIT);
        }
        assertEquals(Integer.toString(max), IndiTools.getprop(port, p("FOCUS_MAX.FOCUS_MAX_VALUE")).get(p("FOCUS_MAX.FOCUS_MAX_VALUE")));
    }

    @Test
    void setpropSwitchesAnOutputAndSetsAPwmDuty() throws Exception {
        PowerSwitches outputs = device.capability(PowerSwitches.class).orElseThrow();
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        boolean was = outputs.isOn(1);
        IndiTools.Run r = IndiTools.setprop(port, p("POWER_CHANNELS.POWER_CHANNEL_2=" + (was ? "Off" : "On")));
        assertEquals(0, r.exit(), r.err());
        Await.until("output 2 switched", WAIT, () -> outputs.isOn(1) != was);
        IndiTools.setprop(port, p("DEW_DUTY_CYCLES.DEW_CHANNEL_1=30"));
        Await.until("PWM A at 30 %", WAIT, () -> pwm.duty(0) == 30);
        Await.until("the client reads them back", WAIT, () -> {
            Map<String, String> now = IndiTools.getpropQuietlyAll(port, p("*.*"));
            return String.valueOf(!was ? "On" : "Off").equals(now.get(p("POWER_CHANNELS.POWER_CHANNEL_2")))
                    && "30".equals(now.get(p("DEW_DUTY_CYCLES.DEW_CHANNEL_1"))) && "On".equals(now.get(p("DEW_CHANNELS.DEW_CHANNEL_1")));
        });
    }

    @Test
    void aPwmOutputsModeAndHeatSettingsAreTheDevicesOwnProperties() throws Exception {
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        Map<String, String> props = IndiTools.getprop(port, p("DEW_CHANNEL_1_MODE.*"), p("DEW_CHANNEL_1_SETTINGS.*"));
        assertEquals("On", props.get(p("DEW_CHANNEL_1_MODE.PWM_MANUAL")), props.toString());
        assertEquals(Integer.toString(pwm.settings(0).heatPowerAtMaxHumidity()), props.get(p("DEW_CHANNEL_1_SETTINGS.HEAT_POWER")));
        IndiTools.setprop(port, p("DEW_CHANNEL_1_MODE.PWM_HEAT=On"));
        Await.until("PWM A in HEAT", WAIT, () -> pwm.settings(0).mode() == org.openjolo.core.capability.PwmMode.HEAT);
        try (RawClient watcher = new RawClient(port)) {
            watcher.send("<getProperties version=\"1.7\" device=\"" + indiName() + "\" name=\"DEW_CHANNEL_1_SETTINGS\"/>");
            watcher.awaitReceived("defNumberVector", WAIT);
            IndiTools.setprop(port, p("DEW_CHANNEL_1_SETTINGS.HEAT_POWER=150"));
            watcher.awaitReceived("Heat power 150 is outside the allowed range", WAIT);
        }
        IndiTools.setprop(port, p("DEW_CHANNEL_1_SETTINGS.HEAT_START=60"));
        Await.until("heat start 60 %", WAIT, () -> pwm.settings(0).heatStartHumidity() == 60);
    }

    @Test
    void overVoltageProtectionFollowsThePowerInterface() throws Exception {
        org.openjolo.core.capability.PowerMonitor power = device.capability(org.openjolo.core.capability.PowerMonitor.class).orElseThrow();
        Map<String, String> props = IndiTools.getprop(port, p("OVER_VOLTAGE_PROTECTION.OVERVOLTAGE"));
        assertEquals(IndiDevice.fixed(power.protection().overVoltage(), 1), props.get(p("OVER_VOLTAGE_PROTECTION.OVERVOLTAGE")), props.toString());
        double next = power.protection().overVoltage() == 13.5 ? 13.0 : 13.5;
        IndiTools.setprop(port, p("OVER_VOLTAGE_PROTECTION.OVERVOLTAGE=" + next));
        Await.until("over-voltage protection at " + next, WAIT, () -> power.protection().overVoltage() == next, () -> power.protection().toString());
    }

    @Test
    void twoClientsAtOnceEachWithItsOwnConnectionView() throws Exception {
        try (RawClient a = new RawClient(port); RawClient b = new RawClient(port)) {
            a.send("<getProperties version=\"1.7\"/>");
            b.send("<getProperties version=\"1.7\" device=\"" + indiName() + "\"/>");
            a.awaitReceived("name=\"ABS_FOCUS_POSITION\"", WAIT);
            b.awaitReceived("name=\"ABS_FOCUS_POSITION\"", WAIT);
            Await.until("two clients listed", WAIT, () -> server.clients().size() >= 2, () -> server.clients().toString());
            // a disconnects its view only: it loses the focuser properties, b and the workbench keep the device
            a.send("<newSwitchVector device=\"" + indiName() + "\" name=\"CONNECTION\"><oneSwitch name=\"DISCONNECT\">On</oneSwitch></newSwitchVector>");
            a.awaitReceived("<delProperty device=\"" + indiName() + "\" name=\"ABS_FOCUS_POSITION\"", WAIT);
            a.clear();
            b.clear();
            int target = device.capability(Focuser.class).orElseThrow().position() + 300;
            IndiTools.setprop(port, p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + target));
            b.awaitReceived("<setNumberVector device=\"" + indiName() + "\" name=\"ABS_FOCUS_POSITION\" state=\"Busy\"", WAIT);
            assertEquals(0, IndiTools.evalWait(port, 60, "\"" + p("ABS_FOCUS_POSITION._STATE") + "\"==1 && \"" + p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")
                    + "\"==" + target).exit());
            b.awaitReceived(">\n" + target + "\n", WAIT);
            assertFalse(a.received().contains("ABS_FOCUS_POSITION"), "a disconnected view gets no updates: " + a.received());
            assertTrue(registry.devices().contains(device), "the serial connection stays");
        }
    }

    @Test
    void aChainedIndiserverRunningTheRemoteDriverSeesTheDevice() throws Exception {
        int chained;
        try (ServerSocket free = new ServerSocket(0)) {
            chained = free.getLocalPort();
        }
        // INDI's way to reach a device on another machine: indiserver runs "device@host:port" as a remote driver
        Process indiserver = new ProcessBuilder("indiserver", "-p", Integer.toString(chained), indiName() + "@127.0.0.1:" + port).redirectErrorStream(true)
                .redirectOutput(dir.resolve("indiserver.log").toFile()).start();
        try {
            List<String> seen = new ArrayList<>();
            Await.until("the chained indiserver to serve " + indiName(), WAIT, () -> {
                Map<String, String> props = IndiTools.getpropQuietlyAll(chained, p("ABS_FOCUS_POSITION.*"));
                seen.clear();
                seen.addAll(props.keySet());
                return props.containsKey(p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION"));
            }, () -> seen + " " + read(dir.resolve("indiserver.log")));
            int target = device.capability(Focuser.class).orElseThrow().position() + 150;
            sim.faults().clearReceived();
            IndiTools.setprop(chained, p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + target));
            Await.until("the move through the chain", WAIT, () -> sim.faults().received().contains("R:0:" + target), () -> sim.faults().received().toString());
        } finally {
            indiserver.destroy();
            indiserver.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String read(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aCriticalWeatherAlertFlipsWeatherStatusToAlert() throws Exception {
        Alerts alerts = Services.await(Alerts.class);
        List<AlertRule> before = alerts.rules(device);
        double temperature = device.latestTelemetry().orElseThrow().get(StandardTelemetry.TEMPERATURE_1).orElseThrow();
        try {
            assertEquals(0, IndiTools.evalWait(port, 20, "\"" + p("WEATHER_STATUS._STATE") + "\"==1").exit(), "Ok while nothing is critical");
            List<AlertRule> rules = new ArrayList<>();
            for (AlertRule r : before) {
                rules.add(r.valueId().equals(StandardTelemetry.TEMPERATURE_1.id()) ? r.withLimits(temperature - 50, temperature - 20).withCritical(true) : r);
            }
            if (rules.stream().noneMatch(r -> r.valueId().equals(StandardTelemetry.TEMPERATURE_1.id()))) {
                rules.add(new AlertRule("indiTest", StandardTelemetry.TEMPERATURE_1.id(), "Temperature", temperature - 50, temperature - 20, 10, true, true));
            }
            alerts.setRules(device, rules);
            IndiTools.Run alert = IndiTools.evalWait(port, 30, "\"" + p("WEATHER_STATUS._STATE") + "\"==3 && \"" + p("WEATHER_STATUS.WEATHER_TEMPERATURE") + "\"==3");
            assertEquals(0, alert.exit(), "WEATHER_STATUS turned Alert: " + alert.out() + alert.err());
            Map<String, String> props = IndiTools.getprop(port, p("WEATHER_TEMPERATURE.*"));
            assertEquals(temperature - 20, Double.parseDouble(props.get(p("WEATHER_TEMPERATURE.MAX_OK"))), 0.01, "the rule's range: " + props);
        } finally {
            alerts.setRules(device, before);
        }
    }

    @Test
    void aDeviceThatLeavesHasItsPropertiesDeleted() throws Exception {
        try (RawClient a = new RawClient(port)) {
            a.send("<getProperties version=\"1.7\"/>");
            a.awaitReceived("name=\"ABS_FOCUS_POSITION\"", WAIT);
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
            a.awaitReceived("<delProperty device=\"" + indiName() + "\" timestamp=", WAIT);
        }
    }
}
