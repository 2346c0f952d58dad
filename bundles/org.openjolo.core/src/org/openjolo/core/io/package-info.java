/**
 * What a family's driver uses to talk to its device: a {@link org.openjolo.core.io.DeviceConnection} owned
 * by one I/O worker thread per device, which runs the driver's {@link org.openjolo.core.io.SessionHandler}
 * (handshake after every (re)connect, polling) and queued {@link org.openjolo.core.io.IoTask commands}. The
 * worker counts failed polls, declares the device LOST, reconnects with back-off, and never lets an exception
 * escape. {@link org.openjolo.core.io.ConnectedDevice} is the base class most drivers extend.
 */
package org.openjolo.core.io;
