package org.openjolo.indi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.Alerts;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.ProfileKeys;
import org.openjolo.indi.internal.Vec.Element;
import org.openjolo.indi.internal.Vec.Kind;
import org.openjolo.indi.internal.Vec.Values;

/**
 * One INDI device: a workbench device's focuser instance (the first one together with everything else the
 * device has: weather, power), with INDI's standard properties built from the device's description. Values are
 * read from the capabilities' state and the latest telemetry (no I/O); new values from clients go to the
 * capabilities' asynchronous commands.
 */
final class IndiDevice {

    /** INDI's driver interface bits (indidevapi's DRIVER_INTERFACE). */
    static final int FOCUSER_INTERFACE = 1 << 3;
    static final int WEATHER_INTERFACE = 1 << 7;
    static final int AUX_INTERFACE = 1 << 15;
    static final int POWER_INTERFACE = 1 << 18;

    static final String OK = "Ok";
    static final String BUSY = "Busy";
    static final String ALERT = "Alert";
    static final String IDLE = "Idle";

    private static final String MAIN = "Main Control";
    private static final String OPTIONS = "Options";
    private static final String WEATHER = "Parameters";
    private static final String POWER = "Power";
    private static final String DEW = "Dew";

    /**
     * The weather parameters INDI clients know, by the quantity that serves each: the air from the first
     * environment sensor that measures it, the sky from the sky sensors.
     */
    private static final List<String[]> WEATHER_PARAMETERS = List.of(new String[] { Quantities.TEMPERATURE, "WEATHER_TEMPERATURE", "Temperature (C)" },
            new String[] { Quantities.HUMIDITY, "WEATHER_HUMIDITY", "Humidity (%)" }, new String[] { Quantities.DEW_POINT, "WEATHER_DEWPOINT", "Dew point (C)" },
            new String[] { Quantities.PRESSURE, "WEATHER_PRESSURE", "Pressure (hPa)" },
            new String[] { Quantities.SKY_TEMPERATURE, "WEATHER_SKY_TEMPERATURE", "Sky temperature (C)" },
            new String[] { Quantities.SKY_QUALITY, "WEATHER_SKY_QUALITY", "Sky quality (mag/arcsec2)" });

    final String name;
    final Device device;
    final int interfaces;
    /** The properties every client gets whatever its CONNECTION says: DRIVER_INFO, DEVICE_PORT. */
    final List<Vec> basic = new ArrayList<>();
    /** The device's own properties, shown while the client's CONNECTION is on. */
    final List<Vec> vecs = new ArrayList<>();
    /** The values last sent to clients, by property: only a change is sent again. */
    final Map<String, Values> sent = new ConcurrentHashMap<>();

    private final Alerts alerts;
    private final AtomicBoolean outward = new AtomicBoolean(true);
    private final AtomicInteger relative = new AtomicInteger();

    /**
     * @param focuser the focuser instance this INDI device stands for, null for a device without focusers
     * @param main    whether it also carries the device's other capabilities (the first focuser's INDI device)
     */
    IndiDevice(String name, Device device, CapabilityDescription focuser, boolean main, Alerts alerts, String version) {
        this.name = name;
        this.device = device;
        this.alerts = alerts;
        if (focuser != null) {
            focuser(device.capability(Focuser.class, focuser.id()).orElseThrow(), focuser);
        }
        int bits = focuser == null ? 0 : FOCUSER_INTERFACE;
        if (main) {
            if (weather()) {
                bits |= WEATHER_INTERFACE;
            }
            if (power()) {
                bits |= AUX_INTERFACE | POWER_INTERFACE;
            }
        }
        interfaces = bits;
        String model = device.identity().model();
        basic.add(text("DRIVER_INFO", "Driver Info", "General Info", List.of(Element.of("DRIVER_NAME", "Name"), Element.of("DRIVER_EXEC", "Exec"),
                Element.of("DRIVER_VERSION", "Version"), Element.of("DRIVER_INTERFACE", "Interface")),
                () -> List.of(model + " (OpenJolo Workbench)", "openjolo", version, Integer.toString(this.interfaces))));
        basic.add(text("DEVICE_PORT", "Ports", "Connection", List.of(Element.of("PORT", "Port")),
                () -> List.of(device.identity().address().displayName())));
    }

