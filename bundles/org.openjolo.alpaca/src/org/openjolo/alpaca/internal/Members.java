package org.openjolo.alpaca.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

/**
 * The members of the four Alpaca device types over the workbench's capabilities, shaped by the device's
 * {@link DeviceDescription}: the switches are the channels of its outputs and PWM instances, the observing
 * conditions the channels whose quantity an ObservingConditions member means. Properties read the
 * capabilities' cached state and the latest telemetry (no I/O); actions go to the device's I/O worker through
 * the capability and wait for it. The four Alpaca devices of one workbench device connect and disconnect
 * together, per client.
 */
final class Members {

    private static final System.Logger LOG = System.getLogger(Members.class.getName());

    /** A member that returns no value. */
    static final Object NONE = new Object();

    static final String FOCUSER = "focuser";
    static final String SWITCH = "switch";
    static final String CONDITIONS = "observingconditions";
    static final String SAFETY = "safetymonitor";
    static final List<String> TYPES = List.of(FOCUSER, SWITCH, CONDITIONS, SAFETY);

    private static final Duration COMMAND_WAIT = Duration.ofSeconds(15);
    private static final Set<String> WITHOUT_CONNECTION = Set.of("connected", "connect", "disconnect", "connecting", "description", "driverinfo",
            "driverversion", "interfaceversion", "name", "supportedactions");

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

    /** Whether a workbench device offers this Alpaca device type, as its description says. */
    static boolean offers(Device d, String type) {
        DeviceDescription description = d.description();
        return switch (type) {
            case FOCUSER -> description.has(Focuser.class);
            case SWITCH -> !switchList(description).isEmpty();
            case CONDITIONS -> description.channels().stream().anyMatch(c -> READINGS.containsValue(c.quantity()));
            case SAFETY -> true;
            default -> false;
        };
    }

    /**
     * The name of the Alpaca device standing for instance {@code instance} (null: the first) of a type; a
     * device with several focusers names each by its instance ("… Focuser 2").
     */
    static String name(Device d, String type, String instance) {
        if (type.equals(FOCUSER) && d.description().of(Focuser.class).size() > 1) {
            CapabilityDescription f = instance == null ? d.description().first(Focuser.class).orElseThrow()
                    : d.description().instance(instance).orElseThrow();
            return d + " " + f.name();
        }
        return name(d, type);
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
            "supportedactions", "action", "commandblind", "commandbool", "commandstring", "connect", "disconnect", "connecting", "devicestate");
    private static final Map<String, Set<String>> OWN = Map.of(
            FOCUSER, Set.of("absolute", "ismoving", "maxincrement", "maxstep", "position", "stepsize", "tempcomp", "tempcompavailable", "temperature", "halt",
                    "move"),
            SWITCH, Set.of("maxswitch", "canwrite", "getswitch", "getswitchdescription", "getswitchname", "getswitchvalue", "minswitchvalue", "maxswitchvalue",
                    "switchstep", "setswitch", "setswitchname", "setswitchvalue", "canasync", "setasync", "setasyncvalue", "statechangecomplete",
                    "cancelasync"),
            CONDITIONS, Set.of("averageperiod", "cloudcover", "dewpoint", "humidity", "pressure", "rainrate", "skybrightness", "skyquality", "skytemperature",
                    "starfwhm", "temperature", "winddirection", "windgust", "windspeed", "refresh", "sensordescription", "timesincelastupdate"),
            SAFETY, Set.of("issafe"));

    /** Members called with PUT only, and those read with GET and set with PUT. */
    private static final Set<String> PUT = Set.of("action", "commandblind", "commandbool", "commandstring", "halt", "move", "setswitch", "setswitchname",
            "setswitchvalue", "refresh", "connect", "disconnect", "setasync", "setasyncvalue", "cancelasync");

    /** The Platform 7 interface versions: Connect, Disconnect, Connecting and DeviceState on every type. */
    static final Map<String, Integer> INTERFACE_VERSIONS = Map.of(FOCUSER, 4, SWITCH, 3, CONDITIONS, 2, SAFETY, 3);

