/**
 * Helpers shared by the test fragments, OpenJolo's own and device plugins' (the update site's feature
 * {@code org.openjolo.testing.feature}, "OpenJolo test kit for plugin authors"): OSGi service look-up, waiting for
 * a condition, a manual clock, and the fuzz tests' seeded generator ({@link org.openjolo.testing.Fuzz}) with its
 * driver harness ({@link org.openjolo.testing.DriverFuzz}). API like the core's (docs/api-policy.md).
 */
package org.openjolo.testing;
