package org.openjolo.ui.internal.handlers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.ui.internal.parts.TextViewer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/**
 * Help &gt; About: the workbench's version, every connected device's model, firmware, driver and what it
 * describes (capability instances, channels, settings with their ranges), every device
 * family with the plugin that brings it, and the installed OpenJolo and third-party plugins. Shown as text a user
 * copies or saves into a problem report, refreshed while it is open.
 */
public final class AboutHandler {

    @Execute
    void about(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DeviceRegistry registry, DataLocation location) {
        String title = "About OpenJolo Workbench";
        TextViewer.show(shell, title, () -> new TextViewer(shell, title, () -> lines(registry, location), "openjolo-about.txt",
                target -> Files.write(target, lines(registry, location), StandardCharsets.UTF_8)));
    }

    /** The text, a line each. */
    public static List<String> lines(DeviceRegistry registry, DataLocation location) {
        Bundle self = FrameworkUtil.getBundle(AboutHandler.class);
        Bundle[] all = self.getBundleContext().getBundles();
        List<String> out = new ArrayList<>();
        out.add("OpenJolo Workbench " + self.getVersion());
        out.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
                + ", Eclipse E4 workbench " + version(all, "org.eclipse.e4.ui.workbench") + ", SWT " + version(all, "org.eclipse.swt"));
        out.add("Data folder: " + location.root());
        out.add("Logs: " + location.logs());
        out.add("");
        out.add("Connected devices:");
        if (registry.devices().isEmpty()) {
            out.add("  none");
        }
        for (Device d : registry.devices()) {
            // the identify answer, not a firmware version: models share it (an AstroLink 4 USB answers 'AstroLink4mini')
            out.add("  " + d.identity().model() + " on " + d.identity().address().displayName() + ": identifies as '"
                    + d.identity().firmware() + "'" + (d.identity().serialNumber().isEmpty() ? "" : ", USB serial number " + d.identity().serialNumber())
                    + ", " + d.state().name().toLowerCase(Locale.ROOT) + ", driver "
                    + registry.family(d.identity().familyId()).map(AboutHandler::bundleOf).orElse("unknown"));
            // what the device says it has: a problem report then shows the shape the workbench was built from
            for (CapabilityDescription c : d.description().capabilities()) {
                out.add("    " + c.name() + " (" + c.id() + ", " + c.type().getSimpleName() + ")"
                        + (c.channels().isEmpty() ? "" : ": " + String.join(", ", c.channels().stream().map(Channel::id).toList()))
                        + (c.settings().isEmpty() ? "" : "; settings " + String.join(", ", c.settings().stream()
                                .map(x -> x.range().map(l -> x.id() + " " + l.range()).orElse(x.id())).toList())));
            }
        }
        out.add("");
        out.add("Device families:");
        Map<String, Bundle> plugins = new LinkedHashMap<>();
        for (DeviceFamily f : registry.families()) {
            out.add("  " + f.displayName() + " (" + f.id() + "): " + bundleOf(f));
            Bundle b = FrameworkUtil.getBundle(f.getClass());
            if (b != null) {
                plugins.put(b.getSymbolicName(), b);
            }
        }
        Arrays.stream(all).filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.openjolo."))
                .forEach(b -> plugins.put(b.getSymbolicName(), b));
        out.add("");
        out.add("Installed plugins:");
        plugins.values().stream().sorted(Comparator.comparing(Bundle::getSymbolicName))
                .forEach(b -> out.add("  " + b.getSymbolicName() + " " + b.getVersion() + (b.getState() == Bundle.ACTIVE || isFragment(b) ? "" : "  (not active)")));
        return out;
    }

    private static boolean isFragment(Bundle b) {
        return b.getHeaders("").get("Fragment-Host") != null;
    }

    private static String bundleOf(DeviceFamily family) {
        Bundle b = FrameworkUtil.getBundle(family.getClass());
        return b == null ? "built in" : b.getSymbolicName() + " " + b.getVersion();
    }

    private static String version(Bundle[] all, String symbolicName) {
        return Arrays.stream(all).filter(b -> symbolicName.equals(b.getSymbolicName())).map(b -> b.getVersion().toString())
                .findFirst().orElse("unknown");
    }
}
