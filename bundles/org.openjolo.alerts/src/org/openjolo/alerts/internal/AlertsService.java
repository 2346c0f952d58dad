package org.openjolo.alerts.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjolo.alerts.AlertListener;
import org.openjolo.alerts.AlertNotifications;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.alerts.SafetyMonitor;
import org.openjolo.alerts.SafetyStatus;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.events.AlertEvents;
import org.openjolo.core.events.DeviceEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Watches every connected device: evaluates its rules on each telemetry snapshot (on the device's I/O worker,
 * which this never blocks), keeps the history, sounds the device buzzer, asks the UI for the system sound, and
 * keeps the observatory's safety, checked again every second so the hold-off ends even when no device polls.
 */
@Component(service = { Alerts.class, DeviceListener.class }, immediate = true)
public final class AlertsService implements Alerts, DeviceListener {

    private static final System.Logger LOG = System.getLogger(AlertsService.class.getName());
    static final int HISTORY = 500;

    @Reference
    DataLocation location;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    Clock clock = Clock.systemUTC();

    private final Map<Device, Watch> watches = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<AlertRecord> history = new ArrayDeque<>();
    private SafetyMonitor safety;
    private SafetyStatus safetyStatus;
    private SafetySettings settings;
    private ScheduledExecutorService timer;

    // the registry's whiteboard: every connected device, on its I/O worker

    @Override
    public void added(Device device) {
        watch(device);
    }

    @Override
    public void removed(Device device) {
        if (watches.remove(device) != null) {
            updateSafety();
        }
    }

    @Override
    public void telemetry(Device device, Telemetry t) {
        Watch w = watches.get(device);
        if (w != null) {
            evaluate(w, t);
        }
    }

    @Override
    public void stateChanged(Device device, ConnectionState state, String reason) {
        Watch w = watches.get(device);
        if (w != null) {
            evaluate(w, device.latestTelemetry().orElse(null));
        }
    }

    /** One device's rules. */
    private final class Watch {
        final Device device;
        final DeviceAlerts alerts;

        Watch(Device device) {
            this.device = device;
            this.alerts = fromProfile(device);
        }

    }

