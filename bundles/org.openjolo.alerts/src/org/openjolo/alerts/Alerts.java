package org.openjolo.alerts;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import org.openjolo.core.Device;
import org.openjolo.core.TelemetryKey;

/**
 * Alerts and observatory safety, as an OSGi service: rules per device (persisted in the device's profile),
 * evaluated on every telemetry snapshot; states, history and acknowledgement; the safe/unsafe state with its
 * hold-off, posted as {@link org.openjolo.core.events.AlertEvents} events; the device buzzer and the system
 * sound. Thread-safe.
 */
public interface Alerts {

    /** The device's rules, defaults merged with what the operator changed. */
    List<AlertRule> rules(Device device);

    /**
     * Replaces the device's rules (matched by {@link AlertRule#id()}; a rule not given stays as it is) and saves
     * them in its profile.
     *
     * @throws IllegalArgumentException when a rule is invalid or unknown; nothing is changed then
     */
    void setRules(Device device, List<AlertRule> rules);

    /**
     * Adds a rule over another telemetry value of the device (made with {@link DefaultRules#custom}) and saves it.
     *
     * @throws IllegalArgumentException when it is invalid, not a custom rule, or the device already has it
     */
    void addRule(Device device, AlertRule rule);

    /**
     * Removes a rule the operator added.
     *
     * @throws IllegalArgumentException when the device has no such custom rule (the built-in ones can only be
     *                                  switched off)
     */
    void removeRule(Device device, String ruleId);

    /** Where each of the device's rules stands now, in rule order. */
    List<RuleStatus> status(Device device);

    /**
     * The worst state of the device's enabled rules watching {@code valueId} (a telemetry id or an
     * {@link AlertValues} id): what the parts colour that value by. OK when no rule watches it.
     */
    AlertState state(Device device, String valueId);

    /** {@link #state(Device, String)} for a telemetry key. */
    default AlertState state(Device device, TelemetryKey<?> key) {
        return state(device, key.id());
    }

    /** The latest state changes of all devices, newest last (bounded). */
    List<AlertRecord> history();

    /** Acknowledges every current WARNING and ALERT: the repeated sounds stop until a rule is raised again. */
    void acknowledge();

    /** The observatory's safety now. */
    SafetyStatus safety();

    /** How long every critical rule must be out of ALERT before the observatory is safe again. */
    Duration holdOff();

    /**
     * Sets the hold-off and saves it.
     *
     * @throws IllegalArgumentException when it is negative or longer than an hour
     */
    void setHoldOff(Duration holdOff);

    /** How the device's alerts are made audible. */
    AlertNotifications notifications(Device device);

    /** Sets how the device's alerts are made audible and saves it in its profile. */
    void setNotifications(Device device, AlertNotifications notifications);

    /** Restarts the temperature change monitor: the current temperatures become the start. */
    void resetTemperatureChange(Device device);

    /**
     * The start temperature of the change monitor for sensor {@code sensor} (numbered as in {@link AlertValues}),
     * once a reading came.
     *
     * @throws IllegalArgumentException when the device has no temperature at that sensor, naming those it has
     */
    OptionalDouble temperatureChangeStart(Device device, int sensor);

    /** Registers a listener. */
    void addListener(AlertListener listener);

    /** Removes a listener. */
    void removeListener(AlertListener listener);
}
