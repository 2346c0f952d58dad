package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.internal.parts.Errors;

import jakarta.inject.Named;

/** Stops every focuser of the active device: a stop is never for the wrong one. */
public final class StopFocusersHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        return FocuserCommands.canMove(device);
    }

    @Execute
    void execute(@Named(UiKeys.ACTIVE_DEVICE) Device device, StatusReporter status) {
        device.description().of(Focuser.class).forEach(d -> device.capability(Focuser.class, d.id()).ifPresent(f -> f.abort()
                .whenComplete((v, e) -> status.report(e == null ? Severity.INFO : Severity.ERROR,
                        e == null ? d.name() + ": stop sent" : d.name() + ": stop failed: " + Errors.message(e)))));
    }
}
