package org.openjolo.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.io.IoTask;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.SessionHandler;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportTimeoutException;

/**
 * Fuzzes a family's driver through its public SPI only ({@link DeviceFamily#probe}, {@link DeviceFamily#open},
 * the session handler and every capability): the family's own virtual device answers, and some of its replies
 * are mutated or replaced by garbage on the way. The driver may fail only as the I/O worker expects, with an
 * {@link IOException} (a {@link org.openjolo.core.io.ProtocolException} above all) or a {@link DeviceException};
 * a {@link RuntimeException} is a driver bug the worker can only log. Every request the driver sends must be one
 * ASCII line, as the transports require.
 *
 * <p>There is no I/O worker: commands run at once on the test's thread, so a failure comes with the whole
 * exchange (requests, replies as sent and as mutated) in its message.</p>
 */
public final class DriverFuzz {

    private DriverFuzz() {
    }

    /**
     * Runs the check {@link Fuzz#runs()} times: probe, handshake, polls, then every capability's getters and a
     * random selection of its commands, each on a fresh driver over the same virtual device.
     *
     * @param fuzz      the test's generator
     * @param family    the family under test
     * @param device    the virtual device that answers (the family's own, so replies are the protocol's)
     * @param separator the protocol's field separator, for mutations
     */
    public static void check(Fuzz fuzz, DeviceFamily family, VirtualDevice device, char separator) {
        int[] connected = { 0 };
        fuzz.forAll(f -> new Line(device, f, separator, f.pick(List.of(0.02, 0.1, 0.3, 0.8))), line -> {
            if (session(family, line)) {
                connected[0]++;
            }
        });
        // a driver that never got through its handshake would leave the polls and commands untested
        if (connected[0] < fuzz.runs() / 10) {
            throw new AssertionError(family.id() + ": only " + connected[0] + " of " + fuzz.runs() + " handshakes succeeded");
        }
    }

    /**
     * Sends a virtual device {@link Fuzz#runs()} random request lines as the simulator's hosts deliver them (no CR
     * or LF): random text, text over the protocol's own characters, and mutations of {@code validRequests}. Like a real device it may answer an error or nothing,
     * but it must not throw, its answer must be one line, and afterwards it must still be {@code healthy}
     * (answer its status and settings in a form the driver parses).
     *
     * @param validRequests requests of the protocol, to mutate (their characters are the alphabet)
     * @param healthy       checks the device still works, e.g. that its status line parses
     */
    public static void simulator(Fuzz fuzz, VirtualDevice device, List<String> validRequests, char separator, Fuzz.Property<VirtualDevice> healthy) {
        String alphabet = String.join("", validRequests) + "0123456789-.: ";
        // the hosts end a request at CR or LF, so a virtual device never sees either inside one
        fuzz.forAll(f -> (switch (f.nextInt(4)) {
            case 0 -> f.line(60);
            case 1 -> f.fromAlphabet(alphabet, 30);
            default -> f.mutate(f.pick(validRequests), separator);
        }).replace('\r', ' ').replace('\n', ' '), request -> {
            String reply = device.handle(request);
            if (reply != null && (reply.indexOf('\n') >= 0 || reply.indexOf('\r') >= 0)) {
                throw new AssertionError("The answer " + Fuzz.literal(reply) + " is not one line");
            }
            healthy.check(device);
        });
    }

    /** @return whether the handshake succeeded */
    private static boolean session(DeviceFamily family, Line line) throws Throwable {
        Fuzz f = line.fuzz;
        Fuzz.onlyThrows(() -> family.probe(line), IOException.class);
        Connection connection = new Connection(line);
        DeviceDriver device = family.open(connection);
        if (device == null) {
            throw new AssertionError(family.id() + ": open() returned no driver");
        }
        SessionHandler handler = device;
        boolean connected = Fuzz.onlyThrows(() -> handler.connected(line), IOException.class, DeviceException.class) == null;
        for (int i = 0; i < 3; i++) {
            Fuzz.onlyThrows(() -> {
                Telemetry t = handler.poll(line);
                if (t == null) {
                    throw new AssertionError("poll() returned null");
                }
                handler.polled(t);
            }, IOException.class, DeviceException.class);
        }
        exercise(device, f);
        return connected;
    }

