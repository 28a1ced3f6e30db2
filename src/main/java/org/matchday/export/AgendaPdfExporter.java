package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.matchday.export.AgendaEntry.Kind;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.qr.CheckInLinks;
import org.matchday.export.qr.QrCodes;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.matchday.export.PdfPages.GREY;
import static org.matchday.export.PdfPages.LEFT;
import static org.matchday.export.PdfPages.RIGHT;

/**
 * Participants' agendas as A4 PDFs ready to print: the event, the participant, and per meeting the time, the
 * table and who they meet (name, organisation, country, sectors), with free slots and pauses in between. Each
 * agenda speaks its participant's language unless the caller names one.
 */
@ApplicationScoped
public class AgendaPdfExporter {

    private static final float TIME_X = LEFT;
    private static final float TABLE_X = LEFT + 80;
    private static final float TABLE_WIDTH = 92;
    private static final float DETAIL_X = LEFT + 180;
    private static final float DETAIL_WIDTH = RIGHT - DETAIL_X;
    private static final float IDLE_ROW = 18;

    /** Side of the printed check-in code, in points (about 2.5 cm: a phone reads it from arm's length). */
    private static final float QR_SIZE = 72;

    private final FontLibrary fonts;
    private final Instance<CheckInLinks> checkInLinks;

    /** Without check-in codes, for programs that run outside the application (the export benchmark). */
    public AgendaPdfExporter(FontLibrary fonts) {
        this.fonts = fonts;
        this.checkInLinks = null;
    }

    @Inject
    public AgendaPdfExporter(FontLibrary fonts, Instance<CheckInLinks> checkInLinks) {
        this.fonts = fonts;
        this.checkInLinks = checkInLinks;
    }

    /** One participant's agenda in its own language, built in memory: it is a page or two. */
    public void write(ScheduleView view, PersonInfo person, OutputStream out) throws IOException {
        write(view, person, ExportText.forPerson(person), out);
    }

    /** One participant's agenda in the given language. */
    public void write(ScheduleView view, PersonInfo person, ExportText text, OutputStream out) throws IOException {
        try (FontFaces faces = fonts.borrow()) {
            write(faces, view, List.of(person), p -> text, out, IOUtils.createMemoryOnlyStreamCache());
        }
    }

    /**
     * Every listed participant's agenda in one document, each starting on a new page. Page contents wait in a
     * temporary file until the document is written, so thousands of pages need little memory.
     */
    public void writeAll(ScheduleView view, List<PersonInfo> people, OutputStream out) throws IOException {
        writeAll(view, people, ExportText::forPerson, out);
    }

    /** Every listed participant's agenda, each in the language {@code language} gives it. */
    public void writeAll(ScheduleView view, List<PersonInfo> people, Function<PersonInfo, ExportText> language,
            OutputStream out) throws IOException {
        try (FontFaces faces = fonts.borrow()) {
            write(faces, view, people, language, out, IOUtils.createTempFileOnlyStreamCache());
        }
    }

    /** With fonts already borrowed, for callers that write many documents in a row. */
    void write(FontFaces faces, ScheduleView view, List<PersonInfo> people, Function<PersonInfo, ExportText> language,
            OutputStream out, StreamCacheCreateFunction cache) throws IOException {
        try (PDDocument document = new PDDocument(cache)) {
            ExportText first = people.isEmpty() ? ExportText.ENGLISH : language.apply(people.get(0));
            document.getDocumentInformation().setTitle(people.size() == 1
                    ? first.agendaTitle(people.get(0).name(), view.event().name())
                    : first.agendasTitle(view.event().name()));
            document.getDocumentInformation().setCreator("Matchday");
            PdfPages pages = new PdfPages(document, faces.embedIn(document), view.isDraft());
            for (PersonInfo person : people) {
                ExportText text = language.apply(person);
                pages.language(text, view);
                render(pages, view, ParticipantAgenda.of(view, person), text);
            }
            pages.finish();
            document.save(out);
        }
    }

    private void render(PdfPages pages, ScheduleView view, ParticipantAgenda agenda, ExportText text) {
        PersonInfo person = agenda.person();
        pages.footerRight(text.agendaFooter(person));
        pages.newPage();
        header(pages, view, agenda, text);
        Runnable continued = () -> continuation(pages, person, text);
        LocalDate day = null;
        for (AgendaSection section : agenda.sections()) {
            if (!section.session().date().equals(day)) {
                day = section.session().date();
                pages.ensure(62, continued);
                pages.down(10);
                pages.text(text.day(day), LEFT, pages.y() - 12, true, 12.5f, 0);
                pages.down(20);
            }
            if (section.session().name() != null) {
                pages.down(6);
                pages.ensure(40, continued);
                pages.text(section.session().name(), LEFT, pages.y() - 10, true, 9.5f, GREY);
                pages.down(15);
            }
            pages.rule(LEFT, RIGHT, pages.y(), 0.75f, 0.6f);
            for (AgendaEntry entry : section.entries()) {
                row(pages, entry, person, text, continued);
            }
        }
        if (agenda.sections().isEmpty()) {
            pages.text(text.noSessionFits(), LEFT, pages.y() - 12, false, 10, GREY);
        }
    }

