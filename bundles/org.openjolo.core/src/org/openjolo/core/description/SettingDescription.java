package org.openjolo.core.description;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a capability instance (a focuser's speed, maximum position…): how people call it, what kind
 * of value it takes and, for numbers, its one {@link Limit}. Every place that edits, checks, imports or
 * serves the setting reads the limit here.
 *
 * @param id      stable name within its capability, e.g. {@code SPEED}
 * @param label   for people, without the unit: "Speed"
 * @param kind    number, on/off or choice
 * @param limit   the allowed range of a number; null for other kinds
 * @param choices the choices of a {@link ChannelKind#CHOICE} setting, else empty
 * @param hint    one sentence of advice for a tooltip, "" for none
 */
public record SettingDescription(String id, String label, ChannelKind kind, Limit limit, List<String> choices, String hint) {

    /** Checks the parts. */
    public SettingDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hint, "hint");
        choices = List.copyOf(choices);
        if ((kind == ChannelKind.NUMBER) != (limit != null)) {
            throw new IllegalArgumentException("Setting " + id + ": a number has a limit, other kinds have none");
        }
    }

    /** A number setting within {@code limit}. */
    public static SettingDescription number(String id, String label, Limit limit, String hint) {
        return new SettingDescription(id, label, ChannelKind.NUMBER, limit, List.of(), hint);
    }

    /** An on/off setting. */
    public static SettingDescription flag(String id, String label, String hint) {
        return new SettingDescription(id, label, ChannelKind.BOOLEAN, null, List.of(), hint);
    }

    /** A choice among {@code choices}. */
    public static SettingDescription choice(String id, String label, List<String> choices, String hint) {
        return new SettingDescription(id, label, ChannelKind.CHOICE, null, choices, hint);
    }

    /** The limit of a number setting. */
    public Optional<Limit> range() {
        return Optional.ofNullable(limit);
    }

    /**
     * Refuses a number outside the limit, in the same words everywhere ({@link Limit#refusal}).
     *
     * @throws org.openjolo.core.DeviceException {@code INVALID_VALUE} naming the allowed range
     */
    public void check(double value) throws org.openjolo.core.DeviceException {
        if (limit != null) {
            limit.check(label, value);
        }
    }

    /** The label with its unit, for a form: "Speed [pps]". */
    public String labelWithUnit() {
        return limit == null || limit.unit().isEmpty() ? label : label + " [" + limit.unit() + "]";
    }

    /** The tooltip: the allowed range, then the hint. */
    public String tooltip() {
        String range = limit == null ? "" : limit.range();
        return range.isEmpty() ? hint : hint.isEmpty() ? range : range + ": " + hint;
    }
}
