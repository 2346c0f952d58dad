package org.openjolo.core.io;

import org.openjolo.core.Device;

/**
 * What a family's {@link org.openjolo.core.DeviceFamily#open} returns: the device the workbench works with and
 * the session its I/O worker runs (handshake, then polls). The registry starts the session itself, so no
 * family can forget to. {@link ConnectedDevice} is the usual base class.
 */
public interface DeviceDriver extends Device, SessionHandler {
}
