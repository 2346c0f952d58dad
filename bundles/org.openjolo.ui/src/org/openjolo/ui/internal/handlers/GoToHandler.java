package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.openjolo.core.Device;
import org.openjolo.ui.UiKeys;

import jakarta.inject.Named;

/** Brings the focuser part forward with the caret in its Go to field: type the target, press Enter. */
public final class GoToHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        return FocuserCommands.canMove(device);
    }

    @Execute
    void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, MApplication application, EModelService models, EPartService parts) {
        FocuserCommands.target(active, application, models).ifPresent(p -> {
            models.findElements(application, null, MPart.class).stream().filter(m -> m.getObject() == p).findFirst()
                    .ifPresent(m -> parts.activate(m, true));
            p.focusTarget();
        });
    }
}
