package org.openjolo.testing.p2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.openjolo.testing.Services;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * A throw-away installation: its own p2 agent (data area) and profile, installing into its own folder, so a
 * test installs and removes plugins for real without touching the running test runtime.
 */
public final class TestInstallation implements AutoCloseable {

    /** The profile's id. */
    public static final String PROFILE = "OpenJoloTest";

    private final IProvisioningAgent agent;
    private final Path folder;

    private TestInstallation(IProvisioningAgent agent, Path folder) {
        this.agent = agent;
        this.folder = folder;
    }

    /** A new, nearly empty installation under {@code dir}. */
    public static TestInstallation create(Path dir) {
        return create(dir, null);
    }

    /**
     * A new installation under {@code dir} holding the features {@code features} of the update site
     * {@code from} (or nothing but a base bundle when {@code from} is null): given OpenJolo's own site and
     * {@code org.openjolo.core.feature}, it is a workbench that plugins written against OpenJolo install into.
     */
    public static TestInstallation create(Path dir, URI from, String... features) {
        try {
            Bundle core = FrameworkUtil.getBundle(IProvisioningAgent.class);
            if (core.getState() != Bundle.ACTIVE) {
                core.start(Bundle.START_TRANSIENT);
            }
            Path folder = Files.createDirectories(dir.resolve("install"));
            IProvisioningAgent agent = Services.await(IProvisioningAgentProvider.class).createAgent(dir.resolve("p2").toUri());
            agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(
                    IProfile.PROP_INSTALL_FOLDER, folder.toString(),
                    IProfile.PROP_CACHE, folder.toString(),
                    IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64",
                    // as in a product: features are installed as such, not only their bundles
                    "org.eclipse.update.install.features", "true"));
            TestInstallation installation = new TestInstallation(agent, folder);
            installation.installBase(dir.resolve("defaults"), from, features);
            return installation;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProvisionException | BundleException e) {
            throw new AssertionError("cannot create a p2 test installation under " + dir, e);
        }
    }

    private void installBase(Path defaultsSite, URI from, String... features) throws ProvisionException {
        URI defaults = UpdateSites.publishDefaults(agent, defaultsSite);
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        Set<IInstallableUnit> roots = new HashSet<>(manager.loadRepository(defaults, null).query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet());
        List<URI> sites = new ArrayList<>(List.of(defaults));
        if (from != null) {
            IMetadataRepository repo = manager.loadRepository(from, null);
            for (String f : features) {
                var found = repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(f + ".feature.group")), null).toUnmodifiableSet();
                if (found.isEmpty()) {
                    throw new AssertionError(from + " has no feature " + f);
                }
                roots.addAll(found);
            }
            sites.add(from);
        }
        InstallOperation op = new InstallOperation(new ProvisioningSession(agent), roots);
        op.setProfileId(PROFILE);
        op.getProvisioningContext().setMetadataRepositories(sites.toArray(URI[]::new));
        op.getProvisioningContext().setArtifactRepositories(sites.toArray(URI[]::new));
        IStatus resolved = op.resolveModal(new NullProgressMonitor());
        IStatus done = resolved.getSeverity() == IStatus.ERROR ? resolved : op.getProvisioningJob(null).runModal(new NullProgressMonitor());
        if (done.getSeverity() == IStatus.ERROR) {
            throw new AssertionError("cannot install the base of the test installation: " + op.getResolutionDetails() + " " + text(done));
        }
    }

    private static String text(IStatus s) {
        StringBuilder b = new StringBuilder(s.getMessage());
        if (s.getException() != null) {
            b.append(" (").append(s.getException()).append(')');
        }
        for (IStatus c : s.getChildren()) {
            b.append("; ").append(text(c));
        }
        return b.toString();
    }

    /** Its provisioning agent. */
    public IProvisioningAgent agent() {
        return agent;
    }

    /** The folder plugins are installed into. */
    public Path folder() {
        return folder;
    }

    /** The ids and versions of the installable units the profile now has with {@code id}. */
    public List<String> installedVersions(String id) {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
        return profile.query(QueryUtil.createIUQuery(id), null).stream().map(IInstallableUnit::getVersion).map(Object::toString).sorted().toList();
    }

    /**
     * The bundles the installation starts with next time, as {@code symbolicName_version} from the jar names
     * p2 put in its start configuration. A product keeps them in simpleconfigurator's bundles.info; this bare
     * installation has no simpleconfigurator, so p2 writes them to config.ini's {@code osgi.bundles}.
     */
    public List<String> startBundles() {
        Path ini = folder.resolve("configuration/config.ini");
        try {
            if (!Files.exists(ini)) {
                return List.of();
            }
            Properties p = new Properties();
            try (var in = Files.newInputStream(ini)) {
                p.load(in);
            }
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("plugins/([^/,@]+)\\.jar").matcher(p.getProperty("osgi.bundles", ""));
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        agent.stop();
    }
}
