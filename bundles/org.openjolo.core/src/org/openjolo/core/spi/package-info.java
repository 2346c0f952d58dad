/**
 * Service-provider interfaces for family authors that are not part of the everyday device API: the
 * {@link org.openjolo.core.spi.VirtualDevice} a family provides so the simulator can host it, and the models
 * virtual devices share ({@link org.openjolo.core.spi.StepperModel}, {@link org.openjolo.core.spi.DeviceClock},
 * {@link org.openjolo.core.spi.CompensationModel}, {@link org.openjolo.core.spi.DewPoint}).
 */
package org.openjolo.core.spi;
