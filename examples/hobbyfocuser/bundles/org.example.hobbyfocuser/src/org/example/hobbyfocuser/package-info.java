/**
 * An example device plugin for OpenJolo Workbench, written as a third party would write it: a home-made
 * Arduino focuser with a tiny line protocol ({@code docs/plugin-guide.md} walks through it). It uses only the
 * exported API of {@code org.openjolo.core} and {@code org.openjolo.transport}.
 */
package org.example.hobbyfocuser;
