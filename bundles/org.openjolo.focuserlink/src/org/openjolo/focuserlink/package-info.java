/**
 * The astrojolo FocuserLink device family (a geared stepper focuser with an optional temperature/humidity
 * sensor): protocol codec, driver and virtual device (all internal), registered as a
 * {@link org.openjolo.core.DeviceFamily} service with the id {@link org.openjolo.focuserlink.FocuserLink#FAMILY_ID}.
 * The wire protocol is documented in {@code docs/protocol/focuserlink.md}. Nothing in the workbench imports
 * this bundle: it is found through its service.
 */
package org.openjolo.focuserlink;
