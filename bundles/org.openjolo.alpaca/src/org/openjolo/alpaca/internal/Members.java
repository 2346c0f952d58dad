package org.openjolo.alpaca.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openjolo.alerts.Alerts;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.ProfileKeys;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;

/**
 * The members of the four Alpaca device types over the workbench's capabilities. Properties read the
 * capabilities' cached state and the latest telemetry (no I/O); actions go to the device's I/O worker through
 * the capability and wait for it. The four Alpaca devices of one workbench device connect and disconnect
 * together, per client.
 */
final class Members {

    /** A member that returns no value. */
    static final Object NONE = new Object();

    static final String FOCUSER = "focuser";
    static final String SWITCH = "switch";
    static final String CONDITIONS = "observingconditions";
    static final String SAFETY = "safetymonitor";
    static final List<String> TYPES = List.of(FOCUSER, SWITCH, CONDITIONS, SAFETY);

    private static final Duration COMMAND_WAIT = Duration.ofSeconds(15);
    private static final Set<String> WITHOUT_CONNECTION = Set.of("connected", "description", "driverinfo", "driverversion", "interfaceversion", "name",
            "supportedactions");

    private final Alerts alerts;
    private final Compensation compensation;
    private final String version;
    /** Which clients connected each device, by device key. */
    private final Map<String, Set<Long>> connected = new ConcurrentHashMap<>();

    Members(Alerts alerts, Compensation compensation, String version) {
        this.alerts = alerts;
        this.compensation = compensation;
        this.version = version;
    }

    /** Whether a workbench device offers this Alpaca device type. */
    static boolean offers(Device d, String type) {
        return switch (type) {
            case FOCUSER -> d.capability(Focuser.class).isPresent();
            case SWITCH -> d.capability(PowerSwitches.class).isPresent() || d.capability(PwmOutputs.class).isPresent();
            case CONDITIONS -> d.capability(EnvironmentSensors.class).isPresent() || d.capability(SkySensors.class).isPresent();
            case SAFETY -> true;
            default -> false;
        };
    }

    static String name(Device d, String type) {
        return d + switch (type) {
            case FOCUSER -> " focuser";
            case SWITCH -> " switches";
            case CONDITIONS -> " observing conditions";
            default -> " safety monitor";
        };
    }

    private static final Set<String> COMMON = Set.of("connected", "description", "driverinfo", "driverversion", "interfaceversion", "name",
            "supportedactions", "action", "commandblind", "commandbool", "commandstring");
    private static final Map<String, Set<String>> OWN = Map.of(
            FOCUSER, Set.of("absolute", "ismoving", "maxincrement", "maxstep", "position", "stepsize", "tempcomp", "tempcompavailable", "temperature", "halt",
                    "move"),
            SWITCH, Set.of("maxswitch", "canwrite", "getswitch", "getswitchdescription", "getswitchname", "getswitchvalue", "minswitchvalue", "maxswitchvalue",
                    "switchstep", "setswitch", "setswitchname", "setswitchvalue"),
            CONDITIONS, Set.of("averageperiod", "cloudcover", "dewpoint", "humidity", "pressure", "rainrate", "skybrightness", "skyquality", "skytemperature",
                    "starfwhm", "temperature", "winddirection", "windgust", "windspeed", "refresh", "sensordescription", "timesincelastupdate"),
            SAFETY, Set.of("issafe"));

    /** Members called with PUT only, and those read with GET and set with PUT. */
    private static final Set<String> PUT = Set.of("action", "commandblind", "commandbool", "commandstring", "halt", "move", "setswitch", "setswitchname",
            "setswitchvalue", "refresh");
    private static final Set<String> BOTH = Set.of("connected", "tempcomp", "averageperiod");

