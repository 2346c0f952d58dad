package org.openjolo.ui.internal;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the operator before something that leaves hardware in a state they may not expect (a motor stopped on
 * the way, a heater left at its duty). One implementation asks with a message box; UI tests put their own in
 * the application context, since a native message box cannot be driven from a test.
 */
@FunctionalInterface
public interface Confirmation {

    /**
     * @param question what will happen, and the question, for people
     * @return whether the operator said yes
     */
    boolean confirm(Shell parent, String title, String question);
}
