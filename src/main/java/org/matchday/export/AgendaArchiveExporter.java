package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.IOUtils;
import org.matchday.export.ScheduleView.PersonInfo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every participant's agenda as separate files in one ZIP archive, written entry by entry to the response
 * so that only one agenda is in memory at a time, however many participants there are. Each agenda speaks its
 * participant's language unless the caller names one.
 */
@ApplicationScoped
public class AgendaArchiveExporter {

    /** The files each participant gets in the archive. */
    public enum Format {
        PDF,
        ICS
    }

    private final FontLibrary fonts;
    private final AgendaPdfExporter pdf;
    private final AgendaCalendarExporter calendar;

    public AgendaArchiveExporter(FontLibrary fonts, AgendaPdfExporter pdf, AgendaCalendarExporter calendar) {
        this.fonts = fonts;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    /** Entries are named after the participant's id, e.g. {@code tw-01.pdf}; ids are safe in file names. */
    public void write(ScheduleView view, List<PersonInfo> people, List<Format> formats, OutputStream out)
            throws IOException {
        write(view, people, formats, ExportText::forPerson, out);
    }

    /** The same, with each agenda in the language {@code language} gives it. */
    public void write(ScheduleView view, List<PersonInfo> people, List<Format> formats,
            Function<PersonInfo, ExportText> language, OutputStream out) throws IOException {
        try (FontFaces faces = fonts.subsetFor(ExportText.printedCodePoints(view));
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setComment(view.event().name() + " \u2013 " + ExportText.ENGLISH.status(view));
            // PDFs are compressed already: a light deflate keeps calendars small without redoing that work.
            zip.setLevel(Deflater.BEST_SPEED);
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // Writers and documents close what they write to; the archive stays open for the next entry.
                }
            };
            for (PersonInfo person : people) {
                if (formats.contains(Format.PDF)) {
                    zip.putNextEntry(new ZipEntry(person.code() + ".pdf"));
                    pdf.write(faces, view, List.of(person), language, entry, IOUtils.createMemoryOnlyStreamCache());
                    zip.closeEntry();
                }
                if (formats.contains(Format.ICS)) {
                    zip.putNextEntry(new ZipEntry(person.code() + ".ics"));
                    calendar.write(view, person, language.apply(person), entry);
                    zip.closeEntry();
                }
            }
        }
    }
}
