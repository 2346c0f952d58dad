package org.openjolo.ui.parts;

import org.eclipse.swt.widgets.Label;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;

/**
 * A part's feedback line: the outcome of the operator's last action under the controls (red for an error),
 * and the same message in the status bar. Use on the UI thread.
 */
public final class FeedbackLine {

    private final Label label;
    private final StatusReporter status;

    /**
     * @param label  where the part shows it (laid out by the part)
     * @param status the status bar
     */
    public FeedbackLine(Label label, StatusReporter status) {
        this.label = label;
        this.status = status;
    }

    /** Shows a message in the part and the status bar. */
    public void say(Severity severity, String text) {
        label.setText(text);
        label.setForeground(severity == Severity.ERROR ? Colors.RED : null);
        label.getParent().layout(true);
        status.report(severity, text);
    }

    /** The message as shown. */
    public String text() {
        return label.getText();
    }

    /** Whether the line's widget is gone with its part. */
    public boolean isDisposed() {
        return label.isDisposed();
    }
}
