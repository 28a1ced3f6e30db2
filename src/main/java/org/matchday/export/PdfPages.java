package org.matchday.export;

import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A flow of A4 pages in one document: a cursor that moves down, a new page when the next block does not
 * fit, and on every page the footer and, for an unpublished schedule, the DRAFT watermark.
 */
final class PdfPages {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 42;
    static final float RIGHT = A4.getWidth() - 42;
    static final float TOP = A4.getHeight() - 42;
    static final float BOTTOM = 58;
    static final float GREY = 0.38f;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final boolean draft;
    private String footerLeft = "";
    private String watermark = ExportText.DRAFT;
    private String footerRight = "";
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, DocumentFonts fonts, boolean draft) {
        this.document = document;
        this.fonts = fonts;
        this.draft = draft;
    }

    /**
     * The language of the pages started from now on: the footer's status line on the left and the DRAFT
     * watermark. A document of many agendas speaks each participant's language on its pages.
     */
    void language(ExportText text, ScheduleView view) {
        this.footerLeft = text.status(view);
        this.watermark = text.watermark();
    }

    DocumentFonts fonts() {
        return fonts;
    }

    /** What the footer says on the right of the pages started from now on (e.g. whose agenda it is). */
    void footerRight(String text) {
        this.footerRight = text;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page and puts the cursor at its top. */
    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            if (draft) {
                watermark();
            }
            footer();
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes room for a block of {@code height}: a new page, with {@code continuation} drawn at its top, if needed. */
    void ensure(float height, Runnable continuation) {
        if (stream == null || y - height < BOTTOM) {
            newPage();
            continuation.run();
        }
    }

    void text(String text, float x, float baseline, boolean bold, float size, float grey) {
        try {
            stream.setNonStrokingColor(grey);
            stream.setStrokingColor(grey);
            fonts.show(stream, text, bold, size, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(String text, float right, float baseline, boolean bold, float size, float grey) {
        text(text, right - fonts.width(text, bold, size), baseline, bold, size, grey);
    }

    void rule(float x1, float x2, float at, float grey, float width) {
        try {
            stream.setStrokingColor(grey);
            stream.setLineWidth(width);
            stream.moveTo(x1, at);
            stream.lineTo(x2, at);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void band(float x, float bottom, float width, float height, float grey) {
        try {
            stream.setNonStrokingColor(grey);
            stream.addRect(x, bottom, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a picture with its lower left corner at ({@code x}, {@code bottom}), without resampling it. */
    void image(BufferedImage picture, float x, float bottom, float width, float height) {
        try {
            PDImageXObject drawn = LosslessFactory.createFromImage(document, picture);
            stream.drawImage(drawn, x, bottom, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page; the document can then be saved. */
    void finish() {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** A pale diagonal DRAFT under everything else on the page, so no printed page passes for the final one. */
    private void watermark() throws IOException {
        float size = 120;
        float width = fonts.width(watermark, true, size);
        double angle = Math.toRadians(50);
        float cx = A4.getWidth() / 2;
        float cy = A4.getHeight() / 2;
        float x = (float) (cx - Math.cos(angle) * width / 2 + Math.sin(angle) * size * 0.35);
        float yy = (float) (cy - Math.sin(angle) * width / 2 - Math.cos(angle) * size * 0.35);
        stream.saveGraphicsState();
        stream.setNonStrokingColor(0.9f);
        stream.setStrokingColor(0.9f);
        stream.transform(Matrix.getRotateInstance(angle, x, yy));
        fonts.show(stream, watermark, true, size, 0, 0);
        stream.restoreGraphicsState();
    }

    private void footer() throws IOException {
        float base = BOTTOM - 26;
        rule(LEFT, RIGHT, base + 12, 0.8f, 0.5f);
        text(fonts.clip(footerLeft, draft, 8, (RIGHT - LEFT) * 0.6f), LEFT, base, draft, 8, draft ? 0f : GREY);
        String right = fonts.clip(footerRight, false, 8, (RIGHT - LEFT) * 0.38f);
        textRight(right, RIGHT, base, false, 8, GREY);
    }
}
