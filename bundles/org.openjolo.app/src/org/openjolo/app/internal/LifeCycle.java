package org.openjolo.app.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.openjolo.core.ConnectionSpec;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.Telemetry;
import org.openjolo.ui.Connections;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;

/**
 * Start-up: connects what the program arguments ask for, or else what was connected when the workbench last
 * closed. Connecting runs in the background; the window does not wait for devices.
 */
public final class LifeCycle {

    private static final System.Logger LOG = System.getLogger(LifeCycle.class.getName());

    @PostContextCreate
    void connectAtStart(IApplicationContext appContext, Connections connections, DeviceRegistry registry, StatusReporter status) {
        String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        StartupOptions options = StartupOptions.parse(args);
        options.errors.forEach(e -> status.report(Severity.ERROR, e));
        reportFirstTelemetry(registry, Display.getCurrent());
        if (!options.connections.isEmpty()) {
            for (ConnectionSpec spec : options.connections) {
                report(status, spec, connections.connect(spec));
            }
        } else if (options.reconnect) {
            List<ConnectionSpec> remembered = registry.rememberedConnections();
            List<CompletableFuture<Device>> futures = connections.reconnectRemembered();
            for (int i = 0; i < futures.size(); i++) {
                report(status, remembered.get(i), futures.get(i));
            }
        }
    }

    private static void report(StatusReporter status, ConnectionSpec spec, CompletableFuture<Device> future) {
        future.whenComplete((device, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.report(Severity.ERROR, "Could not connect " + spec + ": " + cause.getMessage());
            } else {
                status.report(Severity.INFO, "Connected " + device + " (" + device.identity().firmware() + ")");
            }
        });
    }

    /**
     * Logs how long after the JVM started the first device values arrived, and when the UI thread had taken them
     * (the parts queue their update as they receive values, so it runs behind theirs): numbers we track.
     */
    private static void reportFirstTelemetry(DeviceRegistry registry, Display display) {
        AtomicBoolean done = new AtomicBoolean();
        registry.addListener(new DeviceRegistry.RegistryListener() {
            @Override
            public void deviceAdded(Device device) {
                device.addListener(new DeviceListener() {
                    @Override
                    public void telemetry(Device d, Telemetry t) {
                        if (done.compareAndSet(false, true)) {
                            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                            LOG.log(Level.INFO, "First telemetry from {0} {1} ms after the JVM started", d, ms);
                            if (display != null && !display.isDisposed()) {
                                display.asyncExec(() -> LOG.log(Level.INFO, "First telemetry on screen {0} ms after the JVM started",
                                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                            }
                        }
                        d.removeListener(this);
                    }
                });
            }
        });
    }
}
