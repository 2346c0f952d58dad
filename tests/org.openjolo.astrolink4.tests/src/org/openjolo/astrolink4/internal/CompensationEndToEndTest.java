package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.compensation.Correction;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** Temperature compensation done by the workbench, against the simulated AstroLink 4 with a scripted temperature. */
class CompensationEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private final InMemoryLink link = new InMemoryLink(virtual);
    private Device device;
    private Focuser focuser;
    private CompensationControl control;

    @BeforeEach
    void connect() throws Exception {
        virtual.setAmbientTemperature(14.0);
        device = registry.connect(AstroLink4.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        focuser = device.capability(Focuser.class).orElseThrow();
        focuser.applySettings(focuser.settings().withSpeed(2000).withAcceleration(4000).withBacklash(0)).get(10, TimeUnit.SECONDS);
        control = Services.await(Compensation.class).use(device, CompensationControl.Implementation.WORKBENCH).orElseThrow();
    }

    @AfterEach
    void disconnect() throws Exception {
        control.apply(control.settings().withMode(CompensationMode.OFF)).get(10, TimeUnit.SECONDS);
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
    }

    private void referenceAt(double celsius) {
        Await.until("a reference at " + celsius + " °C", WAIT,
                () -> control.referenceTemperature().isPresent() && Math.abs(control.referenceTemperature().getAsDouble() - celsius) < 1e-6);
    }

    private void ramp(double... temperatures) throws InterruptedException {
        for (double t : temperatures) {
            virtual.setAmbientTemperature(t);
            Thread.sleep(1500);
        }
    }

    private static int sum(List<Correction> history) {
        return history.stream().mapToInt(Correction::steps).sum();
    }

    @Test
    void autoFollowsATemperatureRampToWithinOneStep() throws Exception {
        // threshold 1: AUTO leaves at most one step pending (with a larger threshold, up to that many remain)
        control.apply(new CompensationSettings(CompensationMode.AUTO, 35, 1, 1, Duration.ofSeconds(1)));
        referenceAt(14.0);
        ramp(13.5, 13.0, 12.5, 12.0);
        int expected = 10000 + (int) Math.round(35 * (12.0 - 14.0));
        Await.until("the focuser at " + expected, WAIT, () -> !focuser.isMoving() && Math.abs(focuser.position() - expected) <= 1
                && Math.abs(control.pending().orElse(99)) <= 1, () -> focuser.position() + " " + control.history());
        List<Correction> history = control.history();
        assertTrue(history.size() >= 2, "corrected in steps as the temperature fell: " + history);
        assertEquals(focuser.position() - 10000, sum(history), "every move is recorded");
        assertTrue(history.stream().allMatch(c -> c.cause().equals("AUTO") && c.steps() < 0), "falling temperature, positive coefficient: inward");
        assertEquals("AUTO", device.profile().get("compensation.mode", ""), "settings are kept for the device");
    }

    @Test
    void theSnTriggerAppliesOnlyAboveItsThreshold() throws Exception {
        control.apply(new CompensationSettings(CompensationMode.MANUAL, 35, 10, 1, Duration.ofSeconds(1)));
        referenceAt(14.0);
        ramp(13.0);
        Await.until("35 steps pending", WAIT, () -> control.pending().orElse(0) == -35);
        assertEquals(Optional.empty(), control.trigger(50).get(10, TimeUnit.SECONDS), "35 does not exceed 50");
        assertEquals(10000, focuser.position(), "MANUAL never moves by itself");
        Correction c = control.trigger(20).get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(-35, c.steps());
        assertEquals("S:20", c.cause());
        Await.until("arrival at 9965", WAIT, () -> !focuser.isMoving() && focuser.position() == 9965);
        assertEquals(Optional.empty(), control.compensate().get(10, TimeUnit.SECONDS), "nothing pending any more");
        assertThrows(IllegalArgumentException.class,
                () -> control.apply(new CompensationSettings(CompensationMode.AUTO, 35, 0, 1, Duration.ofSeconds(1))).join());
        assertEquals(10, control.settings().threshold(), "a refused change leaves the settings alone");
    }

    @Test
    void theDeviceFirmwareIsConfiguredAndTriggeredWhenItCompensatesItself() throws Exception {
        control = Services.await(Compensation.class).use(device, CompensationControl.Implementation.DEVICE_FIRMWARE).orElseThrow();
        assertEquals(CompensationControl.Implementation.DEVICE_FIRMWARE, control.implementation());
        control.apply(new CompensationSettings(CompensationMode.MANUAL, 35, 10, 1, Duration.ofSeconds(30))).get(10, TimeUnit.SECONDS);
        assertTrue(link.faults().received().contains("E:30:3500:0:0:10:"), link.faults().received().toString());
        ramp(13.0);
        Await.until("35 steps pending, as the device reports", WAIT, () -> control.pending().orElse(0) == -35);
        assertEquals(Optional.empty(), control.trigger(50).get(10, TimeUnit.SECONDS));
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("S")), "nothing sent below the threshold");
        assertEquals(-35, control.trigger(20).get(10, TimeUnit.SECONDS).orElseThrow().steps());
        assertTrue(link.faults().received().contains("S:20"));
        Await.until("the firmware moved to 9965", WAIT, () -> !focuser.isMoving() && focuser.position() == 9965);

        control.apply(new CompensationSettings(CompensationMode.AUTO, 35, 10, 1, Duration.ofSeconds(30))).get(10, TimeUnit.SECONDS);
        assertTrue(link.faults().received().contains("E:30:3500:0:1:10:"), "the firmware's own automatic mode");
        ramp(12.0);
        Await.until("the firmware compensated by itself to 9930", WAIT, () -> !focuser.isMoving() && focuser.position() == 9930,
                () -> Integer.toString(focuser.position()));
        control.apply(control.settings().withMode(CompensationMode.OFF)).get(10, TimeUnit.SECONDS);
        assertTrue(link.faults().received().contains("E:30:3500:0:0:10:"));
    }

    @Test
    void anOperatorMoveReBasesAndNothingMovesDuringAMove() throws Exception {
        focuser.applySettings(focuser.settings().withSpeed(300).withAcceleration(600)).get(10, TimeUnit.SECONDS);
        control.apply(new CompensationSettings(CompensationMode.AUTO, 35, 10, 1, Duration.ofSeconds(1)));
        referenceAt(14.0);
        link.faults().clearReceived();
        focuser.moveTo(11500).get(10, TimeUnit.SECONDS);
        Await.until("moving", WAIT, focuser::isMoving);
        ramp(12.0);
        assertTrue(focuser.isMoving(), "the operator's move is still going");
        Await.until("arrival at 11500", WAIT, () -> !focuser.isMoving() && focuser.position() == 11500);
        referenceAt(12.0);
        Thread.sleep(1500);
        assertEquals(List.of("R:0:11500"), link.faults().received().stream().filter(r -> r.startsWith("R")).toList(),
                "no compensation move during or after the operator's move");
        assertTrue(control.history().isEmpty());
        assertEquals(0, control.pending().orElse(-1));
    }
}
