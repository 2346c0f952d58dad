package org.openjolo.core.description;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openjolo.core.TelemetryKey;

/**
 * One value a device reports with every poll: its key in the {@link org.openjolo.core.Telemetry} snapshot, what
 * it means, how to show it, its valid range where one applies, and whether the operator can set it.
 *
 * @param <T>      the value type
 * @param key      the telemetry key: its id names the value in CSV headers, alert rules and Alpaca; its label
 *                 and unit are what people see
 * @param quantity what the value means ({@link Quantities}), or a family's own word
 * @param kind     number, on/off, choice or text
 * @param limit    the valid range of a number, or null where there is none to check against
 * @param choices  the choices of a {@link ChannelKind#CHOICE} channel, else empty
 * @param decimals digits after the decimal point people see
 * @param writable whether the operator sets this value (an output's state, a PWM duty)
 */
public record Channel<T>(TelemetryKey<T> key, String quantity, ChannelKind kind, Limit limit, List<String> choices, int decimals,
        boolean writable) {

    /** Checks the parts. */
    public Channel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (kind == ChannelKind.CHOICE ? choices.isEmpty() : !choices.isEmpty()) {
            throw new IllegalArgumentException("Channel " + key.id() + ": only a CHOICE channel has choices, and it needs some");
        }
        Class<?> type = key.type();
        boolean fits = switch (kind) {
            case NUMBER -> Number.class.isAssignableFrom(type);
            case BOOLEAN -> type == Boolean.class;
            case CHOICE, TEXT -> type == String.class;
        };
        if (!fits) {
            throw new IllegalArgumentException("Channel " + key.id() + " of kind " + kind + " cannot carry " + type.getSimpleName() + " values");
        }
    }

    /** A read-only number with {@code decimals} digits. */
    public static <N extends Number> Channel<N> number(TelemetryKey<N> key, String quantity, int decimals) {
        return new Channel<>(key, quantity, ChannelKind.NUMBER, null, List.of(), decimals, false);
    }

    /** A read-only on/off value. */
    public static Channel<Boolean> flag(TelemetryKey<Boolean> key, String quantity) {
        return new Channel<>(key, quantity, ChannelKind.BOOLEAN, null, List.of(), 0, false);
    }

    /** A read-only text. */
    public static Channel<String> text(TelemetryKey<String> key, String quantity) {
        return new Channel<>(key, quantity, ChannelKind.TEXT, null, List.of(), 0, false);
    }

    /** A read-only choice among {@code choices}. */
    public static Channel<String> choice(TelemetryKey<String> key, String quantity, List<String> choices) {
        return new Channel<>(key, quantity, ChannelKind.CHOICE, null, choices, 0, false);
    }

    /** A copy with a valid range (its decimals become the channel's). */
    public Channel<T> within(Limit range) {
        return new Channel<>(key, quantity, kind, range, choices, range.decimals(), writable);
    }

    /** A copy the operator can set. */
    public Channel<T> settable() {
        return new Channel<>(key, quantity, kind, limit, choices, decimals, true);
    }

    /** The key's id, e.g. {@code sensor1.temperature}. */
    public String id() {
        return key.id();
    }

    /** The key's label for people. */
    public String label() {
        return key.label();
    }

    /** The key's unit. */
    public String unit() {
        return key.unit();
    }

    /** The valid range, if there is one. */
    public Optional<Limit> range() {
        return Optional.ofNullable(limit);
    }

    /** Whether the value can be drawn on a chart and written as a CSV number (numbers and on/off values). */
    public boolean isChartable() {
        return kind == ChannelKind.NUMBER || kind == ChannelKind.BOOLEAN;
    }
}
