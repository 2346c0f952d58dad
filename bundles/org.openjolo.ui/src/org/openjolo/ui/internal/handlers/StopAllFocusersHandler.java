package org.openjolo.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.internal.SafeStops;
import org.openjolo.ui.internal.parts.Errors;

/**
 * Esc: stops every moving focuser of every connected device, whichever device is active and wherever the
 * keyboard focus is in the window — the stop an operator reaches for without looking.
 */
public final class StopAllFocusersHandler {

    @CanExecute
    boolean canExecute(DeviceRegistry registry) {
        return registry.devices().stream().anyMatch(FocuserCommands::canMove);
    }

    @Execute
    void execute(DeviceRegistry registry, StatusReporter status) {
        List<SafeStops.Moving> moving = SafeStops.moving(registry.devices());
        if (moving.isEmpty()) {
            status.report(Severity.INFO, "No focuser is moving");
            return;
        }
        for (SafeStops.Moving m : moving) {
            m.focuser().abort().whenComplete((v, e) -> status.report(e == null ? Severity.INFO : Severity.ERROR,
                    e == null ? m.label() + ": stop sent" : m.label() + ": stop failed: " + Errors.message(e)));
        }
    }
}
