package org.openjolo.ui;

import java.util.function.Consumer;

/** The status bar's message line, as an OSGi service any bundle can report to. Thread-safe. */
public interface StatusReporter {

    /** How a message is shown. */
    enum Severity {
        /** Plain information. */
        INFO,
        /** Something the operator should notice (shown in orange). */
        WARNING,
        /** A failure (shown in red). */
        ERROR
    }

    /**
     * A message for the status bar.
     *
     * @param severity how to show it
     * @param text     a complete sentence
     */
    record Message(Severity severity, String text) {
    }

    /** Shows a message. */
    void report(Severity severity, String text);

    /** The latest message, or null. */
    Message latest();

    /** Registers a listener (called on the reporting thread). */
    void addListener(Consumer<Message> listener);

    /** Removes a listener. */
    void removeListener(Consumer<Message> listener);
}
