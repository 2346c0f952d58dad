/**
 * The AstroLink 4 micro device family: the second-generation astrojolo driver and virtual device
 * ({@code org.openjolo.astrojolo.gen2}) with the micro's parts (one stepper focuser stopped by a bare {@code H},
 * three 12 V outputs, two PWM outputs, two sensors, sky temperature and brightness, power monitor; no regulated
 * output), registered as a {@link org.openjolo.core.DeviceFamily} service with the id
 * {@link org.openjolo.astrolink4micro.AstroLink4Micro#FAMILY_ID}. The wire protocol is the mini II's with the deltas
 * of {@code docs/protocol/astrolink4-micro.md}; the choices are in {@code docs/astrolink4-micro-implementation.md}.
 * Nothing in the workbench imports this bundle.
 */
package org.openjolo.astrolink4micro;
