/**
 * p2 fixtures for installer tests: update sites published at test time (a plugin bundle and its feature, as a
 * folder or a zip) and a throw-away installation with its own provisioning agent and profile.
 */
package org.openjolo.testing.p2;
