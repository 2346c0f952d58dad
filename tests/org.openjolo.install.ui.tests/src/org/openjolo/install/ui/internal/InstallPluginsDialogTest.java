package org.openjolo.install.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.install.PluginInstaller;
import org.openjolo.testing.Await;
import org.openjolo.testing.p2.TestInstallation;
import org.openjolo.testing.p2.UpdateSites;
import org.openjolo.testing.p2.UpdateSites.Plugin;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Help > Install Device Plugins… end to end: the menu item, the dialog, p2 installing from a zip into a real
 * (throw-away) installation, update, uninstall and the restart. By default the site is one published at test
 * time. {@code -Dopenjolo.plugin.site=ZIP -Dopenjolo.plugin.feature=ID -Dopenjolo.base.site=FOLDER} installs
 * another one into an installation of OpenJolo's core feature from OpenJolo's own update site:
 * releng/scripts/plugin-install-test.sh passes the example plugin's site that way.
 */
class InstallPluginsDialogTest {

    @TempDir
    Path dir;

    @Test
    void installsUpdatesAndRemovesAPluginFromAZipAndOffersARestart() throws Throwable {
        String givenSite = System.getProperty("openjolo.plugin.site");
        String feature = givenSite != null ? System.getProperty("openjolo.plugin.feature") : "org.openjolo.test.focuser.feature";
        // a plugin written against OpenJolo's API installs only where OpenJolo is: then the installation gets its core
        String base = System.getProperty("openjolo.base.site");
        try (TestInstallation installation = base == null ? TestInstallation.create(dir.resolve("workbench"))
                : TestInstallation.create(dir.resolve("workbench"), Path.of(base).toUri(), "org.openjolo.core.feature")) {
            Path zip = givenSite != null ? Path.of(givenSite)
                    : UpdateSites.zip(Path.of(UpdateSites.publish(installation.agent(), dir.resolve("v1"),
                            new Plugin(feature, "Test focuser", "org.openjolo.test.focuser", "1.0.0"))), dir.resolve("test-focuser.zip"));
            ServiceRegistration<PluginInstaller> reg = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(PluginInstaller.class,
                    PluginInstaller.of(installation.agent(), TestInstallation.PROFILE), new Hashtable<>(java.util.Map.of(Constants.SERVICE_RANKING, 100)));
            try {
                WorkbenchHarness.run(w -> operate(w, installation, zip, feature));
            } finally {
                reg.unregister();
            }
        }
    }

    private void operate(WorkbenchHarness w, TestInstallation installation, Path zip, String feature) throws Exception {
        w.object("org.openjolo.ui.part.devices", Object.class);
        w.choose("Help", "Install Device Plugins\u2026");
        Await.until("the dialog open", WorkbenchHarness.WAIT, () -> w.ui(() -> InstallPluginsDialog.find(org.eclipse.swt.widgets.Display.getCurrent()) != null));
        InstallPluginsDialog dialog = w.ui(() -> InstallPluginsDialog.find(org.eclipse.swt.widgets.Display.getCurrent()));

        // a typing error says what is wrong and changes nothing
        w.ui(() -> {
            dialog.setSite(dir.resolve("no-such-site.zip").toString());
            dialog.read();
        });
        assertTrue(w.ui(dialog::feedback).endsWith("does not exist"), w.ui(dialog::feedback));

        w.ui(() -> {
            dialog.setSite(zip.toString());
            dialog.read();
        });
        awaitIdle(w, dialog);
        List<String> offered = w.ui(dialog::offerRows);
        String row = offered.stream().filter(r -> r.endsWith(" | " + feature)).findFirst().orElseThrow(() -> new AssertionError(feature + " not offered: " + offered));
        assertTrue(row.contains(" | \u2014 | "), "not installed yet: " + row);
        w.screenshotScreen("install-plugins-site");

        long jarsBefore = jars(installation);
        w.ui(() -> {
            dialog.tickOffer(feature);
            dialog.install();
        });
        assertTrue(w.ui(dialog::isBusy), "installing runs off the UI thread");
        awaitIdle(w, dialog);
        assertTrue(w.ui(dialog::feedback).startsWith("Installed "), w.ui(dialog::feedback));
        assertEquals(100, (int) w.ui(dialog::progressPercent));
        assertTrue(w.ui(dialog::restartOffered));
        Await.until("the plugin listed as installed", WorkbenchHarness.WAIT, () -> w.ui(dialog::installedRows).stream().anyMatch(r -> r.endsWith(" | " + feature)));
        Await.until("the site list showing the installed version", WorkbenchHarness.WAIT,
                () -> w.ui(dialog::offerRows).stream().anyMatch(r -> r.endsWith(" | " + feature) && !r.contains("\u2014")));
        String version = row.split(" \\| ")[1];
        assertEquals(List.of(version), installation.installedVersions(feature + ".feature.group"));
        assertTrue(jars(installation) > jarsBefore, "the plugin's bundles are in the installation");
        w.screenshotScreen("install-plugins-installed");

        w.ui(dialog::later);
        assertFalse(w.ui(dialog::restartOffered));

        w.ui(() -> {
            dialog.tickInstalled(feature);
            dialog.uninstall();
        });
        awaitIdle(w, dialog);
        assertTrue(w.ui(dialog::feedback).startsWith("Removed "), w.ui(dialog::feedback));
        assertEquals(List.of(), installation.installedVersions(feature + ".feature.group"));
        Await.until("the installed list empty again", WorkbenchHarness.WAIT, () -> w.ui(dialog::installedRows).stream().noneMatch(r -> r.endsWith(" | " + feature)));

        // the menu brings the open dialog forward instead of opening a second one
        w.choose("Help", "Install Device Plugins\u2026");
        Thread.sleep(300);
        assertEquals(1L, (long) w.ui(() -> java.util.Arrays.stream(org.eclipse.swt.widgets.Display.getCurrent().getShells())
                .filter(s -> s.getData() instanceof InstallPluginsDialog).count()));

        w.ui(dialog::restartNow);
        Await.until("the workbench asked to restart", WorkbenchHarness.WAIT, w::restartRequested);
    }

    private static long jars(TestInstallation installation) throws java.io.IOException {
        Path plugins = installation.folder().resolve("plugins");
        try (var files = Files.exists(plugins) ? Files.list(plugins) : java.util.stream.Stream.<Path>empty()) {
            return files.count();
        }
    }

    private static void awaitIdle(WorkbenchHarness w, InstallPluginsDialog dialog) {
        Await.until("the dialog done", java.time.Duration.ofSeconds(120), () -> !w.ui(dialog::isBusy));
    }
}