    Object call(Call c) throws AlpacaException, HttpProblem {
        if (!COMMON.contains(c.member()) && !OWN.get(c.type()).contains(c.member())) {
            throw unknown(c);
        }
        if (c.put() ? !PUT.contains(c.member()) && !BOTH.contains(c.member()) : PUT.contains(c.member())) {
            throw new HttpProblem(405, c.member() + (c.put() ? " is read with GET" : " is called with PUT"));
        }
        if (!WITHOUT_CONNECTION.contains(c.member()) && !(c.type().equals(SAFETY) && c.member().equals("issafe"))) {
            requireConnected(c);
        }
        Object common = common(c);
        if (common != null) {
            return common;
        }
        return switch (c.type()) {
            case FOCUSER -> focuser(c);
            case SWITCH -> switches(c);
            case CONDITIONS -> conditions(c);
            default -> safety(c);
        };
    }

    private boolean isConnected(Call c) {
        return c.device().state() == ConnectionState.CONNECTED && connected.getOrDefault(c.device().identity().key(), Set.of()).contains(c.clientId());
    }

    private void requireConnected(Call c) throws AlpacaException {
        if (c.device().state() != ConnectionState.CONNECTED) {
            throw new AlpacaException(AlpacaException.NOT_CONNECTED, c.device() + " is " + c.device().state().name().toLowerCase(Locale.ROOT)
                    + " in the workbench" + (c.device().state() == ConnectionState.CLOSED ? "" : "; it reconnects by itself"));
        }
        if (!isConnected(c)) {
            throw new AlpacaException(AlpacaException.NOT_CONNECTED, "Not connected: set Connected to True first");
        }
    }

    /** The common members; null when the member is not one of them. */
    private Object common(Call c) throws AlpacaException, HttpProblem {
        String key = c.device().identity().key();
        return switch (c.member()) {
            case "connected" -> {
                if (!c.put()) {
                    yield isConnected(c);
                }
                if (c.params().bool("Connected")) {
                    if (c.device().state() != ConnectionState.CONNECTED) {
                        throw new AlpacaException(AlpacaException.NOT_CONNECTED, c.device() + " is not connected to the workbench now");
                    }
                    // one serial connection serves the four types: they connect together
                    connected.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(c.clientId());
                } else {
                    // only this client lets go: the workbench and other clients keep the device
                    connected.getOrDefault(key, Set.of()).remove(c.clientId());
                }
                yield NONE;
            }
            case "description" -> value(() -> "OpenJolo Workbench: " + name(c.device(), c.type()));
            case "driverinfo" -> value(() -> "OpenJolo Workbench Alpaca server: shares the device connected to the workbench, which keeps full control");
            case "driverversion" -> value(() -> version);
            case "interfaceversion" -> value(() -> switch (c.type()) {
                case FOCUSER -> 3;
                case SWITCH -> 2;
                default -> 1;
            });
            case "name" -> value(() -> name(c.device(), c.type()));
            case "supportedactions" -> value(List::of);
            case "action" -> action(() -> {
                throw new AlpacaException(AlpacaException.ACTION_NOT_IMPLEMENTED, "Action '" + c.params().string("Action") + "' is not supported");
            });
            case "commandblind", "commandbool" -> action(() -> {
                throw AlpacaException.notImplemented(c.member());
            });
            case "commandstring" -> c.type().equals(FOCUSER) ? null : action(() -> {
                throw AlpacaException.notImplemented("commandstring");
            });
            default -> null;
        };
    }

    // ---------------------------------------------------------------- Focuser

