package org.openjolo.notes.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.ObservingNight;
import org.openjolo.notes.Autosave;
import org.openjolo.notes.AutosaveListener;
import org.openjolo.notes.CorruptNotesException;
import org.openjolo.notes.Match;
import org.openjolo.notes.Notes;

/**
 * The notes as files, in plain Java (no OSGi types), so a test can run it in a child JVM with a plain class
 * path and kill that JVM.
 */
class NoteFiles implements Notes {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.txt");

    // a supplier: the instance location may be set after the service starts
    private final Supplier<Path> folder;
    private final Clock clock;

    NoteFiles(Supplier<Path> folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public LocalDate tonight() {
        return ObservingNight.of(ZonedDateTime.now(clock));
    }

    @Override
    public Path file(LocalDate night) {
        return folder.get().resolve(night + ".txt");
    }

    @Override
    public String read(LocalDate night) throws IOException {
        Path file = file(night);
        if (!Files.exists(file)) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Path aside;
            try {
                aside = AtomicFiles.setAside(file);
            } catch (IOException m) {
                throw new IOException("The notes of " + night + " in " + file + " are not UTF-8 text and could not be moved aside ("
                        + reason(m) + "): nothing is written there until the file is fixed or removed", m);
            }
            throw new CorruptNotesException(night, aside,
                    "The notes of " + night + " were not UTF-8 text; the file was kept as " + aside + " and the night starts empty", e);
        }
    }

    @Override
    public void write(LocalDate night, String text) throws IOException {
        Path file = file(night);
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new IOException("Could not save the notes of " + night + " to " + file + ": " + reason(e), e);
        }
    }

    @Override
    public List<LocalDate> nights() throws IOException {
        Path dir = folder.get();
        List<LocalDate> nights = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return nights;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        nights.add(LocalDate.parse(m.group(1)));
                    } catch (DateTimeParseException e) {
                        // a name like 2026-13-40.txt is not a night of ours; the file is left alone
                    }
                }
            }
        }
        nights.sort(Comparator.reverseOrder());
        return nights;
    }

    @Override
    public List<Match> search(String text) throws IOException {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Match> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (LocalDate night : nights()) {
            // decoded leniently: searching must not move a corrupt file aside behind the operator's back
            String notes = new String(Files.readAllBytes(file(night)), StandardCharsets.UTF_8);
            String[] lines = notes.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].toLowerCase(Locale.ROOT).contains(needle)) {
                    found.add(new Match(night, i + 1, lines[i]));
                }
            }
        }
        return found;
    }

    @Override
    public Autosave autosave(LocalDate night, AutosaveListener listener) {
        return new DebouncedAutosave(night, this::write, listener, clock, Autosave.IDLE_MS, Autosave.LATEST_MS);
    }

    /** Why a file operation failed, in words: some exceptions' message is only the path. */
    private static String reason(IOException e) {
        String message = e.getMessage();
        return (message == null ? "" : message + " ") + "(" + e.getClass().getSimpleName() + ")";
    }
}
