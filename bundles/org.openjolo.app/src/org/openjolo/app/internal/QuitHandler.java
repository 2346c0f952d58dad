package org.openjolo.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * File &gt; Quit: asks each window's close handler first, as its close box does (a plugin may ask the operator
 * there, e.g. whether to stop a moving focuser), then closes the workbench.
 */
public final class QuitHandler {

    @Execute
    void quit(IWorkbench workbench, MApplication application) {
        for (MWindow w : application.getChildren()) {
            IWindowCloseHandler handler = w.getContext() == null ? null : w.getContext().get(IWindowCloseHandler.class);
            if (handler != null && !handler.close(w)) {
                return;
            }
        }
        workbench.close();
    }
}
