package org.openjolo.indi.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One INDI property (a vector): its definition, how to read its values now, and what a client's new values do.
 * Read-only properties have no handler.
 */
final class Vec {

    /** The four vector types the server uses (BLOBs are not served). */
    enum Kind {
        NUMBER("Number"), SWITCH("Switch"), TEXT("Text"), LIGHT("Light");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    /**
     * One member of a vector; the number fields matter for numbers only.
     *
     * @param maxNow where the maximum follows a setting (a focuser's travel), its value now; null for {@code max}
     */
    record Element(String name, String label, String format, double min, double max, double step, java.util.function.DoubleSupplier maxNow) {
        Element(String name, String label, String format, double min, double max, double step) {
            this(name, label, format, min, max, step, null);
        }

        static Element of(String name, String label) {
            return new Element(name, label, "", 0, 0, 0);
        }

        /** A number from {@code min} up to a maximum that changes with a setting. */
        static Element upTo(String name, String label, String format, double min, java.util.function.DoubleSupplier max, double step) {
            return new Element(name, label, format, min, max.getAsDouble(), step, max);
        }

        /** The maximum to define now. */
        double maximum() {
            return maxNow == null ? max : maxNow.getAsDouble();
        }
    }

    /** The state and the member values (in element order) at one moment. */
    record Values(String state, List<String> values) {
    }

    /**
     * What a client's newXVector does.
     */
    @FunctionalInterface
    interface Handler {
        /**
         * Starts the change.
         *
         * @param values the members the client sent, by name (only members of this vector)
         * @return completes when the device took the change; a failure's message goes to the client
         * @throws IllegalArgumentException when the values are refused before anything is sent
         */
        CompletableFuture<?> apply(Map<String, String> values);
    }

    final Kind kind;
    final String name;
    final String label;
    final String group;
    final boolean writable;
    final String rule;
    final List<Element> elements;
    final Supplier<Values> read;
    final Handler handler;
    /** While a client's change is under way or after it failed: the state shown instead of the read one. */
    volatile String override;
    /** The message that goes with the next update (why a change failed). */
    volatile String message;
    /** Whether a change of this property changes other properties' limits, so they are defined again after it. */
    boolean redefines;

    Vec(Kind kind, String name, String label, String group, String rule, List<Element> elements, Supplier<Values> read, Handler handler) {
        this.kind = kind;
        this.name = name;
        this.label = label;
        this.group = group;
        this.rule = rule;
        this.elements = List.copyOf(elements);
        this.read = read;
        this.handler = handler;
        this.writable = handler != null;
    }

    /** The values now, with a pending client change's state in place of the read one. */
    Values now() {
        Values v = read.get();
        String o = override;
        return o == null ? v : new Values(o, v.values());
    }
}