    /** Members whose value is a truth, a text or a list: what a GET that failed carries as its Value. */
    private static final Set<String> TRUTHS = Set.of("connected", "connecting", "absolute", "ismoving", "tempcomp", "tempcompavailable", "canwrite",
            "getswitch", "canasync", "statechangecomplete", "issafe", "commandbool");
    private static final Set<String> TEXTS = Set.of("description", "driverinfo", "driverversion", "name", "getswitchname", "getswitchdescription",
            "sensordescription", "action", "commandstring");
    private static final Set<String> LISTS = Set.of("supportedactions", "devicestate");

    /**
     * The Value a GET carries when it answers an error (ConformU's strict mode wants the key on every GET): the
     * empty value of the member's type.
     */
    static Object emptyValue(String member) {
        return TRUTHS.contains(member) ? Boolean.FALSE : TEXTS.contains(member) ? "" : LISTS.contains(member) ? List.of() : (Object) 0;
    }
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
            case "connect" -> connect(c, true);
            case "disconnect" -> connect(c, false);
            // Connect completes before it returns: the device is already connected to the workbench
            case "connecting" -> value(() -> false);
            case "devicestate" -> deviceState(c);
            case "connected" -> {
                if (!c.put()) {
                    yield isConnected(c);
                }
                yield connect(c, c.params().bool("Connected"));
            }

