package org.openjolo.ui.internal.handlers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help > About: the workbench's version, every connected device's firmware, and the installed plugins. */
public final class AboutHandler {

    @Execute
    void about(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DeviceRegistry registry) {
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText("About OpenJolo Workbench");
        box.setMessage(text(registry));
        box.open();
    }

    /** The dialog's text. */
    public static String text(DeviceRegistry registry) {
        Bundle self = FrameworkUtil.getBundle(AboutHandler.class);
        Bundle[] all = self.getBundleContext().getBundles();
        String devices = registry.devices().isEmpty() ? "  none connected"
                : registry.devices().stream().map(AboutHandler::describe).collect(Collectors.joining("\n"));
        String plugins = Arrays.stream(all).filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.openjolo."))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(b -> "  " + b.getSymbolicName() + " " + b.getVersion())
                .collect(Collectors.joining("\n"));
        String platform = Arrays.stream(all).filter(b -> "org.eclipse.e4.ui.workbench".equals(b.getSymbolicName()))
                .map(b -> b.getVersion().toString()).findFirst().orElse("unknown");
        return "OpenJolo Workbench " + self.getVersion() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + "Eclipse E4 workbench " + platform + "\n\n"
                + "Devices:\n" + devices + "\n\n"
                + "Installed plugins:\n" + plugins;
    }

    private static String describe(Device d) {
        return "  " + d.identity().model() + " on " + d.identity().address().displayName() + ": firmware answered '"
                + d.identity().firmware() + "', " + d.state().name().toLowerCase(java.util.Locale.ROOT);
    }
}
