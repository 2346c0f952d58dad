/**
 * The ASCOM Alpaca server: the connected devices served over the Alpaca REST API (Focuser, Switch,
 * ObservingConditions, SafetyMonitor), its settings and what it serves.
 */
package org.openjolo.alpaca;