    private void header(PdfPages pages, ScheduleView view, ParticipantAgenda agenda, ExportText text) {
        DocumentFonts f = pages.fonts();
        PersonInfo person = agenda.person();
        for (String line : f.wrap(view.event().name(), true, 15, RIGHT - LEFT, 2)) {
            pages.text(line, LEFT, pages.y() - 15, true, 15, 0);
            pages.down(19);
        }
        String place = String.join(" \u00b7 ", nonEmpty(view.event().venue(), text.dates(view)));
        pages.text(f.clip(place, false, 9.5f, RIGHT - LEFT), LEFT, pages.y() - 10, false, 9.5f, GREY);
        pages.down(13);
        pages.text(text.zoneNote(view), LEFT, pages.y() - 9, false, 8.5f, GREY);
        pages.down(18);
        pages.rule(LEFT, RIGHT, pages.y(), 0, 1.2f);
        pages.down(8);
        // The check-in code sits at the right of the participant's block, which narrows to leave it room.
        float width = RIGHT - LEFT;
        float codeBottom = pages.y();
        String checkIn = checkInUrl(view, person);
        if (checkIn != null) {
            width -= QR_SIZE + 12;
            codeBottom = pages.y() - QR_SIZE;
            pages.image(QrCodes.image(checkIn, 4), RIGHT - QR_SIZE, codeBottom, QR_SIZE, QR_SIZE);
        }
        pages.text(f.clip(person.name(), true, 19, width), LEFT, pages.y() - 19, true, 19, 0);
        pages.down(25);
        for (String line : f.wrap(person.organisation(), false, 12.5f, width, 2)) {
            pages.text(line, LEFT, pages.y() - 12.5f, false, 12.5f, 0);
            pages.down(16);
        }
        String profile = String.join(" \u00b7 ", nonEmpty(person.group(), ExportText.profile(person)));
        if (!profile.isEmpty()) {
            pages.text(f.clip(profile, false, 9.5f, width), LEFT, pages.y() - 10, false, 9.5f, GREY);
            pages.down(14);
        }
        pages.text(text.meetings(agenda.meetingCount()) + " \u00b7 " + text.status(view), LEFT, pages.y() - 10,
                view.isDraft(), 9.5f, view.isDraft() ? 0 : GREY);
        pages.down(18);
        if (pages.y() > codeBottom - 6) {
            pages.down(pages.y() - codeBottom + 6);
        }
    }

    private String checkInUrl(ScheduleView view, PersonInfo person) {
        if (checkInLinks == null || !checkInLinks.isResolvable()) {
            return null;
        }
        return checkInLinks.get().checkInUrl(view.event().id(), person.code()).orElse(null);
    }

    private void continuation(PdfPages pages, PersonInfo person, ExportText text) {
        DocumentFonts f = pages.fonts();
        pages.text(f.clip(text.agendaContinued(person.name()), true, 11, RIGHT - LEFT), LEFT,
                pages.y() - 11, true, 11, 0);
        pages.down(22);
    }

    private void row(PdfPages pages, AgendaEntry entry, PersonInfo person, ExportText text, Runnable continued) {
        DocumentFonts f = pages.fonts();
        String time = ExportText.range(entry.start(), entry.end());
        if (entry.kind() != Kind.MEETING) {
            pages.ensure(IDLE_ROW, continued);
            float top = pages.y();
            if (entry.kind() == Kind.PAUSE) {
                pages.band(LEFT, top - IDLE_ROW, RIGHT - LEFT, IDLE_ROW, 0.93f);
            }
            pages.text(time, TIME_X, top - 12.5f, false, 9.5f, GREY);
            pages.text(idleLabel(entry.kind(), text), TABLE_X, top - 12.5f, false, 9.5f, GREY);
            pages.down(IDLE_ROW);
            pages.rule(LEFT, RIGHT, pages.y(), 0.88f, 0.4f);
            return;
        }
        MeetingInfo meeting = entry.meeting();
        PersonInfo other = meeting.counterpartOf(person);
        List<String> table = f.wrap(meeting.table().displayName(), true, 10.5f, TABLE_WIDTH, 2);
        List<String> organisation = f.wrap(other.organisation(), false, 10, DETAIL_WIDTH, 2);
        String profile = ExportText.profile(other);
        float detailHeight = 14 + organisation.size() * 12.5f + (profile.isEmpty() ? 0 : 12);
        float height = 8 + Math.max(detailHeight, table.size() * 13.5f) + 4;
        pages.ensure(height, continued);
        float top = pages.y();
        pages.text(time, TIME_X, top - 15, true, 10.5f, 0);
        float line = top - 15;
        for (String tableLine : table) {
            pages.text(tableLine, TABLE_X, line, true, 10.5f, 0);
            line -= 13.5f;
        }
        pages.text(f.clip(other.name(), true, 11, DETAIL_WIDTH), DETAIL_X, top - 15, true, 11, 0);
        line = top - 15 - 13.5f;
        for (String organisationLine : organisation) {
            pages.text(organisationLine, DETAIL_X, line, false, 10, 0);
            line -= 12.5f;
        }
        if (!profile.isEmpty()) {
            pages.text(f.clip(profile, false, 8.5f, DETAIL_WIDTH), DETAIL_X, line, false, 8.5f, GREY);
        }
        pages.down(height);
        pages.rule(LEFT, RIGHT, pages.y(), 0.8f, 0.4f);
    }

    private static String idleLabel(Kind kind, ExportText text) {
        return switch (kind) {
            case FREE -> text.free();
            case UNAVAILABLE -> text.unavailable();
            case PAUSE -> text.pause();
            case MEETING -> "";
        };
    }

    private static List<String> nonEmpty(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
