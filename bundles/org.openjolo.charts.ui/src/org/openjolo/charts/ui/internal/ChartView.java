package org.openjolo.charts.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.openjolo.core.Capability;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.ChannelKind;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;

/**
 * One chart view: the series it combines and the y axis of each (0 on the left, 1 and up on the right).
 * {@link #of(DeviceDescription)} computes a device's views from its description, so a device with two
 * focusers, four PWM outputs or a pressure sensor gets all its series with no edit here.
 * <p>
 * <b>How a channel finds its view.</b> The capability type of the instance chooses the view, because the type
 * says what a value is about (a "position" is a focuser's only on a {@code Focuser}, a "temperature" is the
 * air's only on {@code EnvironmentSensors}); within the view the quantity chooses the axis, as the manual's
 * views have them. An instance of a subtype counts as its supertype.
 * <ul>
 * <li><b>Temperature and focuser position</b>: the TEMPERATURE channels of every {@code EnvironmentSensors}
 * instance (axis 0) and the POSITION of every {@code Focuser} (axis 1), to read focus drift against
 * temperature.</li>
 * <li><b>Environment</b> ({@code EnvironmentSensors}): temperature and dew point 0, humidity 1.</li>
 * <li><b>Power</b> ({@code PowerMonitor}): voltage 0, current 1, energy in Ah 2.</li>
 * <li><b>Outputs</b> ({@code PwmOutputs}, {@code PowerSwitches}): duty 0, switch states 1.</li>
 * <li><b>Sky</b> ({@code SkySensors}): sky temperature and ambient − sky 0, sky quality 1.</li>
 * <li><b>Other values</b>: every chartable channel no view above takes (a family's own capability type, a
 * focuser's own value).</li>
 * </ul>
 * In Environment, Power, Outputs and Sky a quantity the manual does not place (pressure, an output's voltage,
 * a family's own word) goes on an axis after the manual's ones, one axis per unit; in Other values every unit
 * has an axis. On/off values count as the unit "on" (drawn 0…1).
 * <p>
 * A few standard quantities are charted nowhere, as in the manual: a focuser's steps to go, motion and
 * pending compensation (momentary states the position line already shows) and energy in Wh (the Ah in another
 * unit). The CSV log still has them. Text and choices are never charted.
 * <p>
 * A view without a channel is not offered. Lines are in axis order, then in the description's order; axes
 * are numbered without gaps, so a view whose first axis has no channel (outputs without PWM) starts on the
 * left.
 *
 * @param id    stable name (for the image file name, and to keep the operator's choice across devices)
 * @param label for people: the manual's view names
 * @param lines the series and their axes
 */
record ChartView(String id, String label, List<Line> lines) {

    /** Id of "Temperature and focuser position". */
    static final String TEMPERATURE_FOCUSER = "temperature_focuser";
    /** Id of "Environment". */
    static final String ENVIRONMENT = "environment";
    /** Id of "Power". */
    static final String POWER = "power";
    /** Id of "Outputs". */
    static final String OUTPUTS = "outputs";
    /** Id of "Sky". */
    static final String SKY = "sky";
    /** Id of "Other values". */
    static final String OTHER = "other";

    /** Standard quantities the manual's views leave out on purpose (see the class comment). */
    private static final Set<String> NOT_CHARTED = Set.of(Quantities.STEPS_TO_GO, Quantities.MOVING, Quantities.PENDING_COMPENSATION,
            Quantities.ENERGY_WH);

    /** The views that take whole instances of some capability types, with the manual's axis per quantity. */
    private static final List<Grouping> BY_TYPE = List.of(
            new Grouping(ENVIRONMENT, "Environment", List.of(EnvironmentSensors.class),
                    List.of(List.of(Quantities.TEMPERATURE, Quantities.DEW_POINT), List.of(Quantities.HUMIDITY))),
            new Grouping(POWER, "Power", List.of(PowerMonitor.class),
                    List.of(List.of(Quantities.VOLTAGE), List.of(Quantities.CURRENT), List.of(Quantities.ENERGY_AH))),
            new Grouping(OUTPUTS, "Outputs", List.of(PwmOutputs.class, PowerSwitches.class),
                    List.of(List.of(Quantities.DUTY), List.of(Quantities.SWITCH))),
            new Grouping(SKY, "Sky", List.of(SkySensors.class),
                    List.of(List.of(Quantities.SKY_TEMPERATURE, Quantities.SKY_AMBIENT_DIFFERENCE), List.of(Quantities.SKY_QUALITY))));

