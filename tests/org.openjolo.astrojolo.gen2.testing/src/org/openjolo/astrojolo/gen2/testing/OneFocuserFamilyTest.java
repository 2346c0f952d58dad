package org.openjolo.astrojolo.gen2.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.astrojolo.gen2.testing.Gen2Bench.refusal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.astrojolo.gen2.Gen2Family;
import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.ProfileKeys;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;
import org.openjolo.testing.DriverFuzz;
import org.openjolo.testing.Fuzz;
import org.openjolo.testing.ManualClock;
import org.openjolo.testing.Services;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportFactory;

/**
 * What every one-focuser second-generation model (the AstroLink 4 MAX, the micro) must do, checked through the
 * real registry: a family's test fragment extends it with its family and model, and adds its identification and
 * its own parts. The second focuser's fields of the shared layout are 0 and requests for it change nothing; the
 * stop request is the model's ({@code H:0} or a bare {@code H}).
 */
public abstract class OneFocuserFamilyTest {

    /** How long an awaited condition may take. */
    protected static final Duration WAIT = Duration.ofSeconds(20);

    /** Where the pseudo-terminals' links go. */
    @TempDir
    protected Path dir;

    /** The workbench's registry. */
    protected final DeviceRegistry registry = Services.await(DeviceRegistry.class);

    private final Gen2Family family;
    private final Gen2Model model;
    private Gen2Bench bench;

    /**
     * @param family the family under test, as its bundle registers it
     * @param model  its model
     */
    protected OneFocuserFamilyTest(Gen2Family family, Gen2Model model) {
        this.family = family;
        this.model = model;
    }

    /** The family under test. */
    protected Gen2Family family() {
        return family;
    }

    /** Its model. */
    protected Gen2Model model() {
        return model;
    }

    /** Connects a virtual device of the model on an in-memory link; closed after the test. */
    protected Gen2Bench bench(LongSupplier clock) throws Exception {
        bench = new Gen2Bench(model(), clock);
        return bench;
    }

    @AfterEach
    void closeBench() throws Exception {
        if (bench != null) {
            bench.close();
        }
    }

