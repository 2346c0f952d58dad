package org.openjolo.ui.parts;

import org.eclipse.swt.graphics.Color;
import org.openjolo.alerts.AlertState;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.capability.MotorState;

/** The colours the manual's panel uses for states, in one place for every part. */
public final class Colors {

    private Colors() {
    }

    public static final Color GREY = new Color(128, 128, 128);
    public static final Color GREEN = new Color(30, 150, 60);
    public static final Color ORANGE = new Color(220, 120, 0);
    public static final Color RED = new Color(200, 30, 30);
    public static final Color BLUE = new Color(40, 90, 200);

    /** Grey = not connected, green = connected, orange = trying, red = lost. */
    public static Color of(ConnectionState state) {
        return switch (state) {
            case CONNECTED -> GREEN;
            case CONNECTING, RECONNECTING -> ORANGE;
            case LOST -> RED;
            case CLOSED -> GREY;
        };
    }

    /** The manual's alert colours: none when OK, orange for a warning, red for an alert. */
    public static Color of(AlertState state) {
        return switch (state) {
            case OK -> null;
            case WARNING -> ORANGE;
            case ALERT -> RED;
        };
    }

    /** The manual's motor icon: red rotating, blue holding, green idle and unpowered. */
    public static Color of(MotorState state) {
        return switch (state) {
            case MOVING -> RED;
            case HOLDING -> BLUE;
            case IDLE -> GREEN;
        };
    }
}
