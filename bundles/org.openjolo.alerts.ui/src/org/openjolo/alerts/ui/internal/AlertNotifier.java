package org.openjolo.alerts.ui.internal;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
import org.openjolo.alerts.AlertListener;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.SafetyStatus;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Tells the operator: every alert change and safety change goes to the status line, and the system sound is
 * played when the alerts service says one is due (the service decides when, so nothing here repeats or storms).
 */
public final class AlertNotifier {

    @Inject
    Alerts alerts;

    @Inject
    StatusReporter status;

    @Inject
    UISynchronize sync;

    private volatile int sounds;

    private final AlertListener listener = new AlertListener() {
        @Override
        public void changed(AlertRecord r) {
            if (r.state() == AlertState.ALERT) {
                status.report(Severity.ERROR, "Alert: " + r.message() + " (" + r.device() + ")");
            } else if (r.state() == AlertState.WARNING) {
                status.report(Severity.WARNING, "Warning: " + r.message() + " (" + r.device() + ")");
            } else {
                status.report(Severity.INFO, r.label() + " is back to OK (" + r.device() + ")");
            }
        }

        @Override
        public void soundDue(String deviceKey) {
            sync.asyncExec(() -> {
                Display display = Display.getCurrent();
                if (display != null) {
                    display.beep();
                    sounds++;
                }
            });
        }

        @Override
        public void safetyChanged(SafetyStatus s) {
            status.report(s.safe() ? Severity.INFO : Severity.ERROR, s.safe() ? "The observatory is safe again" : "The observatory is UNSAFE: " + s.reason());
        }
    };

    @PostConstruct
    void start() {
        alerts.addListener(listener);
    }

    @PreDestroy
    void stop() {
        alerts.removeListener(listener);
    }

    /** For tests: how many system sounds were played. */
    int sounds() {
        return sounds;
    }
}