    /** Getters must answer from whatever was read; commands complete or fail with a device error. */
    private static void exercise(Device d, Fuzz f) throws Throwable {
        d.identity();
        d.capabilities();
        Optional<Focuser> focuser = d.capability(Focuser.class);
        if (focuser.isPresent()) {
            Focuser x = focuser.get();
            FocuserSettings s = x.settings();
            x.position();
            x.isMoving();
            x.motorState();
            for (FocuserSettings.Setting setting : FocuserSettings.Setting.values()) {
                x.supports(setting);
            }
            command(f, "move", () -> x.moveTo(f.intIn(0, Math.max(0, s.maxPosition()))));
            command(f, "sync", () -> x.sync(Math.max(0, Math.min(s.maxPosition(), x.position()))));
            command(f, "abort", x::abort);
            command(f, "apply the focuser settings", () -> x.applySettings(s));
        }
        Optional<PowerSwitches> switches = d.capability(PowerSwitches.class);
        if (switches.isPresent()) {
            PowerSwitches x = switches.get();
            for (int i = 0; i < x.count(); i++) {
                int index = i;
                x.isOn(i);
                x.powerOnState(i);
                command(f, "switch", () -> x.set(index, f.chance(0.5)));
                command(f, "power-on state", () -> x.setPowerOnState(index, f.chance(0.5)));
            }
        }
        Optional<PwmOutputs> pwm = d.capability(PwmOutputs.class);
        if (pwm.isPresent()) {
            PwmOutputs x = pwm.get();
            x.frequency();
            for (int i = 0; i < x.count(); i++) {
                int index = i;
                x.duty(i);
                x.startupDuty(i);
                command(f, "duty", () -> x.setDuty(index, f.intIn(0, 100)));
                command(f, "PWM settings", () -> x.applySettings(index, x.settings(index)));
            }
            if (!x.frequencies().isEmpty()) {
                command(f, "frequency", () -> x.setFrequency(f.pick(x.frequencies())));
            }
        }
        Optional<PowerMonitor> power = d.capability(PowerMonitor.class);
        if (power.isPresent()) {
            PowerMonitor x = power.get();
            x.trip();
            command(f, "protection", () -> x.applyProtection(x.protection()));
            command(f, "calibrate", x::calibrateCurrent);
        }
        Optional<FirmwareCompensation> compensation = d.capability(FirmwareCompensation.class);
        if (compensation.isPresent()) {
            FirmwareCompensation x = compensation.get();
            command(f, "compensation", () -> x.configure(x.config()));
            command(f, "compensate", () -> x.compensateNow(f.intIn(0, 255)));
        }
        Optional<DcFocuser> dc = d.capability(DcFocuser.class);
        if (dc.isPresent()) {
            DcFocuser x = dc.get();
            x.isRunning();
            x.isReversed();
            CapabilityDescription described = d.description().first(DcFocuser.class).orElseThrow();
            Limit dcPower = described.setting(DcFocuser.POWER).flatMap(SettingDescription::range).orElseThrow();
            Limit time = described.setting(DcFocuser.DURATION).flatMap(SettingDescription::range).orElseThrow();
            command(f, "DC run", () -> x.run(f.chance(0.5), f.intIn((int) dcPower.min(), (int) dcPower.max()), f.intIn((int) time.min(), (int) time.max())));
            command(f, "DC stop", x::stop);
            command(f, "DC reverse", () -> x.setReversed(f.chance(0.5)));
        }
        Optional<Buzzer> buzzer = d.capability(Buzzer.class);
        if (buzzer.isPresent()) {
            Buzzer x = buzzer.get();
            x.isEnabled();
            command(f, "buzzer", () -> x.setEnabled(f.chance(0.5)));
            if (x.canBeep()) {
                command(f, "beep", x::beep);
            }
        }
        Optional<HandController> hand = d.capability(HandController.class);
        if (hand.isPresent()) {
            command(f, "manual control", () -> hand.get().setEnabled(f.chance(0.5)));
        }
        d.capability(EnvironmentSensors.class).ifPresent(EnvironmentSensors::sensorCount);
        Optional<SkySensors> sky = d.capability(SkySensors.class);
        if (sky.isPresent()) {
            sky.get().condition();
            sky.get().cloudThresholds();
            sky.get().sqmCalibration();
        }
        Optional<DeviceSettings> settings = d.capability(DeviceSettings.class);
        if (settings.isPresent()) {
            DeviceSettings x = settings.get();
            Map<String, String> exported = command(f, "export", x::exportSettings);
            if (exported != null) {
                command(f, "import", () -> x.importSettings(exported));
            }
            command(f, "factory reset", x::factoryReset);
        }
    }

