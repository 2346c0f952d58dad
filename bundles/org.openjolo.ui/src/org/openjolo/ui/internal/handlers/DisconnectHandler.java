package org.openjolo.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.connections.Connections;
import org.openjolo.core.Device;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.internal.Confirmation;
import org.openjolo.ui.internal.SafeStops;
import org.openjolo.ui.internal.parts.Errors;

import jakarta.inject.Named;

/**
 * Disconnects the active device on purpose: it is not reconnected at the next start. A focuser on the way
 * would run on with nothing on screen, so the operator is asked first and the motors are stopped before the
 * link goes; when a stop fails, the device stays connected.
 */
public final class DisconnectHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        return device != null;
    }

    @Execute
    void execute(@Named(UiKeys.ACTIVE_DEVICE) Device device, Connections connections, StatusReporter status,
            @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Confirmation confirmation) {
        List<String> warnings = SafeStops.warnings(List.of(device), "until it is connected again");
        if (!warnings.isEmpty() && !confirmation.confirm(shell, "Disconnect " + device, String.join("\n", warnings) + "\n\nDisconnect now?")) {
            status.report(Severity.INFO, "Still connected: " + device);
            return;
        }
        SafeStops.stop(SafeStops.moving(List.of(device))).thenCompose(v -> connections.disconnect(device))
                .whenComplete((v, e) -> status.report(e == null ? Severity.INFO : Severity.ERROR,
                        e == null ? "Disconnected " + device : "Not disconnected: " + Errors.message(e)));
    }
}