    private Object focuser(Call c) throws AlpacaException, HttpProblem {
        Focuser f = c.device().capability(Focuser.class).orElseThrow(() -> AlpacaException.notImplemented("Focuser"));
        return switch (c.member()) {
            case "absolute" -> value(() -> true);
            case "ismoving" -> value(f::isMoving);
            case "maxincrement", "maxstep" -> value(() -> f.settings().maxPosition());
            case "position" -> value(f::position);
            case "stepsize" -> value(() -> f.settings().stepSizeMicrons());
            case "tempcompavailable" -> value(() -> compensation.of(c.device()).isPresent());
            case "tempcomp" -> c.put() ? setTempComp(c) : value(() -> compensation.of(c.device()).map(x -> x.settings().mode() == CompensationMode.AUTO).orElse(false));
            case "temperature" -> value(() -> value(c.device(), temperatureKey(c.device()), "Temperature"));
            case "halt" -> action(() -> await(f.abort()));
            case "move" -> action(() -> {
                int target = c.params().integer("Position");
                int max = f.settings().maxPosition();
                if (target < 0 || target > max) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, "Position " + target + " is outside the allowed range 0 to " + max);
                }
                if (f.isMoving()) {
                    throw new AlpacaException(AlpacaException.INVALID_OPERATION, "The focuser is moving: halt it or wait until IsMoving is False");
                }
                return await(f.moveTo(target));
            });
            case "commandstring" -> action(() -> commandString(c));
            default -> throw unknown(c);
        };
    }

    private TelemetryKey<Double> temperatureKey(Device d) {
        int sensor = compensation.of(d).map(x -> x.settings().sensor()).orElse(1);
        return sensor == 2 ? StandardTelemetry.TEMPERATURE_2 : StandardTelemetry.TEMPERATURE_1;
    }

    private Object setTempComp(Call c) throws AlpacaException, HttpProblem {
        boolean on = c.params().bool("TempComp");
        CompensationControl control = compensation.of(c.device())
                .orElseThrow(() -> new AlpacaException(AlpacaException.NOT_IMPLEMENTED, "Temperature compensation is not available for this device"));
        CompensationMode mode = control.settings().mode();
        if (on && mode != CompensationMode.AUTO) {
            await(control.apply(control.settings().withMode(CompensationMode.AUTO)));
        } else if (!on && mode == CompensationMode.AUTO) {
            // MANUAL keeps the pending amount computed and shown; nothing moves by itself
            await(control.apply(control.settings().withMode(CompensationMode.MANUAL)));
        }
        return NONE;
    }

    /** The maker's driver's one command: "S:N" compensates when the pending amount exceeds N steps. */
    private Object commandString(Call c) throws AlpacaException, HttpProblem {
        String command = c.params().string("Command").strip();
        if (!command.matches("S:\\d{1,5}")) {
            throw new AlpacaException(AlpacaException.INVALID_VALUE, "Only the command S:N (compensate when more than N steps are pending) is supported, not '"
                    + command + "'");
        }
        CompensationControl control = compensation.of(c.device())
                .orElseThrow(() -> new AlpacaException(AlpacaException.NOT_IMPLEMENTED, "Temperature compensation is not available for this device"));
        if (control.settings().mode() == CompensationMode.OFF) {
            throw new AlpacaException(AlpacaException.INVALID_OPERATION,
                    "Temperature compensation is off: set TempComp, or choose MANUAL or AUTO in the workbench's Compensation part");
        }
        var applied = await(control.trigger(Integer.parseInt(command.substring(2))));
        return applied.map(x -> "S:" + x.steps()).orElse("S:0");
    }

    // ---------------------------------------------------------------- Switch

    private Object switches(Call c) throws AlpacaException, HttpProblem {
        Optional<PowerSwitches> dc = c.device().capability(PowerSwitches.class);
        Optional<PwmOutputs> pwm = c.device().capability(PwmOutputs.class);
        int dcCount = dc.map(PowerSwitches::count).orElse(0);
        int total = dcCount + pwm.map(PwmOutputs::count).orElse(0);
        if (c.member().equals("maxswitch")) {
            return value(() -> total);
        }
        int id = c.params().integer("Id");
        if (id < 0 || id >= total) {
            throw new AlpacaException(AlpacaException.INVALID_VALUE, "Switch " + id + " does not exist: the switches are 0 to " + (total - 1));
        }
        boolean isDc = id < dcCount;
        int index = isDc ? id : id - dcCount;
        String labelKey = isDc ? ProfileKeys.outputLabel(index) : ProfileKeys.pwmLabel(index);
        return switch (c.member()) {
            case "canwrite" -> value(() -> true);
            case "getswitch" -> value(() -> isDc ? dc.get().isOn(index) : pwm.get().duty(index) > 0);
            case "getswitchvalue" -> value(() -> isDc ? (dc.get().isOn(index) ? 1.0 : 0.0) : (double) pwm.get().duty(index));
            case "minswitchvalue" -> value(() -> 0.0);
            case "maxswitchvalue" -> value(() -> isDc ? 1.0 : 100.0);
            case "switchstep" -> value(() -> 1.0);
            case "getswitchname" -> value(() -> c.device().profile().get(labelKey, isDc ? "DC " + (index + 1) : "PWM " + (char) ('A' + index)));
            case "getswitchdescription" -> value(() -> isDc ? "12 V output " + (index + 1) + " (on/off)" : "PWM output " + (char) ('A' + index) + " (dew heater), 0-100 %");
            case "setswitch" -> action(() -> {
                boolean state = c.params().bool("State");
                return await(isDc ? dc.get().set(index, state) : pwm.get().setDuty(index, state ? 100 : 0));
            });
            case "setswitchvalue" -> action(() -> {
                double v = c.params().number("Value");
                double max = isDc ? 1 : 100;
                if (v < 0 || v > max || v != Math.rint(v)) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, "Switch " + id + " takes a whole value from 0 to " + (int) max + ", not " + v);
                }
                return await(isDc ? dc.get().set(index, v == 1) : pwm.get().setDuty(index, (int) v));
            });
            case "setswitchname" -> action(() -> {
                String name = c.params().string("Name").strip();
                if (name.isEmpty() || name.length() > 40) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, "A switch name must have 1 to 40 characters");
                }
                c.device().profile().put(labelKey, name);
                return NONE;
            });
            default -> throw unknown(c);
        };
    }

    // ---------------------------------------------------------------- ObservingConditions

    private static final Map<String, TelemetryKey<Double>> SENSORS = Map.of("temperature", StandardTelemetry.TEMPERATURE_1, "humidity",
            StandardTelemetry.HUMIDITY_1, "dewpoint", StandardTelemetry.DEW_POINT_1, "skytemperature", StandardTelemetry.SKY_TEMPERATURE, "skyquality",
            StandardTelemetry.SKY_QUALITY);
    private static final Set<String> NOT_MEASURED = Set.of("pressure", "rainrate", "skybrightness", "starfwhm", "winddirection", "windgust", "windspeed");

    private Object conditions(Call c) throws AlpacaException, HttpProblem {
        String m = c.member();
        if (SENSORS.containsKey(m)) {
            return value(() -> value(c.device(), SENSORS.get(m), m));
        }
        if (NOT_MEASURED.contains(m)) {
            throw AlpacaException.notImplemented(m);
        }
        return switch (m) {
            case "cloudcover" -> value(() -> cloudCover(c.device()));
            case "averageperiod" -> {
                if (!c.put()) {
                    yield 0.0;
                }
                double hours = c.params().number("AveragePeriod");
                if (hours != 0) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, "Only an average period of 0 h is supported (the values are the latest readings)");
                }
                yield NONE;
            }
            case "refresh" -> action(() -> NONE);
            case "sensordescription" -> value(() -> describe(c.device(), sensor(c)));
            case "timesincelastupdate" -> value(() -> {
                String s = sensor(c);
                if (!s.isEmpty()) {
                    describe(c.device(), s);
                }
                Telemetry t = c.device().latestTelemetry()
                        .orElseThrow(() -> new AlpacaException(AlpacaException.VALUE_NOT_SET, "No reading yet"));
                return Duration.between(t.time(), Instant.now()).toMillis() / 1000.0;
            });
            default -> throw unknown(c);
        };
    }

    private static String sensor(Call c) throws HttpProblem {
        return c.params().string("SensorName").strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Device d, String sensor) throws AlpacaException {
        if (NOT_MEASURED.contains(sensor)) {
            throw AlpacaException.notImplemented(sensor);
        }
        if (sensor.equals("cloudcover")) {
            cloudCover(d);
            return "Cloud cover from the infrared sky temperature (ambient minus sky) and the cloud thresholds";
        }
        TelemetryKey<Double> key = SENSORS.get(sensor);
        if (key == null) {
            throw new AlpacaException(AlpacaException.INVALID_VALUE, "There is no sensor named '" + sensor + "'");
        }
        value(d, key, sensor);
        return d + ": " + key.label() + (key.unit().isEmpty() ? "" : " [" + key.unit() + "]");
    }

    private static double cloudCover(Device d) throws AlpacaException {
        SkyCondition sky = d.capability(SkySensors.class).flatMap(SkySensors::condition)
                .orElseThrow(() -> AlpacaException.notImplemented("cloudcover (no sky temperature sensor)"));
        return switch (sky) {
            case CLEAR -> 0.0;
            case MOSTLY_CLEAR -> 25.0;
            case PARTLY_CLOUDY -> 50.0;
            case MOSTLY_CLOUDY -> 75.0;
            case OVERCAST -> 100.0;
        };
    }

    // ---------------------------------------------------------------- SafetyMonitor

    private Object safety(Call c) throws AlpacaException, HttpProblem {
        if (c.member().equals("issafe")) {
            // ASCOM: IsSafe is False, not an error, while not connected
            return value(() -> isConnected(c) && alerts.safety().safe());
        }
        throw unknown(c);
    }

    // ---------------------------------------------------------------- helpers

    /** A reading the device reports; a sensor that is not plugged in is "not implemented", never 0. */
    private static double value(Device d, TelemetryKey<Double> key, String what) throws AlpacaException {
        Telemetry t = d.latestTelemetry().orElseThrow(() -> new AlpacaException(AlpacaException.VALUE_NOT_SET, "No reading yet"));
        return t.get(key).orElseThrow(() -> AlpacaException.notImplemented(what + " (the sensor is not connected)"));
    }

    private static HttpProblem unknown(Call c) {
        return new HttpProblem(404, "The " + c.type() + " has no member '" + c.member() + "'");
    }

    /** A value-returning body that may fail with an Alpaca error or a bad request. */
    @FunctionalInterface
    interface Body {
        Object run() throws AlpacaException, HttpProblem;
    }

    // the verb is checked once in call(), from PUT and BOTH
    private static Object value(Body body) throws AlpacaException, HttpProblem {
        return body.run();
    }

    /** An action: one whose command returns nothing answers without a Value. */
    private static Object action(Body body) throws AlpacaException, HttpProblem {
        Object v = body.run();
        return v == null ? NONE : v;
    }

    /** Waits for a command queued on the device's I/O worker and turns its failure into the ASCOM error. */
    private static <T> T await(CompletableFuture<T> command) throws AlpacaException {
        try {
            T v = command.get(COMMAND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return v;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw new AlpacaException(AlpacaException.INVALID_VALUE, cause.getMessage());
            }
            if (cause instanceof DeviceException d) {
                throw new AlpacaException(switch (d.reason()) {
                    case NOT_CONNECTED, CANCELLED -> AlpacaException.NOT_CONNECTED;
                    case INVALID_VALUE -> AlpacaException.INVALID_VALUE;
                    case BUSY -> AlpacaException.INVALID_OPERATION;
                    case NOT_SUPPORTED -> AlpacaException.NOT_IMPLEMENTED;
                    default -> AlpacaException.UNSPECIFIED;
                }, d.getMessage());
            }
            throw new AlpacaException(AlpacaException.UNSPECIFIED, String.valueOf(cause.getMessage()));
        } catch (TimeoutException e) {
            throw new AlpacaException(AlpacaException.UNSPECIFIED, "The device did not complete the command within " + COMMAND_WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlpacaException(AlpacaException.UNSPECIFIED, "Interrupted");
        }
    }

    /** Forgets the clients of a device that left the workbench. */
    void forget(String deviceKey) {
        connected.remove(deviceKey);
    }
}
