/**
 * Byte transport to a device: a line-framed request/reply channel over a serial port (jSerialComm) or a
 * raw TCP socket (network serial servers, the simulator's TCP host). Device families never open ports
 * themselves; the device registry obtains a {@link org.openjolo.transport.Transport} from the
 * {@link org.openjolo.transport.TransportFactory} service and hands it to the device's I/O worker.
 */
package org.openjolo.transport;
