package org.openjolo.ui.internal.handlers;

/** {@link org.openjolo.ui.UiCommands#MOVE_IN}. */
public final class MoveInHandler extends MoveFocuserHandler {

    /** Inward: decreasing positions. */
    public MoveInHandler() {
        super(-1);
    }
}
