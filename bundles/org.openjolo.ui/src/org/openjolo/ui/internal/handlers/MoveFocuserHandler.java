package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.openjolo.core.Device;
import org.openjolo.ui.UiCommands;
import org.openjolo.ui.UiKeys;

import jakarta.inject.Named;

/**
 * Moves a focuser in or out by the step typed in its part (times the coarse factor when the command's
 * {@link UiCommands#COARSE} parameter says so); {@link MoveInHandler} and {@link MoveOutHandler} give the
 * direction.
 */
abstract class MoveFocuserHandler {

    private final int direction;

    MoveFocuserHandler(int direction) {
        this.direction = direction;
    }

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        return FocuserCommands.canMove(device);
    }

    @Execute
    void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, MApplication application, EModelService models,
            @Optional @Named(UiCommands.COARSE) String coarse) {
        FocuserCommands.target(active, application, models).ifPresent(p -> p.moveBy(direction, Boolean.parseBoolean(coarse)));
    }
}
