/** Building blocks for parts that show a device: {@link org.openjolo.ui.parts.DevicePart}. */
package org.openjolo.ui.parts;
