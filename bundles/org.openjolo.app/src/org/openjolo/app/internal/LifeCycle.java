package org.openjolo.app.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.openjolo.core.ApplicationLog;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.connections.Connections;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Start-up: connects what the program arguments ask for, or else what was connected when the workbench last
 * closed. Connecting runs in the background; the window does not wait for devices. Once the window is up and
 * those connections are done, the status line tells of saved files that were damaged and kept aside.
 */
public final class LifeCycle {

    private static final System.Logger LOG = System.getLogger(LifeCycle.class.getName());

    @PostContextCreate
    void connectAtStart(IApplicationContext appContext, Connections connections, DeviceRegistry registry, StatusReporter status,
            ApplicationLog log, DataLocation location, IEventBroker events) {
        String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        StartupOptions options = StartupOptions.parse(args);
        options.errors.forEach(e -> status.report(Severity.ERROR, e));
        reportFirstTelemetry(Display.getCurrent());
        List<CompletableFuture<?>> reported = new ArrayList<>();
        if (!options.connections.isEmpty()) {
            for (ConnectionSpec spec : options.connections) {
                reported.add(report(status, spec, connections.connect(spec)));
            }
        } else if (options.reconnect) {
            List<ConnectionSpec> remembered = registry.rememberedConnections();
            List<CompletableFuture<Device>> futures = connections.reconnectRemembered();
            for (int i = 0; i < futures.size(); i++) {
                reported.add(report(status, remembered.get(i), futures.get(i)));
            }
        }
        // after the window is up and after the start's "Connected ..." lines, so that it is the line left showing;
        // a restored device's profile is read when it connects
        CompletableFuture<Void> started = new CompletableFuture<>();
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                started.complete(null);
            }
        });
        // a first connection is one attempt and ends with its timeouts; the bound is for a driver that never answers
        CompletableFuture<Void> connected = CompletableFuture.allOf(reported.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, 60, TimeUnit.SECONDS);
        CompletableFuture.allOf(started, connected)
                .thenRun(() -> keptAsideNotice(log.recent(), location.root()).ifPresent(m -> status.report(Severity.WARNING, m)));
    }

    /**
     * The status line for the files that were kept aside as damaged since the workbench started (the loaders
     * say so in the application log), or none.
     */
    static Optional<String> keptAsideNotice(List<String> logLines, Path root) {
        List<String> files = AtomicFiles.keptAside(logLines).stream().map(AtomicFiles::original)
                .map(f -> f.startsWith(root) ? root.relativize(f) : f).map(Path::toString).distinct().toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        String which = files.size() == 1 ? "A saved file could not be read and was kept aside: "
                : files.size() + " saved files could not be read and were kept aside: ";
        return Optional.of(which + String.join(", ", files) + " (defaults used; see Help > Show Application Log)");
    }

    private static CompletableFuture<?> report(StatusReporter status, ConnectionSpec spec, CompletableFuture<Device> future) {
        return future.handle((device, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.report(Severity.ERROR, "Could not connect " + spec + ": " + cause.getMessage());
            } else {
                status.report(Severity.INFO, "Connected " + device + " (" + device.identity().firmware() + ")");
            }
            return null;
        });
    }

    /**
     * Logs how long after the JVM started the first device values arrived, and when the UI thread had taken them
     * (the parts queue their update as they receive values, so it runs behind theirs): numbers we track.
     */
    private static void reportFirstTelemetry(Display display) {
        AtomicBoolean done = new AtomicBoolean();
        BundleContext context = FrameworkUtil.getBundle(LifeCycle.class).getBundleContext();
        AtomicReference<ServiceRegistration<DeviceListener>> registration = new AtomicReference<>();
        // a whiteboard listener for as long as it takes: it hears the first device that reports
        registration.set(context.registerService(DeviceListener.class, new DeviceListener() {
            @Override
            public void telemetry(Device d, Telemetry t) {
                if (done.compareAndSet(false, true)) {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    LOG.log(Level.INFO, "First telemetry from {0} {1} ms after the JVM started", d, ms);
                    if (display != null && !display.isDisposed()) {
                        display.asyncExec(() -> LOG.log(Level.INFO, "First telemetry on screen {0} ms after the JVM started",
                                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    }
                    // not from this thread: the registry is calling its whiteboard now
                    CompletableFuture.runAsync(() -> unregister(registration.get()));
                }
            }
        }, null));
    }

    private static void unregister(ServiceRegistration<?> r) {
        try {
            r.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }
}