    // ---------------------------------------------------------------- focuser

    private void focuser(Focuser f, CapabilityDescription d) {
        Supplier<Integer> max = () -> f.settings().maxPosition();
        Supplier<String> moving = () -> f.isMoving() ? BUSY : OK;
        vecs.add(new Vec(Kind.SWITCH, "FOCUS_MOTION", "Direction", MAIN, "OneOfMany",
                List.of(Element.of("FOCUS_INWARD", "Focus In"), Element.of("FOCUS_OUTWARD", "Focus Out")),
                () -> new Values(OK, List.of(sw(!outward.get()), sw(outward.get()))), v -> {
                    Boolean out = oneOf(v, "FOCUS_OUTWARD", "FOCUS_INWARD");
                    if (out != null) {
                        outward.set(out);
                    }
                    return CompletableFuture.completedFuture(null);
                }));
        vecs.add(new Vec(Kind.NUMBER, "REL_FOCUS_POSITION", "Relative Position", MAIN, null,
                List.of(Element.upTo("FOCUS_RELATIVE_POSITION", "Steps", "%.0f", 0, () -> max.get(), 10)),
                () -> new Values(moving.get(), List.of(Integer.toString(relative.get()))), v -> {
                    int steps = whole(v, "FOCUS_RELATIVE_POSITION", Limit.whole(0, max.get(), "steps"), "Relative move");
                    relative.set(steps);
                    int target = f.position() + (outward.get() ? steps : -steps);
                    try {
                        travel(max.get()).check("Target position", target);
                    } catch (DeviceException e) {
                        throw new IllegalArgumentException(e.getMessage());
                    }
                    return f.moveTo(target);
                }));
        vecs.add(new Vec(Kind.NUMBER, "ABS_FOCUS_POSITION", "Absolute Position", MAIN, null,
                List.of(Element.upTo("FOCUS_ABSOLUTE_POSITION", "Steps", "%.0f", 0, () -> max.get(), 1)),
                () -> new Values(moving.get(), List.of(Integer.toString(f.position()))),
                v -> f.moveTo(whole(v, "FOCUS_ABSOLUTE_POSITION", travel(max.get()), "Target position"))));
        Limit maxLimit = d.setting(FocuserSettings.Setting.MAX_POSITION.name()).map(s -> s.limit()).orElse(Limit.whole(0, max.get(), "steps"));
        Vec focusMax = new Vec(Kind.NUMBER, "FOCUS_MAX", "Max. Position", MAIN, null,
                List.of(new Element("FOCUS_MAX_VALUE", "Steps", "%.0f", maxLimit.min(), maxLimit.max(), 1)),
                () -> new Values(OK, List.of(Integer.toString(max.get()))), f.supports(FocuserSettings.Setting.MAX_POSITION)
                        ? v -> f.applySettings(f.settings().withMaxPosition(whole(v, "FOCUS_MAX_VALUE", maxLimit, "Max. position")))
                        : null);
        // the positions' maximum follows it: clients get the position properties defined again after a change
        focusMax.redefines = true;
        vecs.add(focusMax);
        vecs.add(new Vec(Kind.SWITCH, "FOCUS_ABORT_MOTION", "Abort Motion", MAIN, "AtMostOne", List.of(Element.of("ABORT", "Abort")),
                () -> new Values(IDLE, List.of("Off")), v -> "On".equals(v.get("ABORT")) ? f.abort() : CompletableFuture.completedFuture(null)));
        vecs.add(new Vec(Kind.NUMBER, "FOCUS_SYNC", "Sync", MAIN, null, List.of(Element.upTo("FOCUS_SYNC_VALUE", "Steps", "%.0f", 0, () -> max.get(), 1)),
                () -> new Values(OK, List.of(Integer.toString(f.position()))),
                v -> f.sync(whole(v, "FOCUS_SYNC_VALUE", travel(max.get()), "Sync position"))));
        if (f.supports(FocuserSettings.Setting.REVERSED)) {
            vecs.add(new Vec(Kind.SWITCH, "FOCUS_REVERSE_MOTION", "Reverse Motion", OPTIONS, "OneOfMany", enabledDisabled(),
                    () -> new Values(OK, List.of(sw(f.settings().reversed()), sw(!f.settings().reversed()))), v -> {
                        Boolean on = oneOf(v, "INDI_ENABLED", "INDI_DISABLED");
                        return on == null ? CompletableFuture.completedFuture(null) : f.applySettings(f.settings().withReversed(on));
                    }));
        }
        if (f.supports(FocuserSettings.Setting.BACKLASH)) {
            Limit backlash = d.setting(FocuserSettings.Setting.BACKLASH.name()).map(s -> s.limit()).orElse(StandardCapabilities.BACKLASH);
            vecs.add(new Vec(Kind.SWITCH, "FOCUS_BACKLASH_TOGGLE", "Backlash", OPTIONS, "OneOfMany", enabledDisabled(),
                    () -> new Values(OK, List.of(sw(f.settings().backlash() != 0), sw(f.settings().backlash() == 0))), v -> {
                        // INDI's toggle has no amount of its own: disabling sets the workbench's backlash to 0;
                        // enabling keeps the amount FOCUS_BACKLASH_STEPS sets
                        Boolean on = oneOf(v, "INDI_ENABLED", "INDI_DISABLED");
                        return on == null || on ? CompletableFuture.completedFuture(null) : f.applySettings(f.settings().withBacklash(0));
                    }));
            vecs.add(new Vec(Kind.NUMBER, "FOCUS_BACKLASH_STEPS", "Backlash", OPTIONS, null,
                    List.of(new Element("FOCUS_BACKLASH_VALUE", "Steps", "%.0f", backlash.min(), backlash.max(), 1)),
                    () -> new Values(OK, List.of(Integer.toString(f.settings().backlash()))),
                    v -> f.applySettings(f.settings().withBacklash(whole(v, "FOCUS_BACKLASH_VALUE", backlash, "Backlash")))));
        }
        Optional<Channel<?>> temperature = sensorChannel(device.description(), Quantities.TEMPERATURE);
        temperature.ifPresent(c -> vecs.add(new Vec(Kind.NUMBER, "FOCUS_TEMPERATURE", "Temperature", MAIN, null,
                List.of(new Element("TEMPERATURE", "Celsius", "%.2f", -50, 70, 0)), () -> reading(c), null)));
    }

