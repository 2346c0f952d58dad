package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.openjolo.ui.internal.parts.DevicesPart;

/** Connects the family and port chosen in the Devices part, bringing it forward so the outcome is seen. */
public final class ConnectHandler {

    @Execute
    void execute(MApplication application, EModelService models, EPartService parts) {
        models.findElements(application, DevicesPart.ID, MPart.class).stream().findFirst().ifPresent(m -> {
            parts.activate(m, true);
            if (m.getObject() instanceof DevicesPart devices) {
                devices.connectChosen();
            }
        });
    }
}
