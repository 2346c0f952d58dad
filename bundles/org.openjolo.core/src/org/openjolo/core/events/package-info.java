/** Event Admin topic constants shared by all bundles. */
package org.openjolo.core.events;
