package org.openjolo.install;

/**
 * A feature an update site offers, with what is installed of it.
 *
 * @param id               the feature's id ({@code org.example.hobbyfocuser.feature})
 * @param name             its name for people
 * @param version          the newest version the site has
 * @param installedVersion the version installed in the workbench, or null when it is not installed
 */
public record PluginOffer(String id, String name, String version, String installedVersion) {

    /** Whether some version of it is installed. */
    public boolean installed() {
        return installedVersion != null;
    }

    /** Whether the site has a different version than the installed one (an update). */
    public boolean updatable() {
        return installedVersion != null && !installedVersion.equals(version);
    }
}