    /**
     * What {@code family}'s probe says of {@code device}, asked over a pseudo-terminal at the family's line speed, as
     * the detector asks.
     */
    protected Optional<String> probe(DeviceFamily family, VirtualDevice device) throws Exception {
        try (SimulatedDevice sim = Hosts.host(device, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("tty-probe-" + family.id())));
                Transport t = Services.await(TransportFactory.class).create(sim.address(), family.baudRate())) {
            t.open();
            return family.probe(t);
        }
    }

    /** The stop request this model's driver sends for its focuser. */
    private String stopRequest() {
        return model().stop() == Gen2Model.Stop.BARE ? Requests.STOP : Requests.stop(0);
    }

    /** {@code block} ({@code a:b:c}) with the fields {@code changes} (number → value) replaced. */
    private static String withFields(String block, Map<Integer, Integer> changes) {
        String[] v = block.split(":");
        changes.forEach((field, value) -> v[field - 1] = Integer.toString(value));
        return String.join(":", v);
    }

    @Test
    void handshakeReadsStatusAndBlockAndDescribesOneFocuserAndTheModelsParts() throws Exception {
        Gen2Bench b = bench(System::nanoTime);
        Device device = b.device();
        assertEquals(List.of("#", "q", "u"), b.wire().subList(0, 3));
        assertEquals(model().name(), device.identity().model());
        assertEquals(model().simulatedIdentity(), device.identity().firmware());
        DeviceDescription d = device.description();
        List<CapabilityDescription> focusers = d.of(Focuser.class);
        assertEquals(List.of("focuser"), focusers.stream().map(CapabilityDescription::id).toList());
        assertEquals(List.of("Focuser"), focusers.stream().map(CapabilityDescription::name).toList());
        assertEquals(3, d.first(PowerSwitches.class).orElseThrow().channels(Quantities.SWITCH).size());
        assertEquals(2, d.first(PwmOutputs.class).orElseThrow().channels(Quantities.DUTY).size());
        assertEquals(4, d.first(PowerMonitor.class).orElseThrow().settings().size(), "the protection settings of the block");
        assertEquals(2, d.sensors().size());
        assertTrue(d.has(SkySensors.class));
        assertEquals(model().regulatedOutput(), d.has(RegulatedOutput.class));
        assertEquals(new FocuserSettings(10000, false, 0.5, 0, 200, 200, 800, 30, StepperMode.UNIPOLAR), b.focuser("focuser").settings(),
                "focuser 1 of the makers' simulated block");
        for (int first : Block.FOCUSER_FIELDS) {
            assertEquals(0, b.virtual().setting(Block.of(first, 1)), "the second focuser's field " + Block.of(first, 1));
        }
    }

    @Test
    void everyStatusFieldGoesIntoItsChannel() throws Exception {
        ManualClock clock = new ManualClock();
        Gen2Bench b = bench(clock);
        VirtualGen2Device virtual = b.virtual();
        virtual.setAmbientTemperature(6.5);
        virtual.setRegulatedOutput(true, 7.5);
        Status s = Status.parse(virtual.handle("q"), model()::acceptsDeviceCode, model().describeDeviceCode());
        assertEquals(model().deviceCode(), s.deviceCode());
        assertEquals(List.of(0, 0, 0), List.of(s.positions()[1], s.stepsToGo()[1], s.pendingCompensation()[1]), "the second focuser's fields");
        Device device = b.device();
        Await.until("a poll with the held temperature", WAIT,
                () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.TEMPERATURE_1)).orElse(0.0) == s.sensor1().temperature());
        Telemetry t = device.latestTelemetry().orElseThrow();
        CapabilityDescription focuser = device.description().instance("focuser").orElseThrow();
        assertEquals(s.positions()[0], t.get(focuser.channel(Quantities.POSITION, Integer.class).orElseThrow().key()).orElseThrow());
        assertEquals(5000, s.positions()[0]);
        assertEquals(0, t.get(focuser.channel(Quantities.STEPS_TO_GO, Integer.class).orElseThrow().key()).orElseThrow());
        Gen2Bench.assertDeviceWideChannels(s, t);
        if (model().regulatedOutput()) {
            assertEquals(7.5, t.get(StandardTelemetry.REGULATED_VOLTAGE).orElseThrow());
        } else {
            assertTrue(t.get(StandardTelemetry.REGULATED_VOLTAGE).isEmpty(), "no regulated output, no voltage for it");
        }
    }

    @Test
    void theFocuserMovesHaltsWithTheModelsStopAndSyncs() throws Exception {
        ManualClock clock = new ManualClock();
        Gen2Bench b = bench(clock);
        VirtualGen2Device virtual = b.virtual();
        Focuser f = b.focuser("focuser");
        f.moveTo(5300).get(10, TimeUnit.SECONDS);
        assertTrue(b.wire().contains("R:0:5300"), b.wire().toString());
        assertTrue(f.isMoving(), "moving from the acknowledgement on");
        clock.advance(Duration.ofSeconds(10));
        Await.until("arrived", WAIT, () -> !f.isMoving() && f.position() == 5300, () -> "at " + f.position());

        f.moveTo(9000).get(10, TimeUnit.SECONDS);
        clock.advance(Duration.ofSeconds(2));
        assertTrue(virtual.moving(0) && virtual.position(0) > 5300, "under way at " + virtual.position(0));
        b.clearWire();
        f.abort().get(10, TimeUnit.SECONDS);
        assertEquals(List.of(stopRequest()), b.commands(), "the stop request this model's driver sends");
        clock.advance(Duration.ofSeconds(10));
        assertFalse(virtual.moving(0));
        int stoppedAt = virtual.position(0);
        assertTrue(stoppedAt < 9000, "stopped short at " + stoppedAt);
        Await.until("idle at " + stoppedAt, WAIT, () -> !f.isMoving() && f.position() == stoppedAt, () -> "at " + f.position());

        f.sync(1000).get(10, TimeUnit.SECONDS);
        assertTrue(b.wire().contains("P:0:1000"));
        assertEquals(1000, virtual.position(0));
        b.clearWire();
        assertEquals("Target position 10001 is outside the focuser's range 0 to 10000 (maximum position)", refusal(f.moveTo(10001)));
        assertTrue(b.commands().isEmpty(), "refused before the wire: " + b.wire());
        assertEquals(0, virtual.position(1), "no second focuser moved");
    }

    @Test
    void focuserSettingsGoInTheFirstFocusersFieldsOfTheWholeBlock() throws Exception {
        Gen2Bench b = bench(System::nanoTime);
        Focuser f = b.focuser("focuser");
        b.clearWire();
        assertEquals("Speed 5000 is outside the allowed range 1 to 4000 pps", refusal(f.applySettings(f.settings().withSpeed(5000))));
        FocuserSettings s = f.settings();
        FocuserSettings bipolar = new FocuserSettings(s.maxPosition(), s.reversed(), s.stepSizeMicrons(), 0, s.speed(), s.acceleration(),
                s.motorCurrentMa(), s.holdTorquePercent(), StepperMode.BIPOLAR);
        assertEquals("Stepper type Bipolar is not one the " + model().name() + " drives: choose Unipolar, Micro-step 1/8, Micro-step 1/32",
                refusal(f.applySettings(bipolar)));
        assertTrue(b.commands().isEmpty(), "refused before the wire: " + b.wire());

        f.applySettings(new FocuserSettings(9000, true, 0.25, 12, 400, 2000, 405, 20, StepperMode.MICRO_8)).get(10, TimeUnit.SECONDS);
        String written = withFields(Block.defaults(1), Map.of(Block.CURRENT, 40, Block.HOLD, 20, Block.SPEED, 400, Block.ACCELERATION, 2000,
                Block.MODE, 1, Block.MAX_POSITION, 9000, Block.REVERSED, 1, Block.STEP_SIZE, 25));
        assertEquals(List.of("u", "U:" + written + ":", "u"), b.commands().subList(0, 3),
                "read, modify the focuser's fields (current truncated to tens of mA), write the whole block with ':', read back");
        assertEquals(new FocuserSettings(9000, true, 0.25, 12, 400, 2000, 400, 20, StepperMode.MICRO_8), f.settings());
    }

    @Test
    void theSettingsDocumentRoundTripsWithTheAbsentFocusersZerosAndLimitsAreRefusedBeforeTheWire() throws Exception {
        Gen2Bench b = bench(System::nanoTime);
        DeviceSettings settings = b.device().capability(DeviceSettings.class).orElseThrow();
        Map<String, String> all = settings.exportSettings().get(10, TimeUnit.SECONDS);
        assertEquals(Block.defaults(1), all.get("device.u"));

        b.clearWire();
        assertEquals("Setting 'device.u': Focuser 1 speed 5000 is outside the allowed range 1 to 4000 pps",
                refusal(settings.importSettings(Map.of("device.u", withFields(Block.defaults(1), Map.of(Block.SPEED, 5000))))));
        assertEquals("Setting 'device.u': Focuser 2 speed (no such focuser) 5000 is outside the allowed range 0 to 4000",
                refusal(settings.importSettings(Map.of("device.u", withFields(Block.defaults(1), Map.of(Block.of(Block.SPEED, 1), 5000))))));
        assertTrue(b.commands().isEmpty(), "nothing written: " + b.wire());

        // what the makers' driver, a mini II copy, may leave in the second focuser's fields is kept as the device keeps it
        String slower = withFields(Block.defaults(1), Map.of(Block.SPEED, 150, Block.of(Block.SPEED, 1), 800));
        settings.importSettings(Map.of("device.u", slower, "profile." + ProfileKeys.outputLabel(0), "Camera")).get(10, TimeUnit.SECONDS);
        assertEquals("U:" + slower + ":", b.commands().get(0));
        assertEquals(150, b.focuser("focuser").settings().speed(), "read back after the write");
        assertEquals("Camera", b.device().profile().get(ProfileKeys.outputLabel(0), ""));
        assertEquals(slower, settings.exportSettings().get(10, TimeUnit.SECONDS).get("device.u"));
        settings.factoryReset().get(10, TimeUnit.SECONDS);
        assertEquals(Block.defaults(1), settings.exportSettings().get(10, TimeUnit.SECONDS).get("device.u"), "the model's own defaults");
    }

    @Test
    void outputsAndEachPwmChannelOnItsOwn() throws Exception {
        Gen2Bench b = bench(System::nanoTime);
        VirtualGen2Device virtual = b.virtual();
        PowerSwitches outputs = b.device().capability(PowerSwitches.class).orElseThrow();
        outputs.set(2, true).get(10, TimeUnit.SECONDS);
        assertTrue(b.wire().contains("C:2:1"));
        assertTrue(virtual.output(2));
        Await.until("output 3 on in telemetry", WAIT, () -> outputs.isOn(2));
        outputs.setPowerOnState(1, true).get(10, TimeUnit.SECONDS);
        assertEquals(1, virtual.setting(Block.OUTPUT1_DEFAULT + 1));

        PwmOutputs pwm = b.device().capability(PwmOutputs.class).orElseThrow();
        pwm.setDuty(0, 40).get(10, TimeUnit.SECONDS);
        b.clearWire();
        pwm.setDuty(1, 25).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("B:1:25"), b.commands(), "one channel, sent alone");
        assertEquals(40, virtual.pwm(0), "channel A kept its duty");
        assertEquals(25, virtual.pwm(1));
        Await.until("PWM B at 25 % in telemetry", WAIT, () -> pwm.duty(1) == 25 && pwm.duty(0) == 40);
    }

    @Test
    void theVirtualDeviceTakesWhatTheMakersDriversSend() {
        VirtualGen2Device virtual = new VirtualGen2Device(new ManualClock(), model());
        // the MAX's driver, a mini II copy, addresses index 1 with no saved configuration: acknowledged, nothing moves
        assertEquals(List.of("R:", "P:", "H:"), List.of(virtual.handle("R:1:500"), virtual.handle("P:1:300"), virtual.handle("H:1")));
        assertEquals(0, virtual.position(1));
        assertEquals("R:", virtual.handle("R:0:5600"));
        assertEquals("H:", virtual.handle("H"), "the micro's driver stops with a bare H");
        // the micro's driver writes focuser 1's fields only, acceleration 5 × speed, in the whole block with ':'
        String u = virtual.handle("u");
        String written = withFields(u.substring(2), Map.of(Block.SPEED, 100, Block.ACCELERATION, 500));
        assertEquals("U:", virtual.handle("U:" + written + ":"));
        assertEquals("u:" + written, virtual.handle("u"));
        // the micro's driver has one property per PWM channel and sends each alone
        assertEquals("B:", virtual.handle("B:1:60"));
        assertEquals(List.of(0, 60), List.of(virtual.pwm(0), virtual.pwm(1)));
    }

    @Test
    void aLostDeviceComesBackAndIsReadAgainOverASerialLineAtItsBaudRate() throws Exception {
        VirtualGen2Device virtual = new VirtualGen2Device(System::nanoTime, model());
        assertEquals(38400, virtual.baudRate());
        try (SimulatedDevice sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("tty-" + model().familyId())))) {
            Device device = registry.connect(model().familyId(), sim.address()).get(15, TimeUnit.SECONDS);
            try {
                List<ConnectionState> states = new CopyOnWriteArrayList<>();
                device.addListener(new DeviceListener() {
                    @Override
                    public void stateChanged(Device d, ConnectionState state, String reason) {
                        states.add(state);
                    }
                });
                Focuser f = device.capability(Focuser.class).orElseThrow();
                f.sync(3210).get(10, TimeUnit.SECONDS);
                sim.faults().dropLink();
                Await.until("lost", WAIT, () -> states.contains(ConnectionState.LOST));
                virtual.handle("P:0:3333");
                sim.faults().clearReceived();
                sim.faults().restoreLink();
                Await.until("reconnected", WAIT, () -> device.state() == ConnectionState.CONNECTED && states.contains(ConnectionState.RECONNECTING));
                assertEquals(List.of("#", "q", "u"), sim.faults().received().subList(0, 3), "identified and read again");
                Await.until("the device's position", WAIT, () -> f.position() == 3333, () -> "at " + f.position());
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The workbench's temperature compensation drives the model's focuser: a 2 °C drop with +35 steps/°C moves it
     * 70 steps in, through the model's own move request.
     */
    @Test
    void theWorkbenchCompensatesTheFocuserFromTheSensorsTemperature() throws Exception {
        VirtualGen2Device virtual = new VirtualGen2Device(System::nanoTime, model());
        virtual.setAmbientTemperature(14.0);
        Device device = registry.connect(model().familyId(), new org.openjolo.simulator.InMemoryLink(virtual)).get(10, TimeUnit.SECONDS);
        org.openjolo.compensation.CompensationControl control = Services.await(org.openjolo.compensation.Compensation.class)
                .use(device, org.openjolo.compensation.CompensationControl.Implementation.WORKBENCH).orElseThrow();
        try {
            Focuser f = device.capability(Focuser.class).orElseThrow();
            f.applySettings(f.settings().withSpeed(2000).withBacklash(0)).get(10, TimeUnit.SECONDS);
            Await.until("idle", WAIT, () -> !f.isMoving());
            int start = f.position();
            control.apply(new org.openjolo.compensation.CompensationSettings(org.openjolo.compensation.CompensationMode.AUTO, 35, 1, 1,
                    Duration.ofSeconds(1))).get(10, TimeUnit.SECONDS);
            Await.until("a reference at 14 °C", WAIT,
                    () -> control.referenceTemperature().isPresent() && Math.abs(control.referenceTemperature().getAsDouble() - 14.0) < 1e-6);
            virtual.setAmbientTemperature(12.0);
            int expected = start - 70;
            Await.until("compensated to " + expected, WAIT, () -> !f.isMoving() && Math.abs(f.position() - expected) <= 1 && virtual.position(0) == f.position(),
                    () -> f.position() + " " + control.history());
        } finally {
            control.apply(control.settings().withMode(org.openjolo.compensation.CompensationMode.OFF)).get(10, TimeUnit.SECONDS);
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theDriverFedMutatedRepliesFailsOnlyWithProtocolOrDeviceErrors() {
        DriverFuzz.check(Fuzz.forTest(model().name() + " driver", 150), family(), new VirtualGen2Device(new ManualClock(), model()), ':');
    }

    @Test
    void theVirtualDeviceAnswersGarbageWithAnErrorOrNothingAndKeepsWorking() {
        ManualClock clock = new ManualClock();
        VirtualGen2Device virtual = new VirtualGen2Device(clock, model());
        List<String> valid = List.of("#", "q", "u", Requests.STOP, Requests.stop(0), Requests.moveTo(0, 4000), Requests.moveTo(1, 300),
                Requests.sync(0, 500), Requests.output(2, true), Requests.pwm(1, 30), "U:" + Block.defaults(1) + ":");
        DriverFuzz.simulator(Fuzz.forTest("virtual " + model().name() + " requests", 5_000), virtual, valid, ':', d -> {
            clock.advance(Duration.ofMillis(300));
            Status s = Status.parse(d.handle("q"), model().deviceCode());
            assertEquals(List.of(0, 0), List.of(s.positions()[1], s.stepsToGo()[1]), "the absent focuser never moves");
        });
    }

    @Test
    void theAlpacaServerServesOneFocuserAndTheSwitchesOverHttp() throws Exception {
        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        try (SimulatedDevice sim = Services.await(Simulator.class).start(model().familyId(), HostKind.PTY,
                HostOptions.unpaced().withLink(dir.resolve("tty-alpaca")))) {
            Device device = registry.connect(model().familyId(), sim.address()).get(15, TimeUnit.SECONDS);
            try {
                Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
                List<ServedDevice> mine = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key())).toList();
                Map<String, Long> types = mine.stream().collect(Collectors.groupingBy(ServedDevice::deviceType, Collectors.counting()));
                assertEquals(Map.of("focuser", 1L, "switch", 1L, "observingconditions", 1L, "safetymonitor", 1L), types, "one focuser, the sky sensors' safety");
                int focuser = number(mine, "focuser");
                int sw = number(mine, "switch");
                AlpacaClient alpaca = new AlpacaClient(server.address().orElseThrow().getPort(), 7);
                VirtualGen2Device virtual = (VirtualGen2Device) sim.device();

                assertEquals(0, alpaca.put("/api/v1/focuser/" + focuser + "/connected", Map.of("Connected", "True")).error());
                assertEquals(10000, alpaca.get("/api/v1/focuser/" + focuser + "/maxstep").value().getAsInt());
                assertEquals(0, alpaca.put("/api/v1/focuser/" + focuser + "/move", Map.of("Position", "5100")).error());
                Await.until("at 5100 through Alpaca", WAIT, () -> virtual.position(0) == 5100 && !device.capability(Focuser.class).orElseThrow().isMoving());
                assertEquals(5100, alpaca.get("/api/v1/focuser/" + focuser + "/position").value().getAsInt());
                assertTrue(sim.faults().received().contains("R:0:5100"), sim.faults().received().toString());
                assertEquals(0, alpaca.put("/api/v1/focuser/" + focuser + "/move", Map.of("Position", "10001")).error(), "beyond MaxStep: no error");
                assertTrue(sim.faults().received().contains("R:0:10000"), "the move stops at MaxStep: " + sim.faults().received());
                assertEquals(0, alpaca.put("/api/v1/focuser/" + focuser + "/halt", Map.of()).error());
                Await.until("halted", WAIT, () -> !device.capability(Focuser.class).orElseThrow().isMoving());

                int regulated = model().regulatedOutput() ? 1 : 0;
                assertEquals(5 + regulated, alpaca.get("/api/v1/switch/" + sw + "/maxswitch").value().getAsInt(), "3 outputs, 2 PWM, the regulated output");
                assertEquals(0, alpaca.put("/api/v1/switch/" + sw + "/setswitch", Map.of("Id", "1", "State", "True")).error());
                assertEquals(0, alpaca.put("/api/v1/switch/" + sw + "/setswitchvalue", Map.of("Id", "4", "Value", "30")).error());
                Await.until("output 2 on and PWM B at 30 %", WAIT, () -> virtual.output(1) && virtual.pwm(1) == 30);
                assertTrue(sim.faults().received().containsAll(List.of("C:1:1", "B:1:30")), sim.faults().received().toString());
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        } finally {
            server.configure(AlpacaSettings.DEFAULT.withPort(0));
        }
    }

    private static int number(List<ServedDevice> served, String type) {
        return served.stream().filter(s -> s.deviceType().equals(type)).findFirst().orElseThrow(() -> new AssertionError("no " + type)).number();
    }
}
