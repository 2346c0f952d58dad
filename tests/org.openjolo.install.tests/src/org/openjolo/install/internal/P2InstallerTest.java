package org.openjolo.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.install.InstalledPlugin;
import org.openjolo.install.PluginOffer;
import org.openjolo.testing.p2.TestInstallation;
import org.openjolo.testing.p2.UpdateSites;
import org.openjolo.testing.p2.UpdateSites.Plugin;

/** The installer on a throw-away installation, with update sites published at test time. */
class P2InstallerTest {

    private static final Plugin V1 = new Plugin("org.openjolo.test.focuser.feature", "Test focuser", "org.openjolo.test.focuser", "1.0.0");
    private static final Plugin V11 = new Plugin("org.openjolo.test.focuser.feature", "Test focuser", "org.openjolo.test.focuser", "1.1.0");
    private static final Plugin OTHER = new Plugin("org.openjolo.test.heater.feature", "Test heater", "org.openjolo.test.heater", "2.0.0");

    @TempDir
    Path dir;
    private TestInstallation installation;
    private P2Installer installer;
    private final List<Integer> percents = new CopyOnWriteArrayList<>();
    private final BiConsumer<String, Integer> progress = (task, percent) -> percents.add(percent);

    @BeforeEach
    void install() {
        installation = TestInstallation.create(dir.resolve("workbench"));
        installer = new P2Installer(installation.agent(), TestInstallation.PROFILE);
    }

    @AfterEach
    void close() {
        installation.close();
    }

    private URI site(String name, Plugin... plugins) {
        return UpdateSites.publish(installation.agent(), dir.resolve(name), plugins);
    }

    private static <T> T join(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void takesAWebAddressAFolderOrAZipAndSaysWhatIsWrongWithAnythingElse() throws Exception {
        assertEquals(URI.create("https://example.org/plugins/"), installer.site(" https://example.org/plugins/ "));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertEquals(folder.toUri(), installer.site(folder.toString()));
        assertEquals(folder.toUri(), installer.site(folder.toUri().toString()));
        Path zip = Files.writeString(dir.resolve("site.zip"), "x");
        assertEquals(URI.create("jar:" + zip.toUri() + "!/"), installer.site(zip.toString()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> installer.site("  ")).getMessage().contains("Enter an update site"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> installer.site(dir.resolve("nowhere").toString())).getMessage().endsWith("does not exist"));
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> installer.site(text.toString())).getMessage().contains("neither a folder nor a .zip"));
    }

    @Test
    void listsWhatASiteOffersWithVersions() throws Exception {
        URI site = site("site", V1, OTHER);
        List<PluginOffer> offers = join(installer.browse(site, progress));
        assertEquals(List.of(new PluginOffer("org.openjolo.test.focuser.feature", "Test focuser", "1.0.0", null),
                new PluginOffer("org.openjolo.test.heater.feature", "Test heater", "2.0.0", null)), offers);
        assertEquals(100, percents.get(percents.size() - 1));
    }

    @Test
    void installsFromAZipUpdatesFromAFolderAndUninstalls() throws Exception {
        URI zip = installer.site(UpdateSites.zip(Path.of(site("v1", V1)), dir.resolve("v1.zip")).toString());
        List<PluginOffer> offers = join(installer.browse(zip, progress));
        join(installer.install(zip, offers, progress));
        assertEquals(List.of(new InstalledPlugin("org.openjolo.test.focuser.feature", "Test focuser", "1.0.0")), installer.installed());
        assertTrue(Files.isRegularFile(installation.folder().resolve("plugins/org.openjolo.test.focuser_1.0.0.jar")), "the bundle is in the installation");
        assertTrue(installation.startBundles().contains("org.openjolo.test.focuser_1.0.0"), installation.startBundles().toString());
        assertEquals(100, percents.get(percents.size() - 1));

        URI v11 = site("v11", V11);
        PluginOffer update = join(installer.browse(v11, progress)).get(0);
        assertEquals("1.0.0", update.installedVersion());
        assertTrue(update.updatable());
        join(installer.install(v11, List.of(update), progress));
        assertEquals(List.of(new InstalledPlugin("org.openjolo.test.focuser.feature", "Test focuser", "1.1.0")), installer.installed());
        assertEquals(List.of("1.1.0"), installation.installedVersions("org.openjolo.test.focuser"), "the update replaces the old version");
        assertFalse(installation.startBundles().contains("org.openjolo.test.focuser_1.0.0"));
        assertTrue(installation.startBundles().contains("org.openjolo.test.focuser_1.1.0"));

        join(installer.uninstall(installer.installed(), progress));
        assertEquals(List.of(), installer.installed());
        assertEquals(List.of(), installation.installedVersions("org.openjolo.test.focuser"));
        assertEquals(List.of("org.openjolo.test.base_1.0.0"), installation.startBundles());
    }

    @Test
    void aPluginThatNeedsWhatTheWorkbenchLacksIsRefusedAndNothingChanges() throws Exception {
        URI good = site("good", V1);
        join(installer.install(good, join(installer.browse(good, progress)), progress));
        List<String> before = installation.startBundles();
        URI bad = site("bad", new Plugin(OTHER.featureId(), OTHER.featureName(), OTHER.bundleId(), OTHER.version(), List.of("org.nowhere.missing")));
        ExecutionException e = assertThrows(ExecutionException.class, () -> join(installer.install(bad, join(installer.browse(bad, progress)), progress)));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getCause().getMessage().startsWith("Cannot install org.openjolo.test.heater.feature"), e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains("org.nowhere.missing"), e.getCause().getMessage());
        assertEquals(List.of(new InstalledPlugin("org.openjolo.test.focuser.feature", "Test focuser", "1.0.0")), installer.installed());
        assertEquals(before, installation.startBundles());
    }

    @Test
    void aFolderThatIsNoUpdateSiteSaysSo() throws Exception {
        URI empty = installer.site(Files.createDirectories(dir.resolve("empty")).toString());
        ExecutionException e = assertThrows(ExecutionException.class, () -> join(installer.browse(empty, progress)));
        assertTrue(e.getCause().getMessage().startsWith("Cannot read the update site " + empty), e.getCause().getMessage());
        assertEquals(List.of(), installer.installed());
    }
}