            case "description" -> value(() -> "OpenJolo Workbench: " + name(c.device(), c.type(), c.instance()));
            case "driverinfo" -> value(() -> "OpenJolo Workbench Alpaca server: shares the device connected to the workbench, which keeps full control");
            case "driverversion" -> value(() -> version);
            case "interfaceversion" -> value(() -> INTERFACE_VERSIONS.get(c.type()));
            case "name" -> value(() -> name(c.device(), c.type(), c.instance()));
            case "supportedactions" -> value(List::of);
            case "action" -> action(() -> {
                String name = c.params().string("Action");
                c.params().string("Parameters");
                throw new AlpacaException(AlpacaException.ACTION_NOT_IMPLEMENTED, "Action '" + name + "' is not supported; SupportedActions lists none");
            });
            // the parameters are checked first: a malformed request is HTTP 400 even for a member not implemented
            case "commandblind", "commandbool" -> action(() -> {
                commandParameters(c);
                throw AlpacaException.notImplemented(c.member());
            });
            case "commandstring" -> {
                commandParameters(c);
                yield c.type().equals(FOCUSER) ? null : action(() -> {
                    throw AlpacaException.notImplemented("commandstring");
                });
            }
            default -> null;
        };
    }

    /**
     * Connected=True/False, Connect and Disconnect: per client, the four types of one workbench device together
     * (they share one serial connection). Only this client lets go: the workbench and other clients keep it.
     */
    private Object connect(Call c, boolean on) throws AlpacaException {
        String key = c.device().identity().key();
        if (on) {
            if (c.device().state() != ConnectionState.CONNECTED) {
                throw new AlpacaException(AlpacaException.NOT_CONNECTED, c.device() + " is not connected to the workbench now");
            }
            connected.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(c.clientId());
        } else {
            connected.getOrDefault(key, Set.of()).remove(c.clientId());
        }
        return NONE;
    }

    /**
     * DeviceState: each operational property of the type that the device can answer now, by its ASCOM name,
     * and the time of the readings. A property the device does not have is left out, as ASCOM asks.
     */
    private Object deviceState(Call c) throws AlpacaException, HttpProblem {
        Map<String, Body> properties = new java.util.LinkedHashMap<>();
        switch (c.type()) {
            case FOCUSER -> {
                properties.put("IsMoving", () -> focuser(c.withMember("ismoving")));
                properties.put("Position", () -> focuser(c.withMember("position")));
                properties.put("Temperature", () -> focuser(c.withMember("temperature")));
            }
            case SWITCH -> {
                int count = switchList(c.device().description()).size();
                for (int id = 0; id < count; id++) {
                    Call one = c.withParams(Params.of("Id", Integer.toString(id)));
                    properties.put("GetSwitch" + id, () -> switches(one.withMember("getswitch")));
                    properties.put("GetSwitchValue" + id, () -> switches(one.withMember("getswitchvalue")));
                    properties.put("StateChangeComplete" + id, () -> switches(one.withMember("statechangecomplete")));
                }
            }
            case CONDITIONS -> {
                for (String name : List.of("CloudCover", "DewPoint", "Humidity", "Pressure", "RainRate", "SkyBrightness", "SkyQuality", "SkyTemperature",
                        "StarFWHM", "Temperature", "WindDirection", "WindGust", "WindSpeed")) {
                    properties.put(name, () -> conditions(c.withMember(name.toLowerCase(Locale.ROOT))));
                }
            }
            default -> properties.put("IsSafe", () -> safety(c.withMember("issafe")));
        }
        List<Map<String, Object>> state = new ArrayList<>();
        for (Map.Entry<String, Body> p : properties.entrySet()) {
            try {
                state.add(Map.of("Name", p.getKey(), "Value", p.getValue().run()));
            } catch (AlpacaException e) {
                // not measured by this device, or no reading yet: left out
            }
        }
        Instant time = c.device().latestTelemetry().map(Telemetry::time).orElseGet(Instant::now);
        state.add(Map.of("Name", "TimeStamp", "Value", time.toString()));
        return state;
    }

    /** The Command and Raw parameters every Command member takes. */
    private static String commandParameters(Call c) throws HttpProblem {
        String command = c.params().string("Command");
        c.params().bool("Raw");
        return command;
    }

    // ---------------------------------------------------------------- Focuser

    private Object focuser(Call c) throws AlpacaException, HttpProblem {
        Focuser f = (c.instance() == null ? c.device().capability(Focuser.class) : c.device().capability(Focuser.class, c.instance()))
                .orElseThrow(() -> AlpacaException.notImplemented("Focuser"));
        return switch (c.member()) {
            case "absolute" -> value(() -> true);
            case "ismoving" -> value(f::isMoving);
            case "maxincrement", "maxstep" -> value(() -> f.settings().maxPosition());
            case "position" -> value(f::position);
            case "stepsize" -> value(() -> f.settings().stepSizeMicrons());
            case "tempcompavailable" -> value(() -> compensationOf(c).isPresent());
            case "tempcomp" -> c.put() ? setTempComp(c) : value(() -> compensationOf(c).map(x -> x.settings().mode() == CompensationMode.AUTO).orElse(false));
            case "temperature" -> value(() -> reading(c.device(), temperatureChannel(c), "Temperature"));
            case "halt" -> action(() -> await(f.abort()));
            case "move" -> action(() -> {
                int asked = c.params().integer("Position");
                if (f.isMoving()) {
                    throw new AlpacaException(AlpacaException.INVALID_OPERATION, "The focuser is moving: halt it or wait until IsMoving is False");
                }
                // ASCOM's Focuser: a move beyond the travel stops at its end, without an error; the workbench's
                // own parts refuse such a target instead, where the operator reads why
                int max = f.settings().maxPosition();
                int target = Math.max(0, Math.min(max, asked));
                if (target != asked) {
                    LOG.log(System.Logger.Level.INFO, "Alpaca client {0} moved {1} to {2}: {3} is beyond the travel 0 to {4}", c.clientId(),
                            name(c.device(), c.type(), c.instance()), target, asked, max);
                }
                return await(f.moveTo(target));
            });
            case "commandstring" -> action(() -> commandString(c));
            default -> throw unknown(c);
        };
    }

    /** The compensation of the focuser instance an Alpaca Focuser stands for: each has its own. */
    private Optional<CompensationControl> compensationOf(Call c) {
        return c.instance() == null ? compensation.of(c.device()) : compensation.of(c.device(), c.instance());
    }

    /** {@link #compensationOf}, or the refusal of a focuser without compensation. */
    private CompensationControl requireCompensation(Call c) throws AlpacaException {
        return compensationOf(c).orElseThrow(() -> new AlpacaException(AlpacaException.NOT_IMPLEMENTED, "Temperature compensation is not available for this focuser"));
    }

    /**
     * The temperature the focuser reports: that of the sensor its compensation reads (sensor n being the n-th
     * {@link EnvironmentSensors} instance of the description), sensor 1 without compensation.
     */
    private Channel<?> temperatureChannel(Call c) throws AlpacaException {
        Device d = c.device();
        int sensor = compensationOf(c).map(x -> x.settings().sensor()).orElse(1);
        List<CapabilityDescription> sensors = d.description().of(EnvironmentSensors.class);
        return (sensor >= 1 && sensor <= sensors.size() ? sensors.get(sensor - 1).channel(Quantities.TEMPERATURE) : Optional.<Channel<?>>empty())
                .orElseThrow(() -> AlpacaException.notImplemented("Temperature (the device has no temperature at sensor #" + sensor + ")"));
    }

    private Object setTempComp(Call c) throws AlpacaException, HttpProblem {
        boolean on = c.params().bool("TempComp");
        CompensationControl control = requireCompensation(c);
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
        CompensationControl control = requireCompensation(c);
        if (control.settings().mode() == CompensationMode.OFF) {
            throw new AlpacaException(AlpacaException.INVALID_OPERATION,
                    "Temperature compensation is off: set TempComp, or choose MANUAL or AUTO in the workbench's Compensation part");
        }
        var applied = await(control.trigger(Integer.parseInt(command.substring(2))));
        return applied.map(x -> "S:" + x.steps()).orElse("S:0");
    }

    // ---------------------------------------------------------------- Switch

    /** The range of an on/off output without a limit of its own. */
    private static final Limit ON_OFF = Limit.whole(0, 1, "");

    /** What an Alpaca switch drives. */
    enum SwitchKind {
        /** An on/off output of a {@link PowerSwitches} instance. */
        OUTPUT,
        /** A duty of a {@link PwmOutputs} instance. */
        PWM,
        /** The voltage of a {@link RegulatedOutput} instance: a switch from its minimum to its maximum volts. */
        REGULATED
    }

    /**
     * One Alpaca switch: a channel of an outputs, PWM or regulated-output instance.
     *
     * @param instance the instance it belongs to
     * @param channel  its channel
     * @param index    its output number within the instance, from 0, as the capability counts
     * @param kind     what it drives
     * @param first    whether the instance is the device's first of its type (whose labels the Outputs part edits)
     */
    record Switch(CapabilityDescription instance, Channel<?> channel, int index, SwitchKind kind, boolean first) {

        /** The range of its value: the channel's limit, else on/off or a duty in percent. */
        Limit limit() {
            return channel.range().orElse(kind == SwitchKind.PWM ? StandardCapabilities.DUTY : ON_OFF);
        }

        /**
         * Where the operator's name for it is kept: the Outputs part's keys for the first outputs and PWM
         * instances, the instance's own for the others and for regulated outputs.
         */
        String labelKey() {
            return ProfileKeys.label(instance.id(), first && kind != SwitchKind.REGULATED, kind == SwitchKind.PWM, index);
        }
    }

    /**
     * The switches, numbered from 0 in this order: the on/off channels of every {@link PowerSwitches} instance,
     * then the duty channels of every {@link PwmOutputs} instance, then the voltage of every
     * {@link RegulatedOutput} instance, each in description order.
     */
    static List<Switch> switchList(DeviceDescription d) {
        List<Switch> all = new ArrayList<>();
        add(all, d.of(PowerSwitches.class), Quantities.SWITCH, SwitchKind.OUTPUT);
        add(all, d.of(PwmOutputs.class), Quantities.DUTY, SwitchKind.PWM);
        add(all, d.of(RegulatedOutput.class), Quantities.OUTPUT_VOLTAGE, SwitchKind.REGULATED);
        return all;
    }

    private static void add(List<Switch> all, List<CapabilityDescription> instances, String quantity, SwitchKind kind) {
        for (int i = 0; i < instances.size(); i++) {
            List<Channel<?>> channels = instances.get(i).channels(quantity);
            for (int index = 0; index < channels.size(); index++) {
                all.add(new Switch(instances.get(i), channels.get(index), index, kind, i == 0));
            }
        }
    }

    private Object switches(Call c) throws AlpacaException, HttpProblem {
        List<Switch> all = switchList(c.device().description());
        if (c.member().equals("maxswitch")) {
            return value(all::size);
        }
        int id = c.params().integer("Id");
        if (id < 0 || id >= all.size()) {
            throw new AlpacaException(AlpacaException.INVALID_VALUE, "Switch " + id + " does not exist: "
                    + (all.isEmpty() ? "the device has no switches" : "the switches are 0 to " + (all.size() - 1)));
        }
        Switch sw = all.get(id);
        Limit limit = sw.limit();
        return switch (c.member()) {
            case "canwrite" -> value(() -> sw.channel().writable());
            case "getswitch" -> value(() -> switch (sw.kind()) {
                case OUTPUT -> outputs(c, sw).isOn(sw.index());
                case PWM -> pwm(c, sw).duty(sw.index()) > limit.min();
                case REGULATED -> regulated(c, sw).isOn();
            });
            case "getswitchvalue" -> value(() -> switch (sw.kind()) {
                case OUTPUT -> outputs(c, sw).isOn(sw.index()) ? limit.max() : limit.min();
                case PWM -> (double) pwm(c, sw).duty(sw.index());
                case REGULATED -> regulated(c, sw).voltage();
            });
            case "minswitchvalue" -> value(limit::min);
            case "maxswitchvalue" -> value(limit::max);
            case "switchstep" -> value(() -> Math.pow(10, -limit.decimals()));
            case "getswitchname" -> value(() -> c.device().profile().get(sw.labelKey(), sw.channel().label()));
            case "getswitchdescription" -> value(() -> sw.instance().name() + ": " + sw.channel().label()
                    + (sw.kind() == SwitchKind.OUTPUT ? ", on/off" : ", " + limit.range()));
            case "setswitch" -> action(() -> {
                boolean state = c.params().bool("State");
                writable(sw, id);
                return await(switch (sw.kind()) {
                    case OUTPUT -> outputs(c, sw).set(sw.index(), state);
                    case PWM -> pwm(c, sw).setDuty(sw.index(), (int) (state ? limit.max() : limit.min()));
                    case REGULATED -> regulated(c, sw).setOn(state);
                });
            });
            case "setswitchvalue" -> action(() -> {
                double v = c.params().number("Value");
                writable(sw, id);
                try {
                    limit.check(sw.channel().label(), v);
                } catch (DeviceException e) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, e.getMessage());
                }
                return await(switch (sw.kind()) {
                    case OUTPUT -> outputs(c, sw).set(sw.index(), v == limit.max());
                    case PWM -> pwm(c, sw).setDuty(sw.index(), (int) Math.round(v));
                    case REGULATED -> regulated(c, sw).setVoltage(v);
                });
            });
            // every switch completes its change before SetSwitch returns (one acknowledged request, read back):
            // nothing is asynchronous, so SetAsync and CancelAsync are not implemented, as ISwitchV3 asks
            case "canasync" -> value(() -> false);
            case "statechangecomplete" -> value(() -> true);
            case "setasync", "setasyncvalue", "cancelasync" -> action(() -> {
                if (c.member().equals("setasync")) {
                    c.params().bool("State");
                } else if (c.member().equals("setasyncvalue")) {
                    c.params().number("Value");
                }
                throw new AlpacaException(AlpacaException.NOT_IMPLEMENTED,
                        c.member() + " is not implemented: CanAsync is False, SetSwitch and SetSwitchValue complete before they return");
            });
            case "setswitchname" -> action(() -> {
                String name = c.params().string("Name").strip();
                if (name.isEmpty() || name.length() > 40) {
                    throw new AlpacaException(AlpacaException.INVALID_VALUE, "A switch name must have 1 to 40 characters");
                }
                c.device().profile().put(sw.labelKey(), name);
                return NONE;
            });
            default -> throw unknown(c);
        };
    }

    private static void writable(Switch sw, int id) throws AlpacaException {
        if (!sw.channel().writable()) {
            throw AlpacaException.notImplemented("Setting switch " + id + " (" + sw.channel().label() + ", CanWrite False)");
        }
    }

    private static PowerSwitches outputs(Call c, Switch sw) throws AlpacaException {
        return c.device().capability(PowerSwitches.class, sw.instance().id()).orElseThrow(() -> AlpacaException.notImplemented(sw.instance().name()));
    }

    private static RegulatedOutput regulated(Call c, Switch sw) throws AlpacaException {
        return c.device().capability(RegulatedOutput.class, sw.instance().id()).orElseThrow(() -> AlpacaException.notImplemented(sw.instance().name()));
    }

    private static PwmOutputs pwm(Call c, Switch sw) throws AlpacaException {
        return c.device().capability(PwmOutputs.class, sw.instance().id()).orElseThrow(() -> AlpacaException.notImplemented(sw.instance().name()));
    }

    // ---------------------------------------------------------------- ObservingConditions

    /**
     * The ObservingConditions members that are readings, with the quantity ({@link Quantities}) each serves. A
     * member is served from the device's first channel of its quantity and is "not implemented" where the
     * device has none; no astrojolo device measures rain, wind, sky brightness in lux or star FWHM, but a
     * family that reports them under these quantities is served.
     */
    private static final Map<String, String> READINGS = Map.ofEntries(Map.entry("temperature", Quantities.TEMPERATURE),
            Map.entry("humidity", Quantities.HUMIDITY), Map.entry("dewpoint", Quantities.DEW_POINT), Map.entry("pressure", Quantities.PRESSURE),
            Map.entry("skytemperature", Quantities.SKY_TEMPERATURE), Map.entry("skyquality", Quantities.SKY_QUALITY), Map.entry("rainrate", "rainRate"),
            Map.entry("skybrightness", "skyBrightness"), Map.entry("starfwhm", "starFwhm"), Map.entry("winddirection", "windDirection"),
            Map.entry("windgust", "windGust"), Map.entry("windspeed", "windSpeed"));

    /** Quantities of the air around the telescope: read from an environment sensor before any other channel. */
    private static final Set<String> AMBIENT = Set.of(Quantities.TEMPERATURE, Quantities.HUMIDITY, Quantities.DEW_POINT, Quantities.PRESSURE);

    /**
     * The channel an ObservingConditions reading comes from: for the air's quantities the first
     * {@link EnvironmentSensors} instance that has it, else the first channel of the quantity.
     */
    static Optional<Channel<?>> readingChannel(DeviceDescription d, String quantity) {
        if (AMBIENT.contains(quantity)) {
            Optional<Channel<?>> sensor = d.of(EnvironmentSensors.class).stream().flatMap(i -> i.channel(quantity).stream()).findFirst();
            if (sensor.isPresent()) {
                return sensor;
            }
        }
        return d.channels().stream().filter(c -> c.quantity().equals(quantity)).findFirst();
    }

    private Object conditions(Call c) throws AlpacaException, HttpProblem {
        String m = c.member();
        if (READINGS.containsKey(m)) {
            Channel<?> channel = readingChannel(c.device().description(), READINGS.get(m)).orElseThrow(() -> AlpacaException.notImplemented(m));
            return value(() -> reading(c.device(), channel, m));
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
        if (sensor.equals("cloudcover")) {
            cloudCover(d);
            return "Cloud cover from the infrared sky temperature (ambient minus sky) and the cloud thresholds";
        }
        String quantity = READINGS.get(sensor);
        if (quantity == null) {
            TreeSet<String> names = new TreeSet<>(READINGS.keySet());
            names.add("cloudcover");
            throw new AlpacaException(AlpacaException.INVALID_VALUE, "There is no sensor named '" + sensor + "'; the sensor names are " + String.join(", ", names));
        }
        Channel<?> channel = readingChannel(d.description(), quantity).orElseThrow(() -> AlpacaException.notImplemented(sensor));
        reading(d, channel, sensor);
        return d + ": " + channel.label() + (channel.unit().isEmpty() ? "" : " [" + channel.unit() + "]");
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

    /** A channel's latest number; a sensor that is not plugged in is "not implemented", never 0. */
    private static double reading(Device d, Channel<?> channel, String what) throws AlpacaException {
        Telemetry t = d.latestTelemetry().orElseThrow(() -> new AlpacaException(AlpacaException.VALUE_NOT_SET, "No reading yet"));
        Object v = t.get(channel.key()).orElseThrow(() -> AlpacaException.notImplemented(what + " (the sensor is not connected)"));
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new AlpacaException(AlpacaException.UNSPECIFIED, what + " is read from " + channel.id() + ", which is not a number");
    }

    private static HttpProblem unknown(Call c) {
        return HttpProblem.badRequest("The " + c.type() + " has no member '" + c.member() + "'");
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

    /** Whether a client has connected the workbench device with this key (Connected, or Connect). */
    boolean hasConnected(long clientId, String deviceKey) {
        return connected.getOrDefault(deviceKey, Set.of()).contains(clientId);
    }

    /** Forgets the clients of a device that left the workbench. */
    void forget(String deviceKey) {
        connected.remove(deviceKey);
    }
}
