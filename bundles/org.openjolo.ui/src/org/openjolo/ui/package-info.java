/**
 * What device-family UI bundles share with the generic workbench UI: the context key of the active device,
 * the status-bar reporter, and the workbench's connection service (which also starts simulated devices).
 */
package org.openjolo.ui;