    /** The travel 0 to max: a target outside it is refused in the limit's words, as the workbench's parts do. */
    private static Vec text(String name, String label, String group, List<Element> elements, Supplier<List<String>> values) {
        return new Vec(Kind.TEXT, name, label, group, null, elements, () -> new Values(OK, values.get()), null);
    }

    private static Limit travel(int max) {
        return Limit.whole(0, max, "steps");
    }

    private static List<Element> enabledDisabled() {
        return List.of(Element.of("INDI_ENABLED", "Enabled"), Element.of("INDI_DISABLED", "Disabled"));
    }

    // ---------------------------------------------------------------- weather

    private boolean weather() {
        DeviceDescription d = device.description();
        List<String[]> params = new ArrayList<>();
        List<Channel<?>> channels = new ArrayList<>();
        for (String[] p : WEATHER_PARAMETERS) {
            Optional<Channel<?>> c = p[0].equals(Quantities.TEMPERATURE) || p[0].equals(Quantities.HUMIDITY) || p[0].equals(Quantities.DEW_POINT)
                    || p[0].equals(Quantities.PRESSURE) ? sensorChannel(d, p[0]) : d.channels().stream().filter(x -> x.quantity().equals(p[0])).findFirst();
            if (c.isPresent()) {
                params.add(p);
                channels.add(c.get());
            }
        }
        if (params.isEmpty()) {
            return false;
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Limit l = channels.get(i).range().orElse(Limit.of(-1000, 1000, "", 2));
            elements.add(new Element(params.get(i)[1], params.get(i)[2], "%.2f", l.min(), l.max(), 0));
        }
        vecs.add(new Vec(Kind.NUMBER, "WEATHER_UPDATE", "Update", MAIN, null, List.of(new Element("PERIOD", "Period (s)", "%.1f", 0, 3600, 0)),
                () -> new Values(OK, List.of("0.5")), null));
        vecs.add(new Vec(Kind.SWITCH, "WEATHER_REFRESH", "Refresh", MAIN, "AtMostOne", List.of(Element.of("REFRESH", "Refresh")),
                () -> new Values(OK, List.of("Off")), v -> CompletableFuture.completedFuture(null)));
        List<Element> lights = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            lights.add(Element.of(params.get(i)[1], params.get(i)[2].replaceAll(" \\(.*\\)$", "")));
        }
        vecs.add(new Vec(Kind.LIGHT, "WEATHER_STATUS", "Status", MAIN, null, lights, () -> {
            // each parameter's light is its alert state; the vector's state, which Ekos's observatory acts on, is
            // the worst of the parameters whose rule is critical, as only those make the observatory unsafe
            List<String> states = new ArrayList<>();
            String worst = OK;
            for (Channel<?> c : channels) {
                AlertState s = alerts.state(device, c.key());
                String light = s == AlertState.ALERT ? ALERT : s == AlertState.WARNING ? BUSY : OK;
                states.add(light);
                if (critical(c) && rank(light) > rank(worst)) {
                    worst = light;
                }
            }
            return new Values(worst, states);
        }, null));
        vecs.add(new Vec(Kind.NUMBER, "WEATHER_PARAMETERS", "Parameters", WEATHER, null, elements, () -> readings(channels), null));
        for (int i = 0; i < params.size(); i++) {
            Channel<?> c = channels.get(i);
            vecs.add(new Vec(Kind.NUMBER, params.get(i)[1], params.get(i)[2].replaceAll(" \\(.*\\)$", ""), WEATHER, null,
                    List.of(new Element("MIN_OK", "OK range min", "%.2f", -1000, 1000, 0), new Element("MAX_OK", "OK range max", "%.2f", -1000, 1000, 0),
                            new Element("PERC_WARN", "% for Warning", "%.1f", 0, 50, 1)),
                    () -> {
                        Optional<AlertRule> rule = rule(c);
                        Limit l = c.range().orElse(Limit.of(-1000, 1000, "", 2));
                        return new Values(OK, List.of(Xml.num(rule.map(AlertRule::min).filter(m -> !m.isNaN()).orElse(l.min())),
                                Xml.num(rule.map(AlertRule::max).filter(m -> !m.isNaN()).orElse(l.max())), Xml.num(rule.map(AlertRule::warnPercent).orElse(0.0))));
                    }, null));
        }
        return true;
    }

    private Optional<AlertRule> rule(Channel<?> c) {
        return alerts.rules(device).stream().filter(r -> r.enabled() && r.valueId().equals(c.id())).findFirst();
    }

    private boolean critical(Channel<?> c) {
        return alerts.rules(device).stream().anyMatch(r -> r.enabled() && r.critical() && r.valueId().equals(c.id()));
    }

    private static int rank(String state) {
        return switch (state) {
            case ALERT -> 2;
            case BUSY -> 1;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- power

    private boolean power() {
        DeviceDescription d = device.description();
        boolean any = false;
        List<Channel<?>> outputs = new ArrayList<>();
        List<Integer> outputIndex = new ArrayList<>();
        List<CapabilityDescription> outputOwner = new ArrayList<>();
        collect(d.of(PowerSwitches.class), Quantities.SWITCH, outputs, outputIndex, outputOwner);
        if (!outputs.isEmpty()) {
            any = true;
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < outputs.size(); i++) {
                elements.add(Element.of("POWER_CHANNEL_" + (i + 1), label(outputOwner.get(i), outputs.get(i), outputIndex.get(i), false, d)));
            }
            vecs.add(new Vec(Kind.SWITCH, "POWER_CHANNELS", "Toggle DC", POWER, "AnyOfMany", elements, () -> {
                List<String> v = new ArrayList<>();
                for (int i = 0; i < outputs.size(); i++) {
                    v.add(sw(device.capability(PowerSwitches.class, outputOwner.get(i).id()).orElseThrow().isOn(outputIndex.get(i))));
                }
                return new Values(OK, v);
            }, v -> {
                List<CompletableFuture<?>> done = new ArrayList<>();
                for (int i = 0; i < outputs.size(); i++) {
                    String s = v.get("POWER_CHANNEL_" + (i + 1));
                    if (s != null) {
                        PowerSwitches p = device.capability(PowerSwitches.class, outputOwner.get(i).id()).orElseThrow();
                        boolean on = switchState(s);
                        if (p.isOn(outputIndex.get(i)) != on) {
                            done.add(p.set(outputIndex.get(i), on));
                        }
                    }
                }
                return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
            }));
        }
        List<Channel<?>> duties = new ArrayList<>();
        List<Integer> dutyIndex = new ArrayList<>();
        List<CapabilityDescription> dutyOwner = new ArrayList<>();
        collect(d.of(PwmOutputs.class), Quantities.DUTY, duties, dutyIndex, dutyOwner);
        if (!duties.isEmpty()) {
            any = true;
            List<Element> switches = new ArrayList<>();
            List<Element> numbers = new ArrayList<>();
            for (int i = 0; i < duties.size(); i++) {
                String label = label(dutyOwner.get(i), duties.get(i), dutyIndex.get(i), true, d);
                Limit l = duties.get(i).range().orElse(StandardCapabilities.DUTY);
                switches.add(Element.of("DEW_CHANNEL_" + (i + 1), label));
                numbers.add(new Element("DEW_CHANNEL_" + (i + 1), label + " (%)", "%.0f", l.min(), l.max(), 1));
            }
            Supplier<List<Integer>> now = () -> {
                List<Integer> v = new ArrayList<>();
                for (int i = 0; i < duties.size(); i++) {
                    v.add(device.capability(PwmOutputs.class, dutyOwner.get(i).id()).orElseThrow().duty(dutyIndex.get(i)));
                }
                return v;
            };
            vecs.add(new Vec(Kind.SWITCH, "DEW_CHANNELS", "Toggle Dew", DEW, "AnyOfMany", switches,
                    () -> new Values(OK, now.get().stream().map(x -> sw(x > 0)).toList()), v -> {
                        List<CompletableFuture<?>> done = new ArrayList<>();
                        for (int i = 0; i < duties.size(); i++) {
                            String s = v.get("DEW_CHANNEL_" + (i + 1));
                            PwmOutputs p = device.capability(PwmOutputs.class, dutyOwner.get(i).id()).orElseThrow();
                            // on/off of a dew channel: off is 0 %, on is full power unless it already heats
                            if (s != null && switchState(s) != p.duty(dutyIndex.get(i)) > 0) {
                                done.add(p.setDuty(dutyIndex.get(i), switchState(s) ? 100 : 0));
                            }
                        }
                        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
                    }));
            vecs.add(new Vec(Kind.NUMBER, "DEW_DUTY_CYCLES", "Duty Cycles", DEW, null, numbers,
                    () -> new Values(OK, now.get().stream().map(String::valueOf).toList()), v -> {
                        List<CompletableFuture<?>> done = new ArrayList<>();
                        for (int i = 0; i < duties.size(); i++) {
                            String name = "DEW_CHANNEL_" + (i + 1);
                            if (v.containsKey(name)) {
                                Limit l = duties.get(i).range().orElse(StandardCapabilities.DUTY);
                                int duty = whole(v, name, l, numbers.get(i).label());
                                PwmOutputs p = device.capability(PwmOutputs.class, dutyOwner.get(i).id()).orElseThrow();
                                if (p.duty(dutyIndex.get(i)) != duty) {
                                    done.add(p.setDuty(dutyIndex.get(i), duty));
                                }
                            }
                        }
                        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
                    }));
        }
        for (int i = 0; i < duties.size(); i++) {
            pwmSettings(i + 1, dutyOwner.get(i), dutyIndex.get(i), label(dutyOwner.get(i), duties.get(i), dutyIndex.get(i), true, d));
        }
        List<Channel<?>> regulated = new ArrayList<>();
        for (CapabilityDescription r : d.of(RegulatedOutput.class)) {
            regulated.addAll(r.channels(Quantities.OUTPUT_VOLTAGE));
        }
        if (!regulated.isEmpty()) {
            any = true;
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < regulated.size(); i++) {
                Limit l = regulated.get(i).range().orElse(Limit.of(0, 24, "V", 1));
                elements.add(new Element("VAR_CHANNEL_" + (i + 1), regulated.get(i).label() + " (V)", "%.1f", l.min(), l.max(), 0.1));
            }
            vecs.add(new Vec(Kind.NUMBER, "VARIABLE_VOLTAGES", "Voltages", "Variable", null, elements, () -> readings(regulated), null));
        }
        Optional<Channel<?>> voltage = firstOf(d.of(PowerMonitor.class), Quantities.VOLTAGE);
        Optional<Channel<?>> current = firstOf(d.of(PowerMonitor.class), Quantities.CURRENT);
        if (voltage.isPresent() || current.isPresent()) {
            any = true;
            vecs.add(new Vec(Kind.NUMBER, "POWER_SENSORS", "Sensors", POWER, null,
                    List.of(new Element("SENSOR_VOLTAGE", "Voltage (V)", "%.2f", 0, 999, 0), new Element("SENSOR_CURRENT", "Current (A)", "%.2f", 0, 999, 0),
                            new Element("SENSOR_POWER", "Power (W)", "%.2f", 0, 999, 0)),
                    () -> {
                        Optional<Double> v = voltage.flatMap(this::number);
                        Optional<Double> a = current.flatMap(this::number);
                        Optional<Double> w = v.isPresent() && a.isPresent() ? Optional.of(v.get() * a.get()) : Optional.empty();
                        return new Values(v.isPresent() || a.isPresent() ? OK : IDLE,
                                List.of(fixed(v.orElse(0.0), 2), fixed(a.orElse(0.0), 2), fixed(w.orElse(0.0), 2)));
                    }, null));
        }
        Optional<CapabilityDescription> monitor = d.first(PowerMonitor.class);
        Optional<Limit> overVoltage = monitor.flatMap(m -> m.setting(PowerMonitor.OVER_VOLTAGE)).map(x -> x.limit());
        if (monitor.isPresent() && overVoltage.isPresent()) {
            // only where the device describes its protection: then the Power part offers it too
            Supplier<PowerMonitor> power = () -> device.capability(PowerMonitor.class, monitor.get().id()).orElseThrow();
            Limit l = overVoltage.get();
            vecs.add(new Vec(Kind.NUMBER, "OVER_VOLTAGE_PROTECTION", "Over Voltage", POWER, null,
                    List.of(new Element("OVERVOLTAGE", "Max Voltage", "%.1f", l.min(), l.max(), 0.1)), () -> {
                        // Alert while the device has switched its outputs off for an over-voltage
                        boolean tripped = power.get().trip().filter(t -> t.kind() == PowerMonitor.Trip.Kind.OVER_VOLTAGE).isPresent();
                        return new Values(tripped ? ALERT : OK, List.of(fixed(power.get().protection().overVoltage(), 1)));
                    }, v -> {
                        ProtectionSettings p = power.get().protection();
                        ProtectionSettings next = new ProtectionSettings(decimal(v, "OVERVOLTAGE", l, "Over-voltage protection"), p.overCurrent(),
                                p.sensitivityMs(), p.adcReference());
                        try {
                            next.check(monitor.get());
                        } catch (DeviceException e) {
                            throw new IllegalArgumentException(e.getMessage());
                        }
                        return power.get().applyProtection(next);
                    }));
        }
        List<Channel<?>> energy = new ArrayList<>();
        firstOf(d.of(PowerMonitor.class), Quantities.ENERGY_AH).ifPresent(energy::add);
        firstOf(d.of(PowerMonitor.class), Quantities.ENERGY_WH).ifPresent(energy::add);
        if (!energy.isEmpty()) {
            // INDI's power interface has no energy counter: a property of the device's own, in its own group
            List<Element> elements = energy.stream()
                    .map(c -> new Element(c.quantity().equals(Quantities.ENERGY_AH) ? "ENERGY_AH" : "ENERGY_WH", c.label() + " (" + c.unit() + ")", "%.2f", 0,
                            1e6, 0))
                    .toList();
            vecs.add(new Vec(Kind.NUMBER, "ENERGY", "Energy", device.identity().model(), null, elements, () -> readings(energy), null));
        }
        return any;
    }

    /**
     * What the workbench has beyond INDI's power interface for one PWM output: its MANUAL / HEAT / AUTO mode and
     * the HEAT and AUTO parameters, in a group named after the device (INDI's auto dew is another rule).
     */
    private void pwmSettings(int n, CapabilityDescription owner, int index, String label) {
        String group = device.identity().model();
        Supplier<PwmOutputs> pwm = () -> device.capability(PwmOutputs.class, owner.id()).orElseThrow();
        List<Element> modes = List.of(Element.of("PWM_MANUAL", "Manual"), Element.of("PWM_HEAT", "Heat (humidity)"),
                Element.of("PWM_AUTO", "Auto (temperature)"));
        vecs.add(new Vec(Kind.SWITCH, "DEW_CHANNEL_" + n + "_MODE", label + " mode", group, "OneOfMany", modes, () -> {
            PwmMode mode = pwm.get().settings(index).mode();
            return new Values(OK, List.of(sw(mode == PwmMode.MANUAL), sw(mode == PwmMode.HEAT), sw(mode == PwmMode.AUTO)));
        }, v -> {
            PwmMode mode = null;
            for (PwmMode m : PwmMode.values()) {
                String state = v.get("PWM_" + m.name());
                if (state != null && switchState(state)) {
                    mode = m;
                }
            }
            return mode == null ? CompletableFuture.completedFuture(null) : applyPwm(pwm.get(), owner, index, pwm.get().settings(index).withMode(mode));
        }));
        Limit power = owner.setting(PwmOutputs.HEAT_POWER).map(x -> x.limit()).orElse(StandardCapabilities.DUTY);
        Limit start = owner.setting(PwmOutputs.HEAT_START).map(x -> x.limit()).orElse(Limit.whole(0, 100, "%"));
        Limit preset = owner.setting(PwmOutputs.PRESET_TEMPERATURE).map(x -> x.limit()).orElse(Limit.of(-50, 50, "°C", 1));
        vecs.add(new Vec(Kind.NUMBER, "DEW_CHANNEL_" + n + "_SETTINGS", label + " heat and auto", group, null,
                List.of(new Element("HEAT_POWER", "Heat: duty at 100 % RH (%)", "%.0f", power.min(), power.max(), 1),
                        new Element("HEAT_START", "Heat: off below RH (%)", "%.0f", start.min(), start.max(), 1),
                        new Element("PRESET_TEMPERATURE", "Auto: hold (C)", "%.1f", preset.min(), preset.max(), 0.1)),
                () -> {
                    PwmSettings p = pwm.get().settings(index);
                    return new Values(OK, List.of(Integer.toString(p.heatPowerAtMaxHumidity()), Integer.toString(p.heatStartHumidity()),
                            fixed(p.presetTemperature(), 1)));
                }, v -> {
                    PwmSettings p = pwm.get().settings(index);
                    int heatPower = v.containsKey("HEAT_POWER") ? whole(v, "HEAT_POWER", power, "Heat power") : p.heatPowerAtMaxHumidity();
                    int heatStart = v.containsKey("HEAT_START") ? whole(v, "HEAT_START", start, "Heat start") : p.heatStartHumidity();
                    double hold = v.containsKey("PRESET_TEMPERATURE") ? decimal(v, "PRESET_TEMPERATURE", preset, "Preset temperature") : p.presetTemperature();
                    return applyPwm(pwm.get(), owner, index, new PwmSettings(p.mode(), heatPower, heatStart, p.autoSensor(), hold, p.reversed()));
                }));
    }

    /** Checks PWM settings against the description before anything is stored or sent, then applies them. */
    private CompletableFuture<Void> applyPwm(PwmOutputs pwm, CapabilityDescription owner, int index, PwmSettings settings) {
        try {
            settings.check(owner, device.description());
        } catch (DeviceException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return pwm.applySettings(index, settings);
    }

    private static void collect(List<CapabilityDescription> instances, String quantity, List<Channel<?>> channels, List<Integer> index,
            List<CapabilityDescription> owner) {
        for (CapabilityDescription c : instances) {
            List<Channel<?>> of = c.channels(quantity);
            for (int i = 0; i < of.size(); i++) {
                channels.add(of.get(i));
                index.add(i);
                owner.add(c);
            }
        }
    }

    /** The operator's label for an output, as the Outputs part keeps it. */
    private String label(CapabilityDescription owner, Channel<?> channel, int index, boolean pwm, DeviceDescription d) {
        boolean first = d.of(owner.type()).indexOf(owner) == 0;
        return device.profile().get(ProfileKeys.label(owner.id(), first, pwm, index), channel.label());
    }

    private static Optional<Channel<?>> firstOf(List<CapabilityDescription> instances, String quantity) {
        return instances.stream().flatMap(i -> i.channel(quantity).stream()).findFirst();
    }

    // ---------------------------------------------------------------- helpers

    /** The air's quantity from the first environment sensor that measures it. */
    static Optional<Channel<?>> sensorChannel(DeviceDescription d, String quantity) {
        return d.of(EnvironmentSensors.class).stream().flatMap(i -> i.channel(quantity).stream()).findFirst();
    }

    private Optional<Double> number(Channel<?> c) {
        if (device.state() != ConnectionState.CONNECTED) {
            return Optional.empty();
        }
        return device.latestTelemetry().flatMap(t -> t.get(c.key())).filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
    }

    /** One channel's latest value; Idle and 0 while the sensor is absent (INDI numbers have no "none"). */
    private Values reading(Channel<?> c) {
        Optional<Double> v = number(c);
        return new Values(v.isPresent() ? OK : IDLE, List.of(fixed(v.orElse(0.0), Math.max(0, c.decimals()))));
    }

    private Values readings(List<Channel<?>> channels) {
        List<String> values = new ArrayList<>();
        boolean all = true;
        for (Channel<?> c : channels) {
            Values r = reading(c);
            all &= r.state().equals(OK);
            values.add(r.values().get(0));
        }
        return new Values(all ? OK : IDLE, values);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String sw(boolean on) {
        return on ? "On" : "Off";
    }

    private static boolean switchState(String s) {
        String t = s.strip();
        if (t.equals("On")) {
            return true;
        }
        if (t.equals("Off")) {
            return false;
        }
        throw new IllegalArgumentException("A switch is On or Off, not '" + t + "'");
    }

    /** For a OneOfMany pair: true when {@code yes} is On (or {@code no} Off), null when neither is given. */
    private static Boolean oneOf(Map<String, String> v, String yes, String no) {
        if (v.containsKey(yes)) {
            return switchState(v.get(yes));
        }
        return v.containsKey(no) ? !switchState(v.get(no)) : null;
    }

    /** A whole number member, checked against its limit; the refusal is the limit's sentence. */
    private static int whole(Map<String, String> v, String member, Limit limit, String what) {
        return (int) Math.round(decimal(v, member, limit, what));
    }

    /** A number member, checked against its limit; the refusal is the limit's sentence. */
    private static double decimal(Map<String, String> v, String member, Limit limit, String what) {
        String text = v.get(member);
        if (text == null) {
            throw new IllegalArgumentException(what + ": the message has no " + member);
        }
        double d;
        try {
            d = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text.strip() + "' is not a number");
        }
        try {
            limit.check(what, d);
        } catch (DeviceException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return d;
    }

    /** The property by name, basic or own. */
    Optional<Vec> vec(String property) {
        return java.util.stream.Stream.concat(basic.stream(), vecs.stream()).filter(v -> v.name.equals(property)).findFirst();
    }
}
