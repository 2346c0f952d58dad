package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.openjolo.connections.Connections;
import org.openjolo.core.Device;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.internal.parts.Errors;

import jakarta.inject.Named;

/** Disconnects the active device on purpose: it is not reconnected at the next start. */
public final class DisconnectHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        return device != null;
    }

    @Execute
    void execute(@Named(UiKeys.ACTIVE_DEVICE) Device device, Connections connections, StatusReporter status) {
        connections.disconnect(device).whenComplete((v, e) -> status.report(e == null ? Severity.INFO : Severity.ERROR,
                e == null ? "Disconnected " + device : Errors.message(e)));
    }
}
