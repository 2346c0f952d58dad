package org.openjolo.ui.internal;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.internal.parts.Errors;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Closing the window (its close box, or File &gt; Quit, which asks the same handler) while a focuser moves or
 * a heater is regulated by the workbench asks first, and stops the moving focusers before the workbench goes.
 * Puts the message-box {@link Confirmation} in the application context unless a test put its own.
 */
public final class SafeStopsAddon {

    private static final System.Logger LOG = System.getLogger(SafeStopsAddon.class.getName());

    @Inject
    MApplication application;

    @Inject
    DeviceRegistry registry;

    @Inject
    StatusReporter status;

    @PostConstruct
    void start() {
        IEclipseContext context = application.getContext();
        if (context.get(Confirmation.class) == null) {
            context.set(Confirmation.class, SafeStopsAddon::ask);
        }
    }

    @Inject
    @Optional
    void windowsOpen(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        for (MWindow w : application.getChildren()) {
            w.getContext().set(IWindowCloseHandler.class, this::close);
        }
    }

    /** Whether the window may close: nothing runs on, or the operator said yes and the motors were stopped. */
    boolean close(MWindow window) {
        List<String> warnings = SafeStops.warnings(registry.devices(), "until the workbench runs again");
        if (warnings.isEmpty()) {
            return true;
        }
        Confirmation confirmation = application.getContext().get(Confirmation.class);
        if (!confirmation.confirm((Shell) window.getWidget(), "Quit OpenJolo Workbench", String.join("\n", warnings) + "\n\nQuit now?")) {
            return false;
        }
        try {
            SafeStops.stop(SafeStops.moving(registry.devices())).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // quitting goes on: the operator chose to quit, and the log keeps why a motor may still run
            LOG.log(System.Logger.Level.ERROR, "A focuser could not be stopped before quitting", e);
            status.report(Severity.ERROR, "A focuser could not be stopped: " + Errors.message(e));
        }
        return true;
    }

    private static boolean ask(Shell parent, String title, String question) {
        MessageBox box = new MessageBox(parent, SWT.ICON_WARNING | SWT.YES | SWT.NO);
        box.setText(title);
        box.setMessage(question);
        return box.open() == SWT.YES;
    }
}
