package org.openjolo.install;

/**
 * A feature installed into the workbench by a user (not part of the product itself).
 *
 * @param id      the feature's id
 * @param name    its name for people
 * @param version the installed version
 */
public record InstalledPlugin(String id, String name, String version) {
}
