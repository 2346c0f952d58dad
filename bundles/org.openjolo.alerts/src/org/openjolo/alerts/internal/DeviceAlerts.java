package org.openjolo.alerts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;

/**
 * The rules of one device and where each stands: evaluates a telemetry snapshot into states, remembers the
 * temperature change monitor's start, and says when a sound is due. No I/O and no clock of its own, so a night
 * can be fed to it in a test. The derived values ({@link AlertValues}) read the channels the device's
 * description names: sensor n's temperature and dew point, the power monitor's protection trip.
 */
final class DeviceAlerts {

    /** While an ALERT stays unacknowledged, its sound repeats this often. */
    static final Duration REPEAT = Duration.ofMinutes(1);
    /** A rule flapping at its limit sounds at most this often. */
    static final Duration QUIET = Duration.ofSeconds(10);

    private final String deviceKey;
    private final String deviceName;
    private final DeviceDescription description;
    /** The channel that says why the protection tripped, if the device has one. */
    private final Optional<Channel<?>> trip;
    private List<AlertRule> rules;
    private final Map<String, RuleStatus> status = new LinkedHashMap<>();
    /** The temperature change monitor's start per sensor (1-based), once that sensor reported. */
    private final Map<Integer, Double> start = new HashMap<>();
    private Instant lastSound;

    DeviceAlerts(String deviceKey, String deviceName, DeviceDescription description, List<AlertRule> rules, Instant now) {
        this.deviceKey = deviceKey;
        this.deviceName = deviceName;
        this.description = description;
        this.trip = description.first(PowerMonitor.class).flatMap(p -> p.channel(Quantities.PROTECTION_TRIP));
        setRules(rules, now);
    }

    synchronized List<AlertRule> rules() {
        return rules;
    }

    /** New rules; a rule whose state is unchanged keeps it, the others start again from OK. */
    synchronized void setRules(List<AlertRule> newRules, Instant now) {
        rules = List.copyOf(newRules);
        Map<String, RuleStatus> old = new LinkedHashMap<>(status);
        status.clear();
        for (AlertRule r : rules) {
            RuleStatus before = old.get(r.id());
            status.put(r.id(), before != null && before.rule().equals(r) ? before : new RuleStatus(r, AlertState.OK, Double.NaN, "", "No reading yet", now, false));
        }
    }

    synchronized List<RuleStatus> status() {
        return List.copyOf(status.values());
    }

    /** The worst state of the enabled rules watching {@code valueId}. */
    synchronized AlertState state(String valueId) {
        AlertState worst = AlertState.OK;
        for (RuleStatus s : status.values()) {
            if (s.rule().valueId().equals(valueId)) {
                worst = worst.worst(s.state());
            }
        }
        return worst;
    }

    /** The states of the enabled critical rules. */
    synchronized List<RuleStatus> critical() {
        return status.values().stream().filter(s -> s.rule().enabled() && s.rule().critical()).toList();
    }

    synchronized void resetTemperatureChange() {
        start.clear();
    }

