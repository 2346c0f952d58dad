/**
 * The AstroLink 4 USB device family: protocol codec, driver and virtual device (all internal), registered as
 * a {@link org.openjolo.core.DeviceFamily} service with the id {@link org.openjolo.astrolink4.AstroLink4#FAMILY_ID}.
 * The wire protocol is documented in {@code docs/protocol/astrolink4-usb.md}.
 */
package org.openjolo.astrolink4;
