package org.openjolo.core;

/**
 * Marker for a function a device offers (focuser, outputs, sensors...). UIs and the Alpaca server ask a
 * {@link Device} for the capabilities they handle and ignore the rest.
 */
public interface Capability {
}
