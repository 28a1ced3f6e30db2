package org.matchday.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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

    private final FontLibrary library;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final TrueTypeFont cjk;
    private final CmapLookup regularMap;
    private final CmapLookup boldMap;
    private final CmapLookup cjkMap;
    private final Map<Integer, Face> plainRoutes = new HashMap<>();
    private final Map<Integer, Face> boldRoutes = new HashMap<>();

    FontFaces(FontLibrary library, byte[] regularFile, byte[] boldFile, byte[] cjkFile) throws IOException {
        this.library = library;
        this.regular = new TTFParser().parse(new RandomAccessReadBuffer(regularFile));
        this.bold = new TTFParser().parse(new RandomAccessReadBuffer(boldFile));
        this.cjk = new TTFParser().parse(new RandomAccessReadBuffer(cjkFile));
        this.regularMap = regular.getUnicodeCmapLookup();
        this.boldMap = bold.getUnicodeCmapLookup();
        this.cjkMap = cjk.getUnicodeCmapLookup();
    }

    /** Fonts for one document: the faces are embedded as subsets when the document is saved. */
    public DocumentFonts embedIn(PDDocument document) throws IOException {
        // The document must not close the shared faces: they outlive it in the pool.
        return new DocumentFonts(this, PDType0Font.load(document, regular, true),
                PDType0Font.load(document, bold, true), PDType0Font.load(document, cjk, true));
    }

    /** The face that draws {@code codePoint}: the Latin face of the wanted weight first, then the CJK one. */
    Face faceFor(int codePoint, boolean wantBold) {
        Map<Integer, Face> routes = wantBold ? boldRoutes : plainRoutes;
        Face face = routes.get(codePoint);
        if (face == null) {
            if (wantBold && boldMap.getGlyphId(codePoint) > 0) {
                face = Face.BOLD;
            } else if (regularMap.getGlyphId(codePoint) > 0) {
                face = Face.REGULAR;
            } else if (cjkMap.getGlyphId(codePoint) > 0) {
                face = Face.CJK;
            } else {
                face = Face.NONE;
            }
            routes.put(codePoint, face);
        }
        return face;
    }

    @Override
    public void close() {
        library.giveBack(this);
    }

    void dispose() {
        try {
            regular.close();
            bold.close();
            cjk.close();
        } catch (IOException e) {
            // Nothing to recover: the fonts read from memory only.
        }
    }
}