    @Activate
    void activate() {
        settings = new SafetySettings(location.settings().resolve("safety.json"));
        safety = new SafetyMonitor(settings.holdOff());
        safetyStatus = new SafetyStatus(true, "No critical value is in alert", clock.instant());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "OpenJolo alerts");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        watches.clear();
        timer.shutdownNow();
    }

    private Watch watch(Device device) {
        return watches.computeIfAbsent(device, Watch::new);
    }

    /**
     * The watch of a device the registry serves, made on first use. A closed device (a part still showing it
     * after a disconnect) is never watched again: it would stay in the safety as a lost critical value.
     */
    private Optional<Watch> live(Device device) {
        Watch w = watches.get(device);
        return w != null ? Optional.of(w) : device.state() == ConnectionState.CLOSED ? Optional.empty() : Optional.of(watch(device));
    }

    /** The device's rules and states: its watch's, or for a closed device a fresh view of its profile. */
    private DeviceAlerts of(Device device) {
        return live(device).map(w -> w.alerts).orElseGet(() -> fromProfile(device));
    }

    private DeviceAlerts fromProfile(Device device) {
        DeviceDescription description = device.description();
        return new DeviceAlerts(device.identity().key(), device.toString(), description,
                RuleStore.load(device.profile(), DefaultRules.forDevice(description), description), clock.instant());
    }

    private void evaluate(Watch w, Telemetry t) {
        Instant now = clock.instant();
        List<AlertRecord> changes = w.alerts.evaluate(t, w.device.state() == ConnectionState.CONNECTED, now);
        changes.forEach(this::record);
        if (w.alerts.soundDue(changes, now)) {
            sound(w);
        }
        if (!changes.isEmpty()) {
            updateSafety();
        }
    }

    /** Every second: the hold-off may have ended, an unacknowledged alert may need its sound again. */
    private void tick() {
        try {
            Instant now = clock.instant();
            for (Watch w : watches.values()) {
                if (w.alerts.soundDue(List.of(), now)) {
                    sound(w);
                }
            }
            updateSafety();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The alerts timer failed; it keeps running", e);
        }
    }

    private void record(AlertRecord r) {
        synchronized (history) {
            history.addLast(r);
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put(DeviceEvents.PROPERTY_DEVICE_KEY, r.deviceKey());
        props.put(AlertEvents.PROPERTY_RULE, r.ruleId());
        props.put(AlertEvents.PROPERTY_LABEL, r.label());
        props.put(AlertEvents.PROPERTY_STATE, r.state().name());
        props.put(AlertEvents.PROPERTY_PREVIOUS, r.previous().name());
        props.put(AlertEvents.PROPERTY_VALUE, r.value());
        props.put(AlertEvents.PROPERTY_MESSAGE, r.message());
        props.put(AlertEvents.PROPERTY_CRITICAL, r.critical());
        post(AlertEvents.TOPIC_STATE, props);
        tell(l -> l.changed(r));
    }

    private void sound(Watch w) {
        AlertNotifications n = RuleStore.notifications(w.device.profile());
        if (n.deviceBuzzer()) {
            w.device.capability(Buzzer.class).filter(Buzzer::canBeep).ifPresent(b -> b.beep().whenComplete((v, error) -> {
                if (error != null) {
                    LOG.log(Level.WARNING, "Could not sound the buzzer of " + w.device + ": " + error.getMessage());
                }
            }));
        }
        if (n.systemSound()) {
            tell(l -> l.soundDue(w.device.identity().key()));
        }
    }

    private void updateSafety() {
        SafetyStatus changed = null;
        synchronized (this) {
            List<AlertState> states = new ArrayList<>();
            List<String> unsafe = new ArrayList<>();
            for (Watch w : watches.values()) {
                for (RuleStatus s : w.alerts.critical()) {
                    states.add(s.state());
                    if (s.state() == AlertState.ALERT) {
                        unsafe.add(s.message() + " (" + w.device + ")");
                    }
                }
            }
            Instant now = clock.instant();
            boolean wasSafe = safety.isSafe();
            safety.update(now, states);
            String reason = safety.isSafe() ? "No critical value is in alert"
                    : unsafe.isEmpty() ? "Unsafe until every critical value has been out of alert for " + human(safety.holdOff())
                            : String.join("; ", unsafe);
            if (wasSafe != safety.isSafe() || !safety.isSafe() && !reason.equals(safetyStatus.reason())) {
                safetyStatus = new SafetyStatus(safety.isSafe(), reason, wasSafe != safety.isSafe() ? now : safetyStatus.since());
                if (wasSafe != safety.isSafe()) {
                    changed = safetyStatus;
                }
            }
        }
        if (changed != null) {
            SafetyStatus s = changed;
            LOG.log(s.safe() ? Level.INFO : Level.WARNING, "The observatory is " + (s.safe() ? "safe" : "UNSAFE") + ": " + s.reason());
            post(AlertEvents.TOPIC_SAFETY, Map.of(AlertEvents.PROPERTY_SAFE, s.safe(), AlertEvents.PROPERTY_MESSAGE, s.reason()));
            tell(l -> l.safetyChanged(s));
        }
    }

    private static String human(Duration d) {
        return d.toSeconds() % 60 == 0 && d.toSeconds() > 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private void tell(Consumer<AlertListener> news) {
        for (AlertListener l : listeners) {
            try {
                news.accept(l);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An alert listener failed", e);
            }
        }
    }

    private void post(String topic, Map<String, Object> props) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        try {
            admin.postEvent(new Event(topic, props));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not post " + topic, e);
        }
    }

    @Override
    public List<AlertRule> rules(Device device) {
        return of(device).rules();
    }

    @Override
    public synchronized void setRules(Device device, List<AlertRule> changed) {
        DeviceAlerts alerts = of(device);
        List<AlertRule> current = alerts.rules();
        Map<String, AlertRule> byId = new HashMap<>();
        for (AlertRule r : changed) {
            AlertRule before = current.stream().filter(x -> x.id().equals(r.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(device + " has no alert rule '" + r.id() + "'"));
            byId.put(r.id(), RuleStore.checkValue(before, r, device.description()).validate());
        }
        replace(device, current.stream().map(r -> byId.getOrDefault(r.id(), r)).toList());
    }

    @Override
    public synchronized void addRule(Device device, AlertRule rule) {
        if (!DefaultRules.isCustom(rule)) {
            throw new IllegalArgumentException("'" + rule.id() + "' is not a rule of your own: make it with DefaultRules.custom");
        }
        List<AlertRule> current = of(device).rules();
        if (current.stream().anyMatch(r -> r.id().equals(rule.id()))) {
            throw new IllegalArgumentException(device + " already has a rule for " + rule.label());
        }
        List<AlertRule> rules = new ArrayList<>(current);
        rules.add(rule.validate());
        replace(device, rules);
    }

    @Override
    public synchronized void removeRule(Device device, String ruleId) {
        List<AlertRule> current = of(device).rules();
        if (current.stream().noneMatch(r -> r.id().equals(ruleId) && DefaultRules.isCustom(r))) {
            throw new IllegalArgumentException(device + " has no rule of your own named '" + ruleId + "'; built-in rules can only be switched off");
        }
        replace(device, current.stream().filter(r -> !r.id().equals(ruleId)).toList());
    }

    /** Saves and applies a device's whole rule list, then evaluates it on the latest snapshot. */
    private void replace(Device device, List<AlertRule> rules) {
        RuleStore.save(device.profile(), rules);
        live(device).ifPresent(w -> {
            w.alerts.setRules(rules, clock.instant());
            evaluate(w, device.latestTelemetry().orElse(null));
        });
        updateSafety();
    }

    @Override
    public List<RuleStatus> status(Device device) {
        return of(device).status();
    }

    @Override
    public AlertState state(Device device, String valueId) {
        Watch w = watches.get(device);
        return w == null ? AlertState.OK : w.alerts.state(valueId);
    }

    @Override
    public List<AlertRecord> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public void acknowledge() {
        watches.values().forEach(w -> w.alerts.acknowledge());
    }

    @Override
    public synchronized SafetyStatus safety() {
        return safetyStatus;
    }

    @Override
    public synchronized Duration holdOff() {
        return safety.holdOff();
    }

    @Override
    public void setHoldOff(Duration holdOff) {
        if (holdOff.isNegative() || holdOff.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("The hold-off must be from 0 s to 60 min, not " + holdOff.toSeconds() + " s");
        }
        synchronized (this) {
            settings.setHoldOff(holdOff);
            safety.setHoldOff(holdOff);
        }
        updateSafety();
    }

    @Override
    public AlertNotifications notifications(Device device) {
        return RuleStore.notifications(device.profile());
    }

    @Override
    public void setNotifications(Device device, AlertNotifications notifications) {
        RuleStore.save(device.profile(), notifications);
    }

    @Override
    public void resetTemperatureChange(Device device) {
        live(device).ifPresent(w -> {
            w.alerts.resetTemperatureChange();
            evaluate(w, device.latestTelemetry().orElse(null));
        });
    }

    @Override
    public OptionalDouble temperatureChangeStart(Device device, int sensor) {
        List<Integer> sensors = AlertValues.sensorsFor(device.description(), AlertValues.temperatureChange(1));
        if (!sensors.contains(sensor)) {
            throw new IllegalArgumentException(sensors.isEmpty() ? device + " has no temperature sensor"
                    : "The sensor must be one of " + device + "'s temperature sensors " + String.join(", ", sensors.stream().map(n -> "#" + n).toList())
                            + ", not " + sensor);
        }
        return of(device).start(sensor);
    }

    @Override
    public void addListener(AlertListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }
}
