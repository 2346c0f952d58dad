/**
 * What a device says it has: {@link org.openjolo.core.description.DeviceDescription} lists its capability
 * instances ({@link org.openjolo.core.description.CapabilityDescription}: focuser 1 and focuser 2, sensor 1…),
 * each with its telemetry {@link org.openjolo.core.description.Channel channels} and its settings, every number
 * with its one {@link org.openjolo.core.description.Limit}. The workbench's parts, charts, CSV logs, alert
 * rules and the Alpaca server are built by looping over these, so a family whose device has another shape
 * needs no edit anywhere else. {@link org.openjolo.core.description.StandardCapabilities} describes the common
 * shapes in one call each.
 */
package org.openjolo.core.description;
