/**
 * Capability interfaces a {@link org.openjolo.core.Device} may offer. Each is optional; generic UI parts, the
 * Alpaca server, compensation and alerts work through these and never through a family's own classes. All
 * commands return futures that fail with {@link org.openjolo.core.DeviceException}; values are validated
 * before anything reaches the wire.
 */
package org.openjolo.core.capability;
