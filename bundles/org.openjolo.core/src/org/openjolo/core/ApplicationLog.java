package org.openjolo.core;

/**
 * The workbench's log of warnings and errors, from its own code ({@link System.Logger} / java.util.logging) and
 * from the platform (the OSGi log): {@code logs/openjolo.log} in the instance location, rotated at 1 MB into five
 * parts. An OSGi service; Help &gt; Show Application Log shows it.
 */
public interface ApplicationLog extends DiagnosticLog {
}
