/**
 * The AstroLink 4 MAX device family: the second-generation astrojolo driver and virtual device
 * ({@code org.openjolo.astrojolo.gen2}) with the MAX's parts (one stepper focuser, three 12 V outputs, two PWM
 * outputs, the regulated 3–10 V output, two sensors, sky temperature and brightness, power monitor), registered
 * as a {@link org.openjolo.core.DeviceFamily} service with the id
 * {@link org.openjolo.astrolink4max.AstroLink4Max#FAMILY_ID}. The wire protocol is the mini II's with the deltas
 * of {@code docs/protocol/astrolink4-max.md}; the choices are in {@code docs/astrolink4-max-implementation.md}.
 * Nothing in the workbench imports this bundle.
 */
package org.openjolo.astrolink4max;
