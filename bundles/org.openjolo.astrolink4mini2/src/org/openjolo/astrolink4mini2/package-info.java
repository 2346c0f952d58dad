/**
 * The AstroLink 4 mini II device family: the second-generation astrojolo driver and virtual device
 * ({@code org.openjolo.astrojolo.gen2}) with the mini II's parts (two stepper focusers, three 12 V outputs, two
 * PWM outputs, the regulated 3–10 V output, two sensors, sky temperature and brightness, power monitor),
 * registered as a {@link org.openjolo.core.DeviceFamily} service with the id
 * {@link org.openjolo.astrolink4mini2.AstroLink4Mini2#FAMILY_ID}. The wire protocol is in
 * {@code docs/protocol/astrolink4-mini2.md}. Nothing in the workbench imports this bundle.
 */
package org.openjolo.astrolink4mini2;
