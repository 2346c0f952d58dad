package org.openjolo.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.ui.internal.parts.FocuserPart;

/**
 * What the focuser commands share: which focuser part a command means (the one the operator works in, else
 * the first in the window) and whether the active device can take a focuser command now.
 */
final class FocuserCommands {

    private FocuserCommands() {
    }

    /** Whether {@code device} is connected and has a focuser. */
    static boolean canMove(Device device) {
        return device != null && device.state() == ConnectionState.CONNECTED && device.capability(Focuser.class).isPresent();
    }

    /**
     * The focuser part a command is for: the active part when it is one, else the first focuser part that is
     * in the window.
     */
    static Optional<FocuserPart> target(MPart active, MApplication application, EModelService models) {
        if (active != null && active.getObject() instanceof FocuserPart p) {
            return Optional.of(p);
        }
        return models.findElements(application, null, MPart.class).stream().filter(MPart::isToBeRendered)
                .map(MPart::getObject).filter(FocuserPart.class::isInstance).map(FocuserPart.class::cast).findFirst();
    }
}
