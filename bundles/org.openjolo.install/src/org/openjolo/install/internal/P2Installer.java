package org.openjolo.install.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.openjolo.install.InstalledPlugin;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.openjolo.install.PluginInstaller;
import org.openjolo.install.PluginOffer;

/**
 * {@link PluginInstaller} over the p2 operations API, on one provisioning agent and profile: as a DS component
 * the running product's (the agent p2 registers as current, profile {@code SELF}); a test's own otherwise.
 */
@Component(service = PluginInstaller.class)
public final class P2Installer implements PluginInstaller {

    private static final String GROUP_SUFFIX = ".feature.group";

    private final Supplier<IProvisioningAgent> agent;
    private final String profileId;

    /** The running product's installation. */
    @Activate
    public P2Installer(BundleContext context) {
        this(() -> currentAgent(context), IProfileRegistry.SELF);
    }

    /** The installation of {@code agent}'s profile {@code profileId} (tests make their own). */
    public P2Installer(IProvisioningAgent agent, String profileId) {
        this(() -> agent, profileId);
    }

    private P2Installer(Supplier<IProvisioningAgent> agent, String profileId) {
        this.agent = agent;
        this.profileId = profileId;
    }

    /**
     * The agent p2 registers for the running installation. p2's core bundle registers it when it starts, and
     * nothing in a product without the p2 UI starts that bundle, so it is started here on first use.
     */
    private static IProvisioningAgent currentAgent(BundleContext context) {
        Bundle core = FrameworkUtil.getBundle(IProvisioningAgent.class);
        try {
            if (core != null && core.getState() != Bundle.ACTIVE) {
                core.start(Bundle.START_TRANSIENT);
            }
            var refs = context.getServiceReferences(IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            if (!refs.isEmpty()) {
                IProvisioningAgent a = context.getService(refs.iterator().next());
                if (a != null) {
                    return a;
                }
            }
        } catch (BundleException | InvalidSyntaxException e) {
            throw new IllegalStateException("p2 could not be started, so plugins cannot be installed: " + e.getMessage(), e);
        }
        throw new IllegalStateException("This workbench was not started from an installed product (it has no p2 data area), so it cannot install plugins");
    }

    @Override
    public URI site(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Enter an update site: a web address, a folder or a .zip file");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("jar:")) {
            return URI.create(t);
        }
        Path p = lower.startsWith("file:") ? Path.of(URI.create(t)) : Path.of(t).toAbsolutePath();
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(p + " does not exist");
        }
        if (Files.isDirectory(p)) {
            return p.toUri();
        }
        if (lower.endsWith(".zip")) {
            return URI.create("jar:" + p.toUri() + "!/");
        }
        throw new IllegalArgumentException(p + " is neither a folder nor a .zip update site");
    }

    @Override
    public CompletableFuture<List<PluginOffer>> browse(URI site, BiConsumer<String, Integer> progress) {
        return CompletableFuture.supplyAsync(() -> {
            IProgressMonitor monitor = new Monitor("Reading " + site, progress);
            IMetadataRepository repo = load(site, monitor);
            // any installed feature counts, not only the user's: a site may offer one the product already has
            Map<String, String> installed = new TreeMap<>();
            for (IInstallableUnit iu : profile().query(QueryUtil.createIUGroupQuery(), monitor)) {
                installed.put(featureId(iu), iu.getVersion().toString());
            }
            List<PluginOffer> offers = new ArrayList<>();
            for (IInstallableUnit iu : repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)) {
                if (QueryUtil.isProduct(iu) || QueryUtil.isCategory(iu)) {
                    continue;
                }
                String id = featureId(iu);
                offers.add(new PluginOffer(id, name(iu), iu.getVersion().toString(), installed.get(id)));
            }
            offers.sort(Comparator.comparing(PluginOffer::id));
            monitor.done();
            return offers;
        });
    }

    @Override
    public List<InstalledPlugin> installed() {
        IProfile profile = profile();
        List<InstalledPlugin> out = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), null)) {
            if (QueryUtil.isGroup(iu) && !QueryUtil.isProduct(iu)) {
                out.add(new InstalledPlugin(featureId(iu), name(iu), iu.getVersion().toString()));
            }
        }
        out.sort(Comparator.comparing(InstalledPlugin::id));
        return out;
    }

    @Override
    public CompletableFuture<Void> install(URI site, List<PluginOffer> offers, BiConsumer<String, Integer> progress) {
        return CompletableFuture.runAsync(() -> {
            IProgressMonitor monitor = new Monitor("Installing", progress);
            IMetadataRepository repo = load(site, monitor);
            List<IInstallableUnit> ius = new ArrayList<>();
            for (PluginOffer o : offers) {
                var found = repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(o.id() + GROUP_SUFFIX)), monitor).toUnmodifiableSet();
                if (found.isEmpty()) {
                    throw new IllegalStateException(site + " does not offer " + o.id());
                }
                ius.addAll(found);
            }
            InstallOperation op = new InstallOperation(new ProvisioningSession(agent.get()), ius);
            op.getProvisioningContext().setMetadataRepositories(site);
            op.getProvisioningContext().setArtifactRepositories(site);
            run(op, "install " + String.join(", ", offers.stream().map(PluginOffer::id).toList()), monitor);
        });
    }

    @Override
    public CompletableFuture<Void> uninstall(List<InstalledPlugin> plugins, BiConsumer<String, Integer> progress) {
        return CompletableFuture.runAsync(() -> {
            IProgressMonitor monitor = new Monitor("Removing", progress);
            List<IInstallableUnit> ius = new ArrayList<>();
            for (InstalledPlugin p : plugins) {
                ius.addAll(profile().query(QueryUtil.createIUQuery(p.id() + GROUP_SUFFIX), monitor).toUnmodifiableSet());
            }
            if (ius.isEmpty()) {
                throw new IllegalStateException("None of these plugins is installed");
            }
            run(new UninstallOperation(new ProvisioningSession(agent.get()), ius), "remove " + plugins.stream().map(InstalledPlugin::id).toList(), monitor);
        });
    }

    private void run(ProfileChangeOperation op, String what, IProgressMonitor monitor) {
        op.setProfileId(profileId);
        IStatus resolved = op.resolveModal(monitor);
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL || !op.hasResolved()) {
            throw new IllegalStateException("Cannot " + what + ": " + describe(op.getResolutionResult() != null ? op.getResolutionResult() : resolved));
        }
        IStatus done = op.getProvisioningJob(monitor).runModal(monitor);
        if (!done.isOK() && done.getSeverity() != IStatus.INFO && done.getSeverity() != IStatus.WARNING) {
            throw new IllegalStateException("Could not " + what + ": " + describe(done));
        }
        monitor.done();
    }

    private IMetadataRepository load(URI site, IProgressMonitor monitor) {
        try {
            IArtifactRepositoryManager artifacts = agent.get().getService(IArtifactRepositoryManager.class);
            artifacts.loadRepository(site, monitor);
            return agent.get().getService(IMetadataRepositoryManager.class).loadRepository(site, monitor);
        } catch (ProvisionException e) {
            throw new IllegalStateException("Cannot read the update site " + site + ": " + e.getMessage(), e);
        }
    }

    private IProfile profile() {
        IProfile p = agent.get().getService(IProfileRegistry.class).getProfile(profileId);
        if (p == null) {
            throw new IllegalStateException("This workbench has no p2 profile '" + profileId + "': it cannot install plugins");
        }
        return p;
    }

    private static String featureId(IInstallableUnit iu) {
        String id = iu.getId();
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    private static String name(IInstallableUnit iu) {
        String n = iu.getProperty(IInstallableUnit.PROP_NAME, null);
        return n == null ? featureId(iu) : n;
    }

    /** The deepest message of a status tree, which is the one that says what is missing. */
    static String describe(IStatus s) {
        List<String> messages = new ArrayList<>();
        collect(s, messages);
        return String.join("; ", messages);
    }

    private static void collect(IStatus s, List<String> out) {
        if (s.isMultiStatus() && s.getChildren().length > 0) {
            for (IStatus c : s.getChildren()) {
                collect(c, out);
            }
        } else if (!s.isOK()) {
            out.add(s.getMessage());
        }
    }

    /** p2's progress, as (task, percent) for the dialog's progress bar. */
    private static final class Monitor extends NullProgressMonitor {
        private final BiConsumer<String, Integer> progress;
        private String task;
        private int total = 100;
        private double done;

        Monitor(String task, BiConsumer<String, Integer> progress) {
            this.task = task;
            this.progress = progress;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            if (name != null && !name.isBlank()) {
                task = name;
            }
            total = totalWork > 0 ? totalWork : 100;
            report();
        }

        @Override
        public void subTask(String name) {
            if (name != null && !name.isBlank()) {
                task = name;
                report();
            }
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            report();
        }

        @Override
        public void done() {
            done = total;
            report();
        }

        private void report() {
            progress.accept(task, (int) Math.min(100, Math.round(done * 100 / total)));
        }
    }
}
