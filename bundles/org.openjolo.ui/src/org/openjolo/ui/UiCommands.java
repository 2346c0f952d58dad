package org.openjolo.ui;

/**
 * The ids of the device commands the generic UI contributes. Menus, the parts' buttons and key bindings run
 * them through E4's command and handler services, so a button, its menu item and its key do the same thing
 * and are enabled under the same conditions ({@code @CanExecute}). A family's UI bundle or a test runs them
 * with {@code EHandlerService.executeHandler(ECommandService.createCommand(id, parameters))}.
 */
public final class UiCommands {

    private UiCommands() {
    }

    /** Stops every focuser of the active device now (Ctrl+.). */
    public static final String STOP_FOCUSERS = "org.openjolo.ui.command.focuser.stop";
    /** Moves the focuser in by the step of its part (Ctrl+-). */
    public static final String MOVE_IN = "org.openjolo.ui.command.focuser.in";
    /** Moves the focuser out by the step of its part (Ctrl+=). */
    public static final String MOVE_OUT = "org.openjolo.ui.command.focuser.out";
    /** Parameter of {@link #MOVE_IN} and {@link #MOVE_OUT}: "true" multiplies the step by the coarse factor. */
    public static final String COARSE = "org.openjolo.ui.command.focuser.coarse";
    /** Brings the focuser part forward with the caret in its Go to field (Ctrl+G). */
    public static final String GO_TO = "org.openjolo.ui.command.focuser.goTo";
    /** Connects the family and port chosen in the Devices part. */
    public static final String CONNECT = "org.openjolo.ui.command.device.connect";
    /** Disconnects the active device (it is not reconnected at the next start). */
    public static final String DISCONNECT = "org.openjolo.ui.command.device.disconnect";
}