    /** A series of a view and its axis. */
    record Line(Channel<?> channel, int axis) {

        /** The telemetry key the chart store keeps the series under. */
        TelemetryKey<?> key() {
            return channel.key();
        }

        /** The unit its axis shows: "on" for on/off values, which the store keeps as the share of time on. */
        String unit() {
            return channel.kind() == ChannelKind.BOOLEAN ? "on" : channel.unit();
        }
    }

    /** Copies the lines. */
    ChartView {
        lines = List.copyOf(lines);
    }

    /** How many y axes the view uses. */
    int axes() {
        return lines.stream().mapToInt(Line::axis).max().orElse(-1) + 1;
    }

    /**
     * The views for a device with this description, in the manual's order with Other values last; only those
     * with at least one channel.
     */
    static List<ChartView> of(DeviceDescription description) {
        List<ChartView> views = new ArrayList<>();
        Set<String> placed = new HashSet<>();

        List<Line> temperatureFocuser = new ArrayList<>();
        for (CapabilityDescription c : description.capabilities()) {
            boolean sensor = is(c, EnvironmentSensors.class);
            boolean focuser = is(c, Focuser.class);
            for (Channel<?> ch : c.channels()) {
                if (sensor && ch.quantity().equals(Quantities.TEMPERATURE) && ch.isChartable()) {
                    // also in Environment, which marks it placed
                    temperatureFocuser.add(new Line(ch, 0));
                } else if (focuser && ch.quantity().equals(Quantities.POSITION) && ch.isChartable()) {
                    temperatureFocuser.add(new Line(ch, 1));
                    placed.add(ch.id());
                }
            }
        }
        add(views, TEMPERATURE_FOCUSER, "Temperature and focuser position", temperatureFocuser);

        for (Grouping g : BY_TYPE) {
            Axes axes = new Axes(g.axes());
            List<Line> lines = new ArrayList<>();
            for (CapabilityDescription c : description.capabilities()) {
                if (g.types().stream().anyMatch(t -> is(c, t))) {
                    for (Channel<?> ch : charted(c)) {
                        lines.add(axes.line(ch));
                        placed.add(ch.id());
                    }
                }
            }
            add(views, g.id(), g.label(), lines);
        }

        Axes axes = new Axes(List.of());
        List<Line> other = new ArrayList<>();
        for (CapabilityDescription c : description.capabilities()) {
            for (Channel<?> ch : charted(c)) {
                if (!placed.contains(ch.id())) {
                    other.add(axes.line(ch));
                }
            }
        }
        add(views, OTHER, "Other values", other);
        return List.copyOf(views);
    }

    /** The instance's channels a chart draws. */
    private static List<Channel<?>> charted(CapabilityDescription c) {
        return c.channels().stream().filter(ch -> ch.isChartable() && !NOT_CHARTED.contains(ch.quantity())).toList();
    }

    private static boolean is(CapabilityDescription c, Class<? extends Capability> type) {
        return type.isAssignableFrom(c.type());
    }

    /** Adds the view when it has lines: axes numbered from 0 without gaps, lines in axis order. */
    private static void add(List<ChartView> views, String id, String label, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Integer> used = new ArrayList<>(new TreeSet<>(lines.stream().map(Line::axis).toList()));
        List<Line> numbered = lines.stream().map(l -> new Line(l.channel(), used.indexOf(l.axis())))
                .sorted(Comparator.comparingInt(Line::axis)).toList();
        views.add(new ChartView(id, label, numbered));
    }

    /** A view taking every instance of {@code types}; {@code axes} lists the quantities of each manual axis. */
    private record Grouping(String id, String label, List<Class<? extends Capability>> types, List<List<String>> axes) {
    }

    /** Gives a channel the manual's axis of its quantity, or else the axis of its unit after the manual's. */
    private static final class Axes {
        private final List<List<String>> manual;
        private final List<String> units = new ArrayList<>();

        Axes(List<List<String>> manual) {
            this.manual = manual;
        }

        Line line(Channel<?> ch) {
            for (int i = 0; i < manual.size(); i++) {
                if (manual.get(i).contains(ch.quantity())) {
                    return new Line(ch, i);
                }
            }
            Line probe = new Line(ch, 0);
            if (!units.contains(probe.unit())) {
                units.add(probe.unit());
            }
            return new Line(ch, manual.size() + units.indexOf(probe.unit()));
        }
    }
}
