package org.openjolo.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
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

    /**
     * Asks the operator to pick one answer (which model a device is), with a button per answer and Cancel.
     *
     * @param answers the answers, for people
     * @return the index of the answer chosen, or -1 when the operator did not choose
     */
    default int choose(Shell parent, String title, String question, List<String> answers) {
        String[] buttons = new String[answers.size() + 1];
        answers.toArray(buttons);
        buttons[answers.size()] = "Not now";
        int chosen = new MessageDialog(parent, title, null, question, MessageDialog.QUESTION, buttons.length - 1, buttons).open();
        return chosen >= 0 && chosen < answers.size() ? chosen : -1;
    }
}
