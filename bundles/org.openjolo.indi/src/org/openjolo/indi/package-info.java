/**
 * The INDI server: the connected devices served over the INDI protocol (XML over TCP) to KStars/Ekos and other
 * INDI clients, its settings and who is connected.
 */
package org.openjolo.indi;
