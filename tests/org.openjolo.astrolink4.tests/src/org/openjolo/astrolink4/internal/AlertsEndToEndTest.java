package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alerts.AlertNotifications;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.events.AlertEvents;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Alerts and safety against the simulated AstroLink 4 USB over a pseudo-terminal. */
class AlertsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final Alerts alerts = Services.await(Alerts.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private final List<Event> safetyEvents = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> handler;
    private SimulatedDevice sim;
    private Device device;
    private Duration holdOffBefore;

    @BeforeEach
    void connect() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, AlertEvents.TOPIC_SAFETY);
        handler = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(EventHandler.class, safetyEvents::add, props);
        sim = Hosts.host(virtual, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyAlerts")));
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        // a critical rule set before the first poll would see "no reading yet" and make the observatory unsafe
        Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
        holdOffBefore = alerts.holdOff();
    }

    @AfterEach
    void disconnect() throws Exception {
        alerts.setRules(device, DefaultRules.forDevice(device.description()));
        alerts.setNotifications(device, AlertNotifications.NONE);
        // a test that connects with a critical rule may have left the observatory unsafe ("no reading yet"):
        // the next test starts safe, not inside the default five-minute hold-off
        alerts.setHoldOff(Duration.ZERO);
        Await.until("safe between tests", WAIT, () -> alerts.safety().safe(), () -> alerts.safety().reason());
        alerts.setHoldOff(holdOffBefore);
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        sim.close();
        handler.unregister();
    }

    private AlertRule rule(String id) {
        return alerts.rules(device).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private RuleStatus status(String id) {
        return alerts.status(device).stream().filter(s -> s.rule().id().equals(id)).findFirst().orElseThrow();
    }

    private void awaitState(String id, AlertState state) {
        Await.until(id + " in " + state, WAIT, () -> status(id).state() == state, () -> status(id).toString());
    }

    @Test
    void aVoltageSagRaisesTheLowVoltageAlertBuzzesTheDeviceAndMakesTheObservatoryUnsafeUntilTheHoldOff() throws Exception {
        alerts.setHoldOff(Duration.ofSeconds(2));
        alerts.setRules(device, List.of(rule(DefaultRules.LOW_VOLTAGE).withEnabled(true).withLimits(11.5, Double.NaN).withCritical(true)));
        alerts.setNotifications(device, new AlertNotifications(true, false));
        Await.until("in range at 12.6 V", WAIT, () -> status(DefaultRules.LOW_VOLTAGE).value() > 12);
        assertTrue(alerts.safety().safe());
        int beeps = virtual.beeps();
        sim.faults().clearReceived();

        virtual.setSupplyVoltage(11.0);
        awaitState(DefaultRules.LOW_VOLTAGE, AlertState.ALERT);
        assertTrue(status(DefaultRules.LOW_VOLTAGE).message().matches("Low input voltage 1[01]\\.\\d\\d V is below 11\\.50 V"), status(DefaultRules.LOW_VOLTAGE).message());
        assertEquals(AlertState.ALERT, alerts.state(device, StandardTelemetry.INPUT_VOLTAGE), "the value the parts colour");
        Await.until("the beep request on the wire", WAIT, () -> sim.faults().received().contains("#"), () -> sim.faults().received().toString());
        Await.until("the device beeped", WAIT, () -> virtual.beeps() == beeps + 1);
        assertFalse(alerts.safety().safe(), "a critical alert makes the observatory unsafe at once");
        assertTrue(alerts.safety().reason().contains("Low input voltage"), alerts.safety().reason());
        Await.until("the UNSAFE event", WAIT, () -> safetyEvents.stream().anyMatch(e -> Boolean.FALSE.equals(e.getProperty(AlertEvents.PROPERTY_SAFE))));
        AlertRecord raised = alerts.history().stream().filter(r -> r.deviceKey().equals(device.identity().key()) && r.state() == AlertState.ALERT)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(DefaultRules.LOW_VOLTAGE, raised.ruleId());
        assertTrue(raised.critical());

        virtual.setSupplyVoltage(12.6);
        awaitState(DefaultRules.LOW_VOLTAGE, AlertState.OK);
        Instant clear = Instant.now();
        assertFalse(alerts.safety().safe(), "not safe before the hold-off");
        Await.until("safe after the hold-off", WAIT, () -> alerts.safety().safe());
        Duration took = Duration.between(clear, alerts.safety().since());
        assertTrue(took.toMillis() >= 1400, "safe only after the 2 s hold-off: " + took);
        Await.until("the SAFE event (posted asynchronously)", WAIT, () -> safetyEvents.stream().anyMatch(e -> Boolean.TRUE.equals(e.getProperty(AlertEvents.PROPERTY_SAFE))));
        assertEquals(1, sim.faults().received().stream().filter("#"::equals).count(), "one beep: the alert was raised once");
    }

    @Test
    void aProtectionTripIsAnAlertWithItsCause() {
        sim.faults().clearReceived();
        virtual.setExtraLoad(11.0);
        awaitState(DefaultRules.PROTECTION, AlertState.ALERT);
        virtual.setExtraLoad(0);
        assertTrue(status(DefaultRules.PROTECTION).message().startsWith("Over-current protection: the total current reached"),
                status(DefaultRules.PROTECTION).message());
        assertTrue(sim.faults().received().stream().noneMatch("#"::equals), "no buzzing unless asked for");
        assertTrue(alerts.safety().safe(), "the protection trip is not critical by default");
    }

    @Test
    void aDisconnectedDeviceStillShownByAPartDoesNotComeBackIntoTheSafety() throws Exception {
        alerts.setHoldOff(Duration.ZERO);
        alerts.setRules(device, List.of(rule(DefaultRules.LOW_VOLTAGE).withEnabled(true).withCritical(true)));
        Await.until("in range", WAIT, () -> status(DefaultRules.LOW_VOLTAGE).value() > 12);
        List<AlertRule> set = alerts.rules(device);
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        assertEquals(set, alerts.rules(device), "the parts still read the closed device's rules");
        alerts.status(device);
        alerts.resetTemperatureChange(device);
        Thread.sleep(1500);
        assertTrue(alerts.safety().safe(), "a closed device's critical rule is not an unknown value: " + alerts.safety().reason());
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        assertEquals(set, alerts.rules(device));
    }

    @Test
    void rulesAndNotificationsAreKeptInTheProfileAcrossReconnects() throws Exception {
        alerts.setRules(device, List.of(rule(DefaultRules.CURRENT).withEnabled(true).withLimits(Double.NaN, 4.5),
                rule(DefaultRules.TEMPERATURE_CHANGE).withEnabled(true).withValueId(org.openjolo.alerts.AlertValues.temperatureChange(2))));
        alerts.setNotifications(device, new AlertNotifications(true, true));
        List<AlertRule> set = alerts.rules(device);
        assertEquals("4.5", device.profile().get("alert.power.current.max", ""));
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        assertEquals(set, alerts.rules(device));
        assertEquals(new AlertNotifications(true, true), alerts.notifications(device));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> alerts.setRules(device, List.of(rule(DefaultRules.CURRENT).withLimits(Double.NaN, 4.5).withWarnPercent(80))));
        assertEquals("Total current: the warning band must be from 0 to 50 %, not 80.0", e.getMessage());
        assertEquals(set, alerts.rules(device), "a refused change leaves the rules alone");
    }
}
