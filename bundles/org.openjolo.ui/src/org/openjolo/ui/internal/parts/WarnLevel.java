package org.openjolo.ui.internal.parts;

import org.eclipse.swt.graphics.Color;
import org.openjolo.ui.parts.Colors;

/**
 * The manual's colouring of power values against a warn level: orange when close (within 10 %), red when
 * beyond.
 */
enum WarnLevel {
    /** Far from the level. */
    OK,
    /** Within 10 % of the level. */
    WARNING,
    /** Beyond the level. */
    ALERT;

    /** A value that must stay below {@code limit}. */
    static WarnLevel below(double value, double limit) {
        return value > limit ? ALERT : value > limit * 0.9 ? WARNING : OK;
    }

    /** A value that must stay above {@code limit}. */
    static WarnLevel above(double value, double limit) {
        return value < limit ? ALERT : value < limit * 1.1 ? WARNING : OK;
    }

    /** The worse of two. */
    WarnLevel worst(WarnLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The text colour, or null for the default. */
    Color color() {
        return switch (this) {
            case OK -> null;
            case WARNING -> Colors.ORANGE;
            case ALERT -> Colors.RED;
        };
    }
}
