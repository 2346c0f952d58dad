package org.openjolo.testing.p2;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.actions.JREAction;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.DefaultCUsAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Publishes small update sites the way a plugin author's build does (a bundle, the feature that includes it),
 * with p2's own publisher, so installer tests need no network and no prebuilt files.
 */
public final class UpdateSites {

    /** The bundle a test installation starts with, standing for the product's own. */
    public static final String BASE_BUNDLE = "org.openjolo.test.base";

    private UpdateSites() {
    }

    /** One plugin bundle wrapped in one feature. */
    public record Plugin(String featureId, String featureName, String bundleId, String version, List<String> requiredPackages) {

        /** A plugin with no imports. */
        public Plugin(String featureId, String featureName, String bundleId, String version) {
            this(featureId, featureName, bundleId, version, List.of());
        }
    }

    /** Publishes {@code plugins} into a new site folder {@code site} and returns its URI. */
    public static URI publish(IProvisioningAgent agent, Path site, Plugin... plugins) {
        try {
            Path sources = Files.createTempDirectory("openjolo-site-src");
            File[] bundles = new File[plugins.length];
            File[] features = new File[plugins.length];
            for (int i = 0; i < plugins.length; i++) {
                bundles[i] = bundleJar(sources, plugins[i]).toFile();
                features[i] = featureFolder(sources, plugins[i]).toFile();
            }
            return publish(agent, site, "Test site", info -> new IPublisherAction[] {new BundlesAction(bundles), new FeaturesAction(features)});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProvisionException e) {
            throw new AssertionError("cannot create the test site " + site, e);
        }
    }

    /**
     * Publishes into {@code site} the configuration units that tell p2 to add every installed bundle to the
     * installation's start configuration, as a product carries them ({@code tooling.osgi.bundle.default}), the
     * execution environments of the running Java that bundles may require, and a
     * base bundle for them to configure; returns its URI.
     */
    public static URI publishDefaults(IProvisioningAgent agent, Path site) {
        try {
            // the units configure bundles, so p2 installs them only together with one: the installation's own
            File base = bundleJar(Files.createTempDirectory("openjolo-base"), new Plugin("none", "Base", BASE_BUNDLE, "1.0.0")).toFile();
            URI uri = publish(agent, site, "Defaults", info -> new IPublisherAction[] {new DefaultCUsAction(info, "tooling", 4, false), new BundlesAction(new File[] {base})});
            agent.getService(IMetadataRepositoryManager.class).loadRepository(uri, null).addInstallableUnits(List.of(JREAction.createJREIU()));
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProvisionException e) {
            throw new AssertionError("cannot create the defaults site " + site, e);
        }
    }

    private static URI publish(IProvisioningAgent agent, Path site, String name, Function<IPublisherInfo, IPublisherAction[]> actions)
            throws ProvisionException {
        URI uri = site.toUri();
        PublisherInfo info = new PublisherInfo();
        info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
        info.setMetadataRepository(Publisher.createMetadataRepository(agent, uri, name, false, false));
        info.setArtifactRepository(Publisher.createArtifactRepository(agent, uri, name, false));
        IStatus status = new Publisher(info).publish(actions.apply(info), new NullProgressMonitor());
        if (status.getSeverity() == IStatus.ERROR) {
            throw new AssertionError("publishing " + name + " into " + site + " failed: " + status);
        }
        return uri;
    }

    /** The site folder zipped as a plugin author ships it; returns the zip. */
    public static Path zip(Path site, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(site.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path bundleJar(Path dir, Plugin p) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", p.bundleId());
        a.putValue("Bundle-Version", p.version());
        a.putValue("Bundle-Name", p.featureName());
        if (!p.requiredPackages().isEmpty()) {
            a.putValue("Import-Package", String.join(",", p.requiredPackages()));
        }
        Path jar = dir.resolve(p.bundleId() + "_" + p.version() + ".jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write(("test plugin " + p.bundleId() + " " + p.version()).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Path featureFolder(Path dir, Plugin p) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(p.featureId() + "_" + p.version()));
        Files.writeString(folder.resolve("feature.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s" label="%s" version="%s" provider-name="Test">
                   <plugin id="%s" version="%s" unpack="false"/>
                </feature>
                """.formatted(p.featureId(), p.featureName(), p.version(), p.bundleId(), p.version()));
        return folder;
    }
}
