/**
 * Alerts and observatory safety (no SWT): rules with an OK range and a warning band over any telemetry value,
 * the makers' default environment limits, and the safe/unsafe state with its hold-off.
 */
package org.openjolo.alerts;
