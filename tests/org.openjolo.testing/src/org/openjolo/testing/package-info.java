/**
 * Helpers shared by the test fragments: OSGi service look-up, waiting for a condition, a manual clock, and the
 * fuzz tests' seeded generator ({@link org.openjolo.testing.Fuzz}) with its driver harness
 * ({@link org.openjolo.testing.DriverFuzz}).
 */
package org.openjolo.testing;
