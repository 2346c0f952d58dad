package org.openjolo.notes;

import java.time.LocalDate;

/**
 * A line of the notes that a search found.
 *
 * @param night the night it was written
 * @param line  its line number, from 1
 * @param text  the whole line
 */
public record Match(LocalDate night, int line, String text) {
}
