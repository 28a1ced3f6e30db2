package org.matchday.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.matchday.export.FontFaces.Face;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded fonts of one PDF document: measures and draws text whatever its script, switching face
 * within a line where a character needs another one (a Chinese name inside English text, for instance).
 */
public final class DocumentFonts {

    private static final String ELLIPSIS = "\u2026";

    private final FontFaces faces;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont cjk;

    DocumentFonts(FontFaces faces, PDFont regular, PDFont bold, PDFont cjk) {
        this.faces = faces;
        this.regular = regular;
        this.bold = bold;
        this.cjk = cjk;
    }

    /** A stretch of text drawn with one font. */
    private record Run(PDFont font, String text) {
    }

    /** Width of {@code text} in points at {@code size}. */
    public float width(String text, boolean wantBold, float size) {
        float thousandths = 0;
        String clean = clean(text);
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            thousandths += advance(cp, wantBold);
        }
        return thousandths / 1000f * size;
    }

    private float advance(int codePoint, boolean wantBold) {
        Face face = faces.faceFor(codePoint, wantBold);
        if (face == Face.NONE) {
            return faces.advance(wantBold ? Face.BOLD : Face.REGULAR, '?');
        }
        return faces.advance(face, codePoint);
    }

    /** Draws one line with its baseline starting at (x, y); the caller sets the fill and stroke colour. */
    public void show(PDPageContentStream stream, String text, boolean wantBold, float size, float x, float y)
            throws IOException {
        List<Run> runs = runs(text, wantBold);
        if (runs.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (Run run : runs) {
            // The CJK face has no bold weight: outlining its glyphs as well as filling them thickens the strokes.
            boolean thicken = wantBold && run.font() == cjk;
            if (thicken) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(size * 0.035f);
            }
            stream.setFont(run.font(), size);
            stream.showText(run.text());
            if (thicken) {
                stream.setRenderingMode(RenderingMode.FILL);
            }
        }
        stream.endText();
    }

    /** {@code text} cut with an ellipsis so that it fits in {@code maxWidth}. */
    public String clip(String text, boolean wantBold, float size, float maxWidth) {
        String clean = clean(text);
        if (width(clean, wantBold, size) <= maxWidth) {
            return clean;
        }
        float limit = maxWidth * 1000f / size - advance(ELLIPSIS.codePointAt(0), wantBold);
        float used = 0;
        int end = 0;
        while (end < clean.length()) {
            int cp = clean.codePointAt(end);
            used += advance(cp, wantBold);
            if (used > limit) {
                break;
            }
            end += Character.charCount(cp);
        }
        return clean.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces where there are any and between
     * characters otherwise (Chinese has no spaces); the last allowed line is clipped.
     */
    public List<String> wrap(String text, boolean wantBold, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = clean(text).strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 || width(rest, wantBold, size) <= maxWidth) {
                lines.add(clip(rest, wantBold, size, maxWidth));
                break;
            }
            int cut = breakPoint(rest, wantBold, size, maxWidth);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    /** Index after which the longest fitting first line ends (PDFBox draws without kerning, so widths add up). */
    private int breakPoint(String text, boolean wantBold, float size, float maxWidth) {
        int lastSpace = -1;
        int fitting = 0;
        float limit = maxWidth * 1000f / size;
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            used += advance(cp, wantBold);
            if (used > limit) {
                break;
            }
            if (Character.isWhitespace(cp)) {
                lastSpace = i;
            }
            fitting = next;
            i = next;
        }
        if (lastSpace > 0) {
            return lastSpace + 1;
        }
        return Math.max(fitting, Character.charCount(text.codePointAt(0)));
    }

    private List<Run> runs(String text, boolean wantBold) {
        List<Run> runs = new ArrayList<>();
        String clean = clean(text);
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            Face face = faces.faceFor(cp, wantBold);
            PDFont font = switch (face) {
                case REGULAR -> regular;
                case BOLD -> bold;
                case CJK -> cjk;
                case NONE -> wantBold ? bold : regular;
            };
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            if (face == Face.NONE) {
                current.append('?');
            } else {
                current.appendCodePoint(cp);
            }
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** Line breaks, tabs and other control characters have no glyph: they become spaces. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
