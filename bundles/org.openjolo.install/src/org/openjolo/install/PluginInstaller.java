package org.openjolo.install;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.openjolo.install.internal.P2Installer;

/**
 * Installs, updates and removes device plugins in the running workbench from p2 update sites: a web address,
 * a local folder or a zip. Changes take effect after a restart. Every operation runs off the caller's thread,
 * reports progress as (task, percent) and fails with a message for people (the site cannot be read, a plugin
 * needs something the workbench lacks); a failed operation leaves the installation as it was.
 */
public interface PluginInstaller {

    /**
     * An installer for another installation than the running workbench: the profile {@code profileId} of
     * {@code agent} (a tool preparing an installation, a test). The workbench's own is the OSGi service.
     */
    static PluginInstaller of(IProvisioningAgent agent, String profileId) {
        return new P2Installer(agent, profileId);
    }

    /**
     * The site a person typed: an {@code http(s):} or {@code file:} URL, a folder, or a {@code .zip} file.
     *
     * @throws IllegalArgumentException with the reason when it is none of these or does not exist
     */
    URI site(String text);

    /** The features the site offers (newest version of each) and what is installed of them. */
    CompletableFuture<List<PluginOffer>> browse(URI site, BiConsumer<String, Integer> progress);

    /** The plugins installed by users. */
    List<InstalledPlugin> installed();

    /** Installs or updates the given offers of {@code site}. */
    CompletableFuture<Void> install(URI site, List<PluginOffer> offers, BiConsumer<String, Integer> progress);

    /** Removes the given plugins. */
    CompletableFuture<Void> uninstall(List<InstalledPlugin> plugins, BiConsumer<String, Integer> progress);
}
