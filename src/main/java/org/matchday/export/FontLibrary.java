package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The fonts PDF exports embed, read once from the class path. Parsing them costs about 100 ms, so parsed sets
 * ({@link FontFaces}) are pooled: each export borrows one for its whole run and gives it back when done.
 */
@ApplicationScoped
public class FontLibrary {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    static final String CJK = "fonts/DroidSansFallbackFull.ttf";

    /** Enough for the exports that run at once on a small server; more are parsed on demand and dropped. */
    private static final int MAX_IDLE = 4;

    private final ConcurrentLinkedQueue<FontFaces> idle = new ConcurrentLinkedQueue<>();
    private volatile byte[][] files;

    /** A parsed set for the caller's thread alone; close it to give it back. */
    public FontFaces borrow() {
        FontFaces faces = idle.poll();
        if (faces != null) {
            return faces;
        }
        byte[][] data = files();
        try {
            return new FontFaces(this, data[0], data[1], data[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the bundled fonts", e);
        }
    }

    /**
     * Faces cut down to the characters an export will print, for exports that make many documents (see
     * {@link FontFaces#cutTo}); ASCII, Latin-1 and common punctuation are always kept. Close it when done.
     */
    public FontFaces subsetFor(IntStream codePoints) {
        Set<Integer> wanted = new HashSet<>();
        IntStream.rangeClosed(0x20, 0x7E).forEach(wanted::add);
        IntStream.rangeClosed(0xA0, 0x17F).forEach(wanted::add);
        IntStream.rangeClosed(0x2010, 0x2027).forEach(wanted::add);
        codePoints.forEach(wanted::add);
        try (FontFaces full = borrow()) {
            return full.cutTo(wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut the bundled fonts down", e);
        }
    }

    void giveBack(FontFaces faces) {
        if (idle.size() < MAX_IDLE) {
            idle.offer(faces);
        } else {
            faces.dispose();
        }
    }

    private byte[][] files() {
        byte[][] data = files;
        if (data == null) {
            synchronized (this) {
                data = files;
                if (data == null) {
                    data = new byte[][] {read(REGULAR), read(BOLD), read(CJK)};
                    files = data;
                }
            }
        }
        return data;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}
