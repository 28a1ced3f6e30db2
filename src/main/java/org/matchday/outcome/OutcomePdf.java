package org.matchday.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.export.DocumentFonts;
import org.matchday.export.FontFaces;
import org.matchday.export.FontLibrary;
import org.matchday.language.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome report as the printable A4 a contact person hands to a funder: the totals with a bar chart, agreements
 * by kind with a bar chart, the breakdowns as tables and the stories allowed for publication. Drawn with PDFBox
 * itself (bars are filled rectangles), with the embedded fonts of the agenda PDF so that Chinese prints.
 */
@ApplicationScoped
public class OutcomePdf {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 42;
    private static final float RIGHT = A4.getWidth() - 42;
    private static final float TOP = A4.getHeight() - 42;
    private static final float BOTTOM = 50;
    private static final float LABEL_WIDTH = 170;

    private final FontLibrary fonts;

    public OutcomePdf(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** The totals as label and value, in the order every output lists them; the average may be absent. */
    static List<Object[]> totals(OutcomeReport r, OutcomeMessages m) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {m.total_planned(), r.planned()});
        rows.add(new Object[] {m.total_held(), r.held()});
        rows.add(new Object[] {m.total_not_held(), r.notHeld()});
        rows.add(new Object[] {m.total_rated(), r.rated()});
        rows.add(new Object[] {m.total_average(), r.averageRating()});
        rows.add(new Object[] {m.total_interest(), r.followUpInterest()});
        rows.add(new Object[] {m.total_agreements(), r.agreements()});
        rows.add(new Object[] {m.total_in_progress(), r.inProgress()});
        rows.add(new Object[] {m.total_unknown(), r.unknown()});
        return rows;
    }

    public void write(OutcomeReport report, Language language, OutputStream out) throws IOException {
        OutcomeMessages m = language.messages(OutcomeMessages.class);
        try (FontFaces faces = fonts.borrow(); PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(m.pdf_title(report.name()));
            document.getDocumentInformation().setCreator("Matchday");
            Canvas c = new Canvas(document, faces.embedIn(document), m);
            c.text(m.pdf_title(report.name()), 16, true);
            c.gap(4);
            c.paragraph(m.report_lead(), 9);
            c.gap(10);

            c.heading(m.section_totals());
            List<Object[]> totals = totals(report, m);
            int max = Math.max(1, report.planned());
            for (Object[] row : totals) {
                if (row[1] instanceof Integer n) {
                    c.bar((String) row[0], n, max);
                } else {
                    c.pair((String) row[0], row[1] == null ? "-" : row[1].toString());
                }
            }
            c.gap(10);

            c.heading(m.section_kinds());
            int kindMax = Math.max(1, report.agreementsByKind().values().stream().mapToInt(Integer::intValue).max()
                    .orElse(1));
            for (AgreementKind kind : AgreementKind.values()) {
                c.bar(m.kind_value(kind), report.agreementsByKind().getOrDefault(kind, 0), kindMax);
            }
            c.gap(10);

            c.figures(m.section_group_pairs(), m.column_group_pair(), report.byGroupPair());
            c.figures(m.section_countries(), m.column_country(), report.byCountry());
            c.figures(m.section_sectors(), m.column_sector(), report.bySector());

            c.heading(m.section_stories());
            if (report.stories().isEmpty()) {
                c.paragraph(m.stories_none(), 9);
            }
            for (OutcomeReport.Story story : report.stories()) {
                String kinds = story.kinds().stream().map(k -> m.kind_value(k))
                        .collect(Collectors.joining(", "));
                c.text(story.name() + (story.organisation() == null ? "" : ", " + story.organisation())
                        + (kinds.isEmpty() ? "" : " (" + kinds + ")"), 9, true);
                c.paragraph(story.story(), 9);
                c.gap(4);
            }
            c.finish();
            document.save(out);
        }
    }

    /** A page cursor that starts a new page when the next line does not fit. */
    private static final class Canvas {
        private final PDDocument document;
        private final DocumentFonts fonts;
        private final OutcomeMessages m;
        private PDPageContentStream stream;
        private float y;
        private int page;

        Canvas(PDDocument document, DocumentFonts fonts, OutcomeMessages m) throws IOException {
            this.document = document;
            this.fonts = fonts;
            this.m = m;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage p = new PDPage(A4);
            document.addPage(p);
            stream = new PDPageContentStream(document, p);
            page++;
            fonts.show(stream, m.pdf_page(page), false, 8, LEFT, BOTTOM - 20);
            y = TOP;
        }

        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, boolean bold) throws IOException {
            room(size * 1.4f);
            y -= size * 1.4f;
            fonts.show(stream, fonts.clip(text, bold, size, RIGHT - LEFT), bold, size, LEFT, y);
        }

        void heading(String text) throws IOException {
            room(60);
            text(text, 12, true);
            gap(2);
        }

        /** Wrapped on spaces, or between any characters for text without them (Chinese). */
        void paragraph(String text, float size) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                if (cp == '\n') {
                    text(line.toString(), size, false);
                    line.setLength(0);
                    continue;
                }
                if (fonts.width(line + ch, false, size) > RIGHT - LEFT) {
                    int space = line.lastIndexOf(" ");
                    String rest = "";
                    if (space > 0 && cp != ' ') {
                        rest = line.substring(space + 1);
                        line.setLength(space);
                    }
                    text(line.toString(), size, false);
                    line.setLength(0);
                    line.append(rest);
                    if (cp == ' ') {
                        continue;
                    }
                }
                line.append(ch);
            }
            if (!line.isEmpty()) {
                text(line.toString(), size, false);
            }
        }

        void pair(String label, String value) throws IOException {
            room(14);
            y -= 14;
            fonts.show(stream, fonts.clip(label, false, 9, LABEL_WIDTH - 6), false, 9, LEFT, y);
            fonts.show(stream, value, true, 9, LEFT + LABEL_WIDTH, y);
        }

        /** A labelled horizontal bar, as long as {@code value} is of {@code max}, with the value after it. */
        void bar(String label, int value, int max) throws IOException {
            room(14);
            y -= 14;
            fonts.show(stream, fonts.clip(label, false, 9, LABEL_WIDTH - 6), false, 9, LEFT, y);
            float full = RIGHT - LEFT - LABEL_WIDTH - 40;
            float length = full * value / max;
            stream.setNonStrokingColor(0.20f, 0.40f, 0.70f);
            stream.addRect(LEFT + LABEL_WIDTH, y - 2, Math.max(length, 0.5f), 10);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
            fonts.show(stream, Integer.toString(value), true, 9, LEFT + LABEL_WIDTH + length + 4, y);
        }

        /** A breakdown as a table: key, planned, held, rated, interest, agreements, unknown. */
        void figures(String title, String key, List<OutcomeReport.Figures> rows) throws IOException {
            heading(title);
            String[] head = {key, m.total_planned(), m.total_held(), m.total_rated(), m.total_interest(),
                    m.total_agreements(), m.total_unknown()};
            row(head, true);
            for (OutcomeReport.Figures f : rows) {
                row(new String[] {f.key(), Integer.toString(f.planned()), Integer.toString(f.held()),
                        Integer.toString(f.rated()), Integer.toString(f.followUpInterest()),
                        Integer.toString(f.agreements()), Integer.toString(f.unknown())}, false);
            }
            gap(10);
        }

        private void row(String[] cells, boolean bold) throws IOException {
            room(13);
            y -= 13;
            float keyWidth = 190;
            float column = (RIGHT - LEFT - keyWidth) / (cells.length - 1);
            fonts.show(stream, fonts.clip(cells[0], bold, 8, keyWidth - 4), bold, 8, LEFT, y);
            for (int i = 1; i < cells.length; i++) {
                fonts.show(stream, fonts.clip(cells[i], bold, 8, column - 4), bold, 8,
                        LEFT + keyWidth + (i - 1) * column, y);
            }
        }

        void finish() throws IOException {
            stream.close();
        }
    }
}
