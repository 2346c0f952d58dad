package org.openjolo.compensation.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;

import jakarta.inject.Named;

/**
 * Applies the pending compensation of one focuser of the active device now: the Compensation part's Compensate
 * (which names its focuser), or the menu item and Ctrl+K, which act on the focuser of the active part (a
 * Focuser or Compensation part of the second focuser) and else on the device's first focuser.
 */
public final class CompensateNowHandler {

    /** The command's id. */
    public static final String COMMAND = "org.openjolo.compensation.ui.command.compensate";
    /** The command's optional parameter: the focuser instance to compensate. */
    public static final String FOCUSER = "org.openjolo.compensation.ui.command.compensate.focuser";

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device, Compensation compensation,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(FOCUSER) String focuserId) {
        return device != null && device.state() == ConnectionState.CONNECTED
                && control(device, compensation, part, focuserId).map(c -> c.settings().mode() != CompensationMode.OFF).orElse(false);
    }

    @Execute
    void execute(@Named(UiKeys.ACTIVE_DEVICE) Device device, Compensation compensation, StatusReporter status,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(FOCUSER) String focuserId) {
        control(device, compensation, part, focuserId).ifPresent(c -> c.compensate().whenComplete((applied, e) -> status.report(
                e == null ? Severity.INFO : Severity.ERROR,
                e != null ? "Compensate " + name(device, c) + " failed: " + e.getMessage()
                        : applied.map(x -> "Compensated " + name(device, c) + " " + x.steps() + " steps").orElse("Compensate " + name(device, c) + ": nothing pending"))));
    }

    /** The compensation of the focuser named, else of the active part's focuser instance, else of the first. */
    private static java.util.Optional<CompensationControl> control(Device device, Compensation compensation, MPart part, String focuserId) {
        String shown = part == null ? null : part.getPersistedState().get(UiKeys.INSTANCE_STATE);
        String id = focuserId != null ? focuserId : shown;
        boolean aFocuser = id != null && device.description().instance(id).filter(c -> c.type() == Focuser.class).isPresent();
        return aFocuser ? compensation.of(device, id) : compensation.of(device);
    }

    private static String name(Device device, CompensationControl c) {
        return device.description().instance(c.focuserId()).map(CapabilityDescription::name).orElse(c.focuserId());
    }
}