    /** A command, run one time in two (so a run reaches the later ones with the device in varied states). */
    private static <T> T command(Fuzz f, String what, java.util.function.Supplier<CompletableFuture<T>> command) throws Throwable {
        if (!f.chance(0.5)) {
            return null;
        }
        CompletableFuture<T> future = command.get();
        try {
            return future.get(1, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof DeviceException) && !(cause instanceof IOException)) {
                throw new AssertionError(what + " failed with " + cause + "; only a DeviceException or IOException may come", cause);
            }
            if (cause.getMessage() == null || cause.getMessage().isBlank()) {
                throw new AssertionError(what + " failed with " + cause.getClass().getName() + " without a message", cause);
            }
            return null;
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not complete", e);
        }
    }

    /**
     * The line between driver and virtual device: each reply may be mutated, replaced by garbage or lost; the
     * exchange is kept for the failure message. Also a {@link Transport}, for {@link DeviceFamily#probe}.
     */
    static final class Line implements LineExchange, Transport {

        private final VirtualDevice device;
        final Fuzz fuzz;
        private final char separator;
        private final double chance;
        private final List<String> transcript = new ArrayList<>();

        Line(VirtualDevice device, Fuzz fuzz, char separator, double chance) {
            this.device = device;
            this.fuzz = fuzz;
            this.separator = separator;
            this.chance = chance;
        }

        @Override
        public String exchange(String request) throws IOException {
            if (request == null || request.chars().anyMatch(c -> c == '\n' || c == '\r' || c > 126)) {
                throw new AssertionError("The driver sent " + Fuzz.describe(request) + ": a request must be one ASCII line");
            }
            String reply = device.handle(request);
            String sent = reply;
            if (reply != null && fuzz.chance(chance)) {
                sent = switch (fuzz.nextInt(10)) {
                    case 0 -> fuzz.line(80);
                    case 1 -> null;
                    case 2 -> fuzz.fieldsLine(reply.isEmpty() ? "" : reply.substring(0, Math.min(2, reply.length())), separator, 35);
                    default -> fuzz.mutate(reply, separator);
                };
            }
            transcript.add(Fuzz.literal(request) + " -> " + (reply == null ? "nothing" : Fuzz.literal(reply))
                    + (sent == reply ? "" : " mutated to " + (sent == null ? "nothing" : Fuzz.literal(sent))));
            if (sent == null) {
                throw new TransportTimeoutException("No reply to '" + request + "' (fuzz)");
            }
            return sent;
        }

        @Override
        public String exchange(String request, Duration timeout) throws IOException {
            return exchange(request);
        }

        @Override
        public TransportAddress address() {
            return TransportAddress.serial("fuzz:" + device.familyId());
        }

        @Override
        public int baudRate() {
            return device.baudRate();
        }

        @Override
        public void open() {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return "exchange " + transcript;
        }
    }

    /** The connection without an I/O worker: commands run at once; a RuntimeException is passed on as it came. */
    static final class Connection implements DeviceConnection {

        private final Line line;
        private final MemoryProfile profile = new MemoryProfile();
        Connection(Line line) {
            this.line = line;
        }

        @Override
        public TransportAddress address() {
            return line.address();
        }

        @Override
        public DeviceProfile profile() {
            return profile;
        }

        @Override
        public ConnectionState state() {
            return ConnectionState.CONNECTED;
        }

        @Override
        public Optional<Telemetry> latestTelemetry() {
            return Optional.empty();
        }

        @Override
        public void addListener(DeviceListener listener) {
        }

        @Override
        public void removeListener(DeviceListener listener) {
        }

        @Override
        public <T> CompletableFuture<T> submit(String description, IoTask<T> task) {
            try {
                return CompletableFuture.completedFuture(task.run(line));
            } catch (IOException | DeviceException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
