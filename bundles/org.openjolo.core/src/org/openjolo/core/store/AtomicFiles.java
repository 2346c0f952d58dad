package org.openjolo.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes that never leave a half-written file (temporary file + rename), and the one way to keep a corrupt file
 * for the operator instead of silently replacing it.
 */
public final class AtomicFiles {

    /** What a kept file's name has between the original name and the time it was kept. */
    public static final String KEPT_MARK = ".corrupt-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String KEPT_AS = "it was kept as ";
    // lazy up to the stamp: a path may hold spaces (C:\Users\Jane Doe\...)
    private static final Pattern KEPT_IN_TEXT = Pattern.compile("kept as (.+?" + Pattern.quote(KEPT_MARK) + "\\d{8}-\\d{6}(?:-\\d+)?)");

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8) atomically, creating parent folders. */
    public static void writeString(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a file written by {@link #writeString}: UTF-8, strictly, because a file that is not UTF-8 was not
     * written by the workbench (or was damaged), and decoding it leniently would hide that.
     *
     * @throws IOException when it cannot be read, or with a message such as "it is not UTF-8 text (byte 17)"
     */
    public static String readString(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IOException("it is not UTF-8 text (byte " + (in.position() + 1) + " of " + bytes.length + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * A file name any file system accepts for a key such as {@code astrolink4@serial:/dev/ttyUSB0}: readable,
     * and distinct per key (a hash of the key is appended).
     */
    public static String safeName(String key) {
        String readable = key.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (readable.length() > 80) {
            readable = readable.substring(0, 80);
        }
        return readable + "-" + Integer.toHexString(key.hashCode());
    }

    /**
     * Moves an unreadable file aside and says so for the operator's message: "it was kept as …", or why even
     * that failed. For loaders that go on with defaults.
     */
    public static String keepAside(Path file) {
        try {
            return KEPT_AS + setAside(file);
        } catch (IOException e) {
            return "it could not even be moved aside (" + e.getMessage() + ")";
        }
    }

    /**
     * Moves an unreadable file aside and returns the one warning to log, in the words every loader uses: "The
     * chart settings /…/charts.json could not be read (it is empty); it was kept as /…/charts.json.corrupt-…;
     * defaults are used." The workbench finds the files kept at start in the log by these words
     * ({@link #keptAside(Collection)}).
     *
     * @param what    what the file holds, e.g. "The chart settings"
     * @param problem what is wrong with it, e.g. "it is not valid JSON at line 1 column 7"
     * @param outcome what happens instead, e.g. "defaults are used"
     */
    public static String keepAside(Path file, String what, String problem, String outcome) {
        return what + " " + file + " could not be read (" + problem + "); " + keepAside(file) + "; " + outcome + ".";
    }

    /**
     * Moves an unreadable file aside as {@code name.corrupt-<timestamp>} and returns the new path, so the
     * operator can inspect it and defaults can be used. A file kept earlier in the same second is not replaced:
     * the name gets {@code -2}, {@code -3}, ...
     */
    public static Path setAside(Path file) throws IOException {
        String base = file.getFileName() + KEPT_MARK + LocalDateTime.now().format(STAMP);
        for (int n = 1;; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                if (n > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * The kept files that {@code lines} (of the application log, say) tell of, as {@link #keepAside} words them,
     * each once, in the order first told.
     */
    public static List<Path> keptAside(Collection<String> lines) {
        List<Path> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher m = KEPT_IN_TEXT.matcher(line);
            while (m.find()) {
                try {
                    Path p = Path.of(m.group(1));
                    if (!kept.contains(p)) {
                        kept.add(p);
                    }
                } catch (InvalidPathException e) {
                    // words that only look like our message, e.g. a device's reply quoted in a warning
                }
            }
        }
        return kept;
    }

    /** The name a kept file had before it was kept: {@code charts.json} for {@code charts.json.corrupt-…}. */
    public static Path original(Path kept) {
        String name = kept.getFileName().toString();
        int mark = name.lastIndexOf(KEPT_MARK);
        return mark < 0 ? kept : kept.resolveSibling(name.substring(0, mark));
    }
}
