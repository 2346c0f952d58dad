package org.openjolo.alerts.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openjolo.alerts.AlertListener;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.alerts.SafetyStatus;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.events.DeviceEvents;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.osgi.service.event.Event;
import org.openjolo.ui.parts.Colors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The observatory's safety and the count of values in alert and warning, always visible in the status bar; a
 * click opens the Alerts part.
 */
public final class SafetyIndicator {

    @Inject
    Alerts alerts;

    @Inject
    DeviceRegistry registry;

    @Inject
    UISynchronize sync;

    @Inject
    EPartService parts;

    private Label label;

    private final AlertListener listener = new AlertListener() {
        @Override
        public void changed(AlertRecord record) {
            later();
        }

        @Override
        public void safetyChanged(SafetyStatus status) {
            later();
        }
    };

    /** A device came or went (the registry's events): the counts are of the connected devices. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void deviceAdded(@UIEventTopic(DeviceEvents.TOPIC_ADDED) Event event) {
        later();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void deviceRemoved(@UIEventTopic(DeviceEvents.TOPIC_REMOVED) Event event) {
        later();
    }

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        label.setLayoutData(new GridData(260, SWT.DEFAULT));
        label.setToolTipText("Observatory safety and alerts: click to open the Alerts part");
        label.addListener(SWT.MouseUp, e -> parts.showPart("org.openjolo.alerts.ui.part.alerts", EPartService.PartState.ACTIVATE));
        alerts.addListener(listener);
        show();
    }

    private void later() {
        sync.asyncExec(this::show);
    }

    private void show() {
        // events may come before the control is built
        if (label == null || label.isDisposed()) {
            return;
        }
        int alerted = 0;
        int warned = 0;
        for (var d : registry.devices()) {
            List<RuleStatus> states = alerts.status(d);
            alerted += (int) states.stream().filter(s -> s.state() == AlertState.ALERT).count();
            warned += (int) states.stream().filter(s -> s.state() == AlertState.WARNING).count();
        }
        SafetyStatus safety = alerts.safety();
        label.setText("\u25CF " + (safety.safe() ? "Safe" : "UNSAFE") + "  \u00B7  " + count(alerted, "alert") + ", " + count(warned, "warning"));
        label.setForeground(!safety.safe() || alerted > 0 ? Colors.RED : warned > 0 ? Colors.ORANGE : Colors.GREEN);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    @PreDestroy
    void dispose() {
        alerts.removeListener(listener);
    }

    /** For tests. */
    String text() {
        return label.getText();
    }
}
