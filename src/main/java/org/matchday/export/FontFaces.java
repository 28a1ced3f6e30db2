package org.matchday.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One parsed set of the bundled fonts, used by one thread at a time, and the rule that picks, per character,
 * the face that has a glyph for it. Embedding it in a document subsets each face to the glyphs drawn.
 */
public final class FontFaces implements AutoCloseable {

    enum Face {
        REGULAR,
        BOLD,
        CJK,
        /** No face has the character: it is drawn as a question mark. */
        NONE
    }

    private static final Face[] FACES = Face.values();
    private static final int BMP = 0x10000;

    private final FontLibrary library;
    private final TrueTypeFont[] fonts;
    private final CmapLookup[] maps;
    private final float[] emScale;
    /** Face chosen per BMP character, plain and bold, as ordinal + 1 (0: not decided yet). */
    private final byte[] plainRoutes = new byte[BMP];
    private final byte[] boldRoutes = new byte[BMP];
    private final Map<Integer, Face> plainRare = new HashMap<>();
    private final Map<Integer, Face> boldRare = new HashMap<>();
    /** Advance widths in thousandths of an em per face and BMP character (NaN: not read yet). */
    private final float[][] widths = new float[3][];

    /** {@code library} null: the set is not pooled, closing it releases it. */
    FontFaces(FontLibrary library, byte[] regularFile, byte[] boldFile, byte[] cjkFile) throws IOException {
        this.library = library;
        this.fonts = new TrueTypeFont[] {parse(regularFile), parse(boldFile), parse(cjkFile)};
        this.maps = new CmapLookup[3];
        this.emScale = new float[3];
        for (int f = 0; f < 3; f++) {
            maps[f] = fonts[f].getUnicodeCmapLookup();
            emScale[f] = 1000f / fonts[f].getUnitsPerEm();
            widths[f] = new float[BMP];
            Arrays.fill(widths[f], Float.NaN);
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        // Names need no ligatures or contextual forms, and applying GSUB rules took half the time of a page.
        font.setEnableGsub(false);
        return font;
    }

    /** Fonts for one document: the faces are embedded as subsets when the document is saved. */
    public DocumentFonts embedIn(PDDocument document) throws IOException {
        // The document must not close the shared faces: they outlive it in the pool.
        return new DocumentFonts(this, PDType0Font.load(document, fonts[0], true),
                PDType0Font.load(document, fonts[1], true), PDType0Font.load(document, fonts[2], true));
    }

    /**
     * A set holding only the glyphs of {@code codePoints}: embedding a font of a few hundred glyphs in a
     * document costs far less than one of tens of thousands, which counts when an export makes thousands of
     * documents. Characters outside the set print as question marks.
     */
    FontFaces cutTo(Set<Integer> codePoints) throws IOException {
        Set<Integer> latin = new HashSet<>();
        Set<Integer> cjkOnly = new HashSet<>();
        for (int cp : codePoints) {
            if (maps[0].getGlyphId(cp) > 0 || maps[1].getGlyphId(cp) > 0) {
                latin.add(cp);
            } else {
                cjkOnly.add(cp);
            }
        }
        return new FontFaces(null, subset(fonts[0], latin), subset(fonts[1], latin), subset(fonts[2], cjkOnly));
    }

    private static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /** The face that draws {@code codePoint}: the Latin face of the wanted weight first, then the CJK one. */
    Face faceFor(int codePoint, boolean wantBold) {
        if (codePoint < BMP) {
            byte[] routes = wantBold ? boldRoutes : plainRoutes;
            if (routes[codePoint] == 0) {
                routes[codePoint] = (byte) (decide(codePoint, wantBold).ordinal() + 1);
            }
            return FACES[routes[codePoint] - 1];
        }
        return (wantBold ? boldRare : plainRare).computeIfAbsent(codePoint, cp -> decide(cp, wantBold));
    }

    private Face decide(int codePoint, boolean wantBold) {
        if (wantBold && maps[1].getGlyphId(codePoint) > 0) {
            return Face.BOLD;
        } else if (maps[0].getGlyphId(codePoint) > 0) {
            return Face.REGULAR;
        } else if (maps[2].getGlyphId(codePoint) > 0) {
            return Face.CJK;
        }
        return Face.NONE;
    }

    /**
     * Advance width of a character in thousandths of an em, read from the font's metrics (the same numbers
     * PDFBox writes into the document), which is much faster than asking PDFBox to encode and measure.
     */
    float advance(Face face, int codePoint) {
        int f = face.ordinal();
        if (codePoint < BMP && !Float.isNaN(widths[f][codePoint])) {
            return widths[f][codePoint];
        }
        try {
            float width = fonts[f].getAdvanceWidth(maps[f].getGlyphId(codePoint)) * emScale[f];
            if (codePoint < BMP) {
                widths[f][codePoint] = width;
            }
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metrics of the bundled fonts", e);
        }
    }

    @Override
    public void close() {
        if (library != null) {
            library.giveBack(this);
        } else {
            dispose();
        }
    }

    void dispose() {
        try {
            for (TrueTypeFont font : fonts) {
                font.close();
            }
        } catch (IOException e) {
            // Nothing to recover: the fonts read from memory only.
        }
    }
}
