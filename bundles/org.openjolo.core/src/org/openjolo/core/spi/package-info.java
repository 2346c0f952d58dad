/**
 * Service-provider interfaces for family authors that are not part of the everyday device API: the
 * {@link org.openjolo.core.spi.VirtualDevice} a family provides so the simulator can host it.
 */
package org.openjolo.core.spi;
