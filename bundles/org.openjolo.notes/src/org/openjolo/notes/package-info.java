/**
 * The operator's session notes (no SWT): one UTF-8 text file per night under the instance location's
 * {@code notes/} folder, written atomically, listed newest first and searchable; and the autosaver that writes
 * what is typed shortly after each change, so a killed workbench loses at most the last second.
 */
package org.openjolo.notes;
