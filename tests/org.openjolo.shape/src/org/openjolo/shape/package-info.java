/**
 * A device family no real device has the shape of (test code: in no feature, on no update site) — two stepper focusers, four PWM outputs, a weather sensor
 * with pressure, a roof with a mode channel of its own capability — written only here, to prove that the
 * workbench is built from what a device describes: parts, chart views, CSV columns, alert rules, Alpaca
 * devices and settings checks follow with no edit outside this bundle.
 */
package org.openjolo.shape;
