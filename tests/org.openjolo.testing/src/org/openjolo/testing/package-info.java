/** Helpers shared by the test fragments: OSGi service look-up, waiting for a condition, a manual clock. */
package org.openjolo.testing;
