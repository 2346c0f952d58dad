/**
 * The astrojolo FocuserOne device family (a stand-alone stepper focuser controller with an optional
 * temperature/humidity sensor), in its two firmware generations: v2 ({@link org.openjolo.focuserone.FocuserOne#FAMILY_ID})
 * and v1 ({@link org.openjolo.focuserone.FocuserOne#FAMILY_ID_V1}), each registered as a
 * {@link org.openjolo.core.DeviceFamily} service with its own driver and virtual device (all internal). Both
 * answer the same identify request; the status line tells them apart. The wire protocol is documented in
 * {@code docs/protocol/focuserone.md}, the choices in {@code docs/focuserone-implementation.md}. Nothing in the
 * workbench imports this bundle: it is found through its services.
 */
package org.openjolo.focuserone;
