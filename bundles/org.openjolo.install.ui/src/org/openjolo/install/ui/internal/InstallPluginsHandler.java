package org.openjolo.install.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.install.PluginInstaller;

import jakarta.inject.Named;

/** Help > Install Device Plugins…: opens the dialog, or brings it forward when it is open already. */
public final class InstallPluginsHandler {

    @Execute
    void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional PluginInstaller installer, IWorkbench workbench) {
        InstallPluginsDialog open = InstallPluginsDialog.find(shell.getDisplay());
        if (open != null) {
            open.bringToFront();
        } else {
            new InstallPluginsDialog(shell, installer, workbench::restart).open();
        }
    }
}
