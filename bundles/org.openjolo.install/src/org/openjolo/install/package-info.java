/**
 * Installing, updating and removing device plugins from p2 update sites: the
 * {@link org.openjolo.install.PluginInstaller} service (over the p2 operations API, on the running product's
 * profile) that the "Install Device Plugins…" dialog uses. Changes take effect when the workbench restarts.
 */
package org.openjolo.install;
