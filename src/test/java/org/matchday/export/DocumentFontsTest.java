package org.matchday.export;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchday.export.FontFaces.Face;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFontsTest {

    private static final FontLibrary LIBRARY = new FontLibrary();
    private static FontFaces faces;
    private static PDDocument document;
    private static DocumentFonts fonts;

    @BeforeAll
    static void embed() throws IOException {
        faces = LIBRARY.borrow();
        document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        fonts = faces.embedIn(document);
    }

    @AfterAll
    static void release() throws IOException {
        document.close();
        faces.close();
    }

    @Test
    void eachCharacterGoesToAFaceThatHasIt() {
        assertEquals(Face.REGULAR, faces.faceFor('ä', false));
        assertEquals(Face.BOLD, faces.faceFor('Å', true));
        assertEquals(Face.REGULAR, faces.faceFor('ř', false));
        assertEquals(Face.CJK, faces.faceFor('總', false));
        assertEquals(Face.CJK, faces.faceFor('會', true));
        assertEquals(Face.NONE, faces.faceFor(0xE000, false));
    }

    @Test
    void chineseWithoutSpacesWrapsBetweenCharacters() {
        String organisation = "台灣區機械工業同業公會中華民國全國工業總會工業技術研究院";
        List<String> lines = fonts.wrap(organisation, false, 10, 80, 5);
        assertTrue(lines.size() > 1);
        assertEquals(organisation, String.join("", lines));
        for (String line : lines) {
            assertTrue(fonts.width(line, false, 10) <= 80, line);
        }
    }

    @Test
    void latinWrapsAtSpacesAndTheLastLineIsClipped() {
        List<String> lines = fonts.wrap("PRODUTECH – Pólo das Tecnologias de Produção", false, 10, 90, 2);
        assertEquals(2, lines.size());
        assertEquals("PRODUTECH –", lines.get(0));
        assertTrue(lines.get(1).endsWith("\u2026"), lines.get(1));
        assertTrue(fonts.width(lines.get(1), false, 10) <= 90);
    }

    @Test
    void clipKeepsWhatFitsAndShortTextWhole() {
        assertEquals("Antti Peltomäki", fonts.clip("Antti Peltomäki", true, 11, 500));
        String clipped = fonts.clip("Moravskoslezský automobilový klastr", false, 10, 60);
        assertTrue(clipped.endsWith("\u2026") && fonts.width(clipped, false, 10) <= 60, clipped);
        assertEquals("Line one two", fonts.clip("Line\none\ttwo", false, 10, 500));
    }

    @Test
    void aSetCutToSomeCharactersStillDrawsThemAndTheFixedWording() throws IOException {
        try (FontFaces cut = LIBRARY.subsetFor("林明哲 Peltomäki".codePoints())) {
            assertEquals(Face.CJK, cut.faceFor('林', false));
            assertEquals(Face.REGULAR, cut.faceFor('ä', false));
            assertEquals(Face.REGULAR, cut.faceFor('\u2013', false));
            assertEquals(Face.NONE, cut.faceFor('總', false));
            assertEquals(faces.advance(Face.CJK, '林'), cut.advance(Face.CJK, '林'), 0.01);
            IntStream.rangeClosed('0', '9').forEach(d -> assertEquals(Face.BOLD, cut.faceFor(d, true)));
        }
    }
}