    synchronized OptionalDouble start(int sensor) {
        Double s = start.get(sensor);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    synchronized void acknowledge() {
        status.replaceAll((id, s) -> s.state() == AlertState.OK ? s
                : new RuleStatus(s.rule(), s.state(), s.value(), s.unit(), s.message(), s.since(), true));
    }

    /**
     * Evaluates every rule on {@code t}.
     *
     * @param t         the snapshot, or null when there is none
     * @param connected whether the device is connected (values of a lost device are unknown)
     * @return the state changes, in rule order
     */
    synchronized List<AlertRecord> evaluate(Telemetry t, boolean connected, Instant now) {
        Telemetry snapshot = connected ? t : null;
        if (snapshot != null) {
            List<CapabilityDescription> sensors = description.of(EnvironmentSensors.class);
            for (int i = 0; i < sensors.size(); i++) {
                double temp = sensors.get(i).channel(Quantities.TEMPERATURE).map(c -> number(snapshot, c)).orElse(Double.NaN);
                if (!Double.isNaN(temp)) {
                    start.putIfAbsent(i + 1, temp);
                }
            }
        }
        List<AlertRecord> changes = new ArrayList<>();
        for (AlertRule r : rules) {
            RuleStatus before = status.get(r.id());
            RuleStatus after = judge(r, snapshot, connected, now);
            if (after.state() != before.state()) {
                status.put(r.id(), after);
                changes.add(new AlertRecord(now, deviceKey, deviceName, r.id(), r.label(), before.state(), after.state(), after.value(), after.message(),
                        r.critical()));
            } else {
                status.put(r.id(), new RuleStatus(r, after.state(), after.value(), after.unit(), after.message(), before.since(), before.acknowledged()));
            }
        }
        return changes;
    }

    /**
     * Whether the alert sound is due now: a rule was just raised to ALERT and the last sound is not too recent,
     * or an ALERT has stayed unacknowledged for {@link #REPEAT} since the last sound. Records the sound.
     */
    synchronized boolean soundDue(List<AlertRecord> changes, Instant now) {
        boolean raised = changes.stream().anyMatch(c -> c.state() == AlertState.ALERT && isEnabled(c.ruleId()));
        boolean unacknowledged = status.values().stream().anyMatch(s -> s.state() == AlertState.ALERT && s.rule().enabled() && !s.acknowledged());
        Duration since = lastSound == null ? null : Duration.between(lastSound, now);
        boolean due = raised && (since == null || since.compareTo(QUIET) >= 0)
                || unacknowledged && since != null && since.compareTo(REPEAT) >= 0;
        if (due) {
            lastSound = now;
        }
        return due;
    }

    private boolean isEnabled(String ruleId) {
        RuleStatus s = status.get(ruleId);
        return s != null && s.rule().enabled();
    }

    private RuleStatus judge(AlertRule r, Telemetry t, boolean connected, Instant now) {
        if (!r.enabled()) {
            return new RuleStatus(r, AlertState.OK, Double.NaN, "", "Off", now, false);
        }
        double v = t == null ? Double.NaN : value(r.valueId(), t);
        String unit = t == null ? "" : unit(r.valueId(), t);
        if (Double.isNaN(v)) {
            String why = !connected ? "The device is not connected" : t == null ? "No reading yet" : "The device does not report this value";
            return r.critical() ? new RuleStatus(r, AlertState.ALERT, v, unit, why + ": a critical value must be known", now, false)
                    : new RuleStatus(r, AlertState.OK, v, unit, why, now, false);
        }
        AlertState state = r.evaluate(v);
        return new RuleStatus(r, state, v, unit, message(r, state, v, unit, t), now, false);
    }

    private String message(AlertRule r, AlertState state, double v, String unit, Telemetry t) {
        if (r.valueId().equals(AlertValues.PROTECTION_TRIPPED)) {
            return state == AlertState.OK ? "No protection trip"
                    : trip.flatMap(c -> t.get(c.key()).map(why -> (Object) why)).map(Object::toString).orElse("The protection switched the outputs off");
        }
        String value = String.format(Locale.ROOT, "%s %s", number(v), unit).strip();
        boolean low = !Double.isNaN(r.min()) && (Double.isNaN(r.max()) || v - r.min() < r.max() - v);
        String limit = String.format(Locale.ROOT, "%s %s", number(low ? r.min() : r.max()), unit).strip();
        return switch (state) {
            case ALERT -> r.label() + " " + value + " is " + (low ? "below " : "above ") + limit;
            case WARNING -> r.label() + " " + value + " is close to " + (low ? "the minimum " : "the maximum ") + limit;
            case OK -> r.label() + " " + value + " is in range";
        };
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }

    /** The number a rule watches: a telemetry value (booleans as 1/0) or a derived one; NaN when absent. */
    private double value(String valueId, Telemetry t) {
        Optional<Integer> sensor = AlertValues.sensorOf(valueId);
        if (sensor.isPresent()) {
            // a sensor the device does not describe reports nothing: NaN, "does not report this value"
            List<Channel<?>> read = AlertValues.channels(description, valueId).orElse(List.of());
            if (read.isEmpty()) {
                return Double.NaN;
            }
            double temperature = number(t, read.get(0));
            return read.size() == 1 ? Math.abs(temperature - start.getOrDefault(sensor.get(), Double.NaN)) : temperature - number(t, read.get(1));
        }
        if (valueId.equals(AlertValues.PROTECTION_TRIPPED)) {
            return trip.isPresent() && t.has(trip.get().key()) ? 1 : 0;
        }
        for (Map.Entry<TelemetryKey<?>, Object> e : t.values().entrySet()) {
            if (e.getKey().id().equals(valueId)) {
                return e.getValue() instanceof Number n ? n.doubleValue() : e.getValue() instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private String unit(String valueId, Telemetry t) {
        if (AlertValues.sensorOf(valueId).isPresent()) {
            return AlertValues.channels(description, valueId).map(c -> c.get(0).unit()).orElse("°C");
        }
        return t.values().keySet().stream().filter(k -> k.id().equals(valueId)).map(TelemetryKey::unit).findFirst().orElse("");
    }

    /** A channel's number in the snapshot, NaN when absent. */
    private static double number(Telemetry t, Channel<?> c) {
        return t.get(c.key()).map(v -> v instanceof Number n ? n.doubleValue() : Double.NaN).orElse(Double.NaN);
    }
}
