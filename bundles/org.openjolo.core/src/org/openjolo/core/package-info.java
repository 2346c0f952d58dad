/**
 * The device API every other bundle works against: {@link org.openjolo.core.DeviceFamily} (the plug-in point
 * for a device family, registered as an OSGi service), {@link org.openjolo.core.Device} with its optional
 * capabilities, immutable {@link org.openjolo.core.Telemetry} snapshots, connection states, readable
 * {@link org.openjolo.core.DeviceException}s, and the {@link org.openjolo.core.DeviceRegistry} service that
 * connects devices. See {@code docs/plugin-authors.md}.
 */
package org.openjolo.core;
