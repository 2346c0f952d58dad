package org.openjolo.compensation.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;

import jakarta.inject.Named;

/** Applies the active device's pending compensation now: the Compensation part's Compensate, from the menu or a key. */
public final class CompensateNowHandler {

    /** The command's id. */
    public static final String COMMAND = "org.openjolo.compensation.ui.command.compensate";

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device, Compensation compensation) {
        return device != null && device.state() == ConnectionState.CONNECTED
                && compensation.of(device).map(c -> c.settings().mode() != CompensationMode.OFF).orElse(false);
    }

    @Execute
    void execute(@Named(UiKeys.ACTIVE_DEVICE) Device device, Compensation compensation, StatusReporter status) {
        compensation.of(device).ifPresent(c -> c.compensate().whenComplete((applied, e) -> status.report(e == null ? Severity.INFO : Severity.ERROR,
                e != null ? "Compensate failed: " + e.getMessage()
                        : applied.map(x -> "Compensated " + x.steps() + " steps").orElse("Compensate: nothing pending"))));
    }
}
