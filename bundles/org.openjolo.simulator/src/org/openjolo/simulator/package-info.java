/**
 * Hosts a family's {@link org.openjolo.core.spi.VirtualDevice} so drivers and other programs can use it like
 * hardware: in memory (fast unit tests), on a Unix pseudo-terminal that jSerialComm opens like a USB port, or
 * on a TCP port. Replies are paced at the family's baud rate unless asked otherwise, and
 * {@link org.openjolo.simulator.LinkFaults} injects the faults a real link produces.
 */
package org.openjolo.simulator;
