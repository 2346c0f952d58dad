/**
 * Temperature compensation: the compensation calculator (least-squares fit of focuser position against
 * temperature, with fit quality and suspect points) and the points it works on, kept per device and filter.
 * No SWT: the UI is {@code org.openjolo.compensation.ui}.
 */
package org.openjolo.compensation;
