package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.matchday.export.AgendaEntry.Kind;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.TableInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.matchday.export.PdfPages.GREY;
import static org.matchday.export.PdfPages.LEFT;
import static org.matchday.export.PdfPages.RIGHT;

/**
 * Per-table sheets for the staff standing at a table: its name in large print, then every slot with the two
 * participants who meet there (name, organisation, country), empty slots and pauses. English unless the caller
 * names another language: a table has no language of its own.
 */
@ApplicationScoped
public class TableSheetPdfExporter {

    private static final float TIME_WIDTH = 104;
    private static final float COLUMN_GAP = 14;
    private static final float PERSON_WIDTH = (RIGHT - LEFT - TIME_WIDTH - COLUMN_GAP) / 2;
    private static final float A_X = LEFT + TIME_WIDTH;
    private static final float B_X = A_X + PERSON_WIDTH + COLUMN_GAP;

    private final FontLibrary fonts;

    public TableSheetPdfExporter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    public void write(ScheduleView view, TableInfo table, OutputStream out) throws IOException {
        write(view, table, ExportText.ENGLISH, out);
    }

    public void write(ScheduleView view, TableInfo table, ExportText text, OutputStream out) throws IOException {
        write(view, List.of(table), text, out, IOUtils.createMemoryOnlyStreamCache());
    }

    /** All tables' sheets in one document, each starting on a new page. */
    public void writeAll(ScheduleView view, OutputStream out) throws IOException {
        writeAll(view, ExportText.ENGLISH, out);
    }

    public void writeAll(ScheduleView view, ExportText text, OutputStream out) throws IOException {
        write(view, view.tables(), text, out, IOUtils.createTempFileOnlyStreamCache());
    }

    private void write(ScheduleView view, List<TableInfo> tables, ExportText text, OutputStream out,
            StreamCacheCreateFunction cache) throws IOException {
        try (FontFaces faces = fonts.borrow(); PDDocument document = new PDDocument(cache)) {
            document.getDocumentInformation().setTitle((tables.size() == 1 ? tables.get(0).displayName()
                    : text.tableSheetsTitle()) + " \u2013 " + view.event().name());
            document.getDocumentInformation().setCreator("Matchday");
            PdfPages pages = new PdfPages(document, faces.embedIn(document), view.isDraft());
            pages.language(text, view);
            for (TableInfo table : tables) {
                render(pages, view, TableTimetable.of(view, table), text);
            }
            if (tables.isEmpty()) {
                pages.newPage();
                pages.text(text.noTables(), LEFT, pages.y() - 12, false, 11, GREY);
            }
            pages.finish();
            document.save(out);
        }
    }

    private void render(PdfPages pages, ScheduleView view, TableTimetable timetable, ExportText text) {
        TableInfo table = timetable.table();
        DocumentFonts f = pages.fonts();
        pages.footerRight(text.tableSheetFooter(table.displayName()));
        pages.newPage();
        // Large enough to read from across the hall; long names shrink, then wrap, rather than lose words.
        float size = 44;
        while (size > 26 && f.width(table.displayName(), true, size) > RIGHT - LEFT) {
            size -= 2;
        }
        for (String line : f.wrap(table.displayName(), true, size, RIGHT - LEFT, 2)) {
            pages.text(line, LEFT, pages.y() - size, true, size, 0);
            pages.down(size * 1.2f);
        }
        pages.down(4);
        String about = String.join(" \u00b7 ", List.of(text.tableCode(table.code()), view.event().name()));
        pages.text(f.clip(about, false, 10, RIGHT - LEFT), LEFT, pages.y() - 10, false, 10, GREY);
        pages.down(14);
        String place = view.event().venue() == null ? text.zoneNote(view)
                : view.event().venue() + " \u00b7 " + text.zoneNote(view);
        pages.text(f.clip(place, false, 9, RIGHT - LEFT), LEFT, pages.y() - 9, false, 9, GREY);
        pages.down(16);
        pages.rule(LEFT, RIGHT, pages.y(), 0, 1.5f);
        pages.down(4);
        Runnable continued = () -> {
            pages.text(f.clip(text.tableContinued(table.displayName()), true, 16, RIGHT - LEFT), LEFT,
                    pages.y() - 16, true, 16, 0);
            pages.down(26);
        };
        LocalDate day = null;
        for (AgendaSection section : timetable.sections()) {
            if (!section.session().date().equals(day)) {
                day = section.session().date();
                pages.ensure(70, continued);
                pages.down(10);
                pages.text(text.day(day), LEFT, pages.y() - 13, true, 13, 0);
                pages.down(22);
            }
            if (section.session().name() != null) {
                pages.down(6);
                pages.ensure(50, continued);
                pages.text(section.session().name(), LEFT, pages.y() - 10, true, 10, GREY);
                pages.down(15);
            }
            pages.rule(LEFT, RIGHT, pages.y(), 0.6f, 0.8f);
            for (AgendaEntry entry : section.entries()) {
                row(pages, entry, text, continued);
            }
        }
    }

    private void row(PdfPages pages, AgendaEntry entry, ExportText text, Runnable continued) {
        DocumentFonts f = pages.fonts();
        String time = ExportText.range(entry.start(), entry.end());
        if (entry.kind() != Kind.MEETING) {
            float height = 22;
            pages.ensure(height, continued);
            float top = pages.y();
            if (entry.kind() == Kind.PAUSE) {
                pages.band(LEFT, top - height, RIGHT - LEFT, height, 0.92f);
            }
            pages.text(time, LEFT, top - 15, false, 11, GREY);
            pages.text(entry.kind() == Kind.PAUSE ? text.pause() : "\u2014", A_X, top - 15, false, 11, GREY);
            pages.down(height);
            pages.rule(LEFT, RIGHT, pages.y(), 0.85f, 0.4f);
            return;
        }
        PersonInfo a = entry.meeting().a();
        PersonInfo b = entry.meeting().b();
        List<String> orgA = f.wrap(a.organisation(), false, 10, PERSON_WIDTH, 2);
        List<String> orgB = f.wrap(b.organisation(), false, 10, PERSON_WIDTH, 2);
        float height = 10 + 15 + Math.max(orgA.size(), orgB.size()) * 12.5f + 12 + 4;
        pages.ensure(height, continued);
        float top = pages.y();
        pages.text(time, LEFT, top - 17, true, 12, 0);
        person(pages, a, orgA, A_X, top);
        person(pages, b, orgB, B_X, top);
        pages.down(height);
        pages.rule(LEFT, RIGHT, pages.y(), 0.75f, 0.5f);
    }

    private static void person(PdfPages pages, PersonInfo person, List<String> organisation, float x, float top) {
        DocumentFonts f = pages.fonts();
        pages.text(f.clip(person.name(), true, 12, PERSON_WIDTH), x, top - 17, true, 12, 0);
        float line = top - 17 - 14.5f;
        for (String text : organisation) {
            pages.text(text, x, line, false, 10, 0);
            line -= 12.5f;
        }
        if (person.country() != null) {
            pages.text(person.country(), x, line, false, 8.5f, GREY);
        }
    }
}
