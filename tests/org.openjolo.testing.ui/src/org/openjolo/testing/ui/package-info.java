/** Starts the real workbench in a UI test and lets a test thread drive it. */
package org.openjolo.testing.ui;
