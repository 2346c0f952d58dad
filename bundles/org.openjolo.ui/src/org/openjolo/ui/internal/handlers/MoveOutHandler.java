package org.openjolo.ui.internal.handlers;

/** {@link org.openjolo.ui.UiCommands#MOVE_OUT}. */
public final class MoveOutHandler extends MoveFocuserHandler {

    /** Outward: increasing positions. */
    public MoveOutHandler() {
        super(1);
    }
}
