/**
 * The AstroLink 4 mini (first model, 2019) device family: the first-generation astrojolo driver and virtual
 * device ({@code org.openjolo.astrojolo.gen1}) with the mini's parts (stepper and DC focuser, three 12 V
 * outputs, two PWM outputs, two sensors, power monitor), registered as a {@link org.openjolo.core.DeviceFamily}
 * service with the id {@link org.openjolo.astrolink4mini.AstroLink4Mini#FAMILY_ID}. The wire protocol is in
 * {@code docs/protocol/astrolink4-mini.md}. Nothing in the workbench imports this bundle.
 */
package org.openjolo.astrolink4mini;
