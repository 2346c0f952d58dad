package org.openjolo.ui.internal.parts;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.StatusReporter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The status line at the bottom of the window: the latest message with its time. */
public final class StatusBar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    StatusReporter status;

    @Inject
    UISynchronize sync;

    private Label label;
    private final Consumer<StatusReporter.Message> listener = m -> {
        String time = LocalTime.now().format(TIME);
        sync.asyncExec(() -> show(time, m));
    };

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        label.setLayoutData(new GridData(900, SWT.DEFAULT));
        label.setText("Ready");
        StatusReporter.Message latest = status.latest();
        if (latest != null) {
            show(LocalTime.now().format(TIME), latest);
        }
        status.addListener(listener);
        // the window is laid out before this tool control has a size; without a second layout the part
        // area covers the status line
        parent.getDisplay().asyncExec(() -> {
            if (!parent.isDisposed()) {
                parent.getShell().layout(true, true);
            }
        });
    }

    private void show(String time, StatusReporter.Message m) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(time + "  " + m.text());
        label.setForeground(switch (m.severity()) {
            case INFO -> null;
            case WARNING -> Colors.ORANGE;
            case ERROR -> Colors.RED;
        });
    }

    @PreDestroy
    void dispose() {
        status.removeListener(listener);
    }

    /** For tests. */
    String text() {
        return label.getText();
    }
}
