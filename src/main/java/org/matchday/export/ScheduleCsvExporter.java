package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.export.ScheduleView.MeetingInfo;

import java.io.IOException;
import java.io.OutputStream;

import static org.matchday.export.ExportText.orEmpty;

/** The master schedule as CSV: every meeting, one per row, in time order then by table. */
@ApplicationScoped
public class ScheduleCsvExporter {

    static final String[] HEADER = {"Status", "Date", "Start", "End", "Session", "Table id", "Table",
            "Participant A id", "Participant A", "Organisation A", "Country A",
            "Participant B id", "Participant B", "Organisation B", "Country B", "Sequence"};

    public void write(ScheduleView view, OutputStream out) throws IOException {
        String status = statusCell(view);
        try (CsvFiles.Rows csv = CsvFiles.open(out, HEADER)) {
            for (MeetingInfo m : view.meetings()) {
                csv.printRecord(status, ExportText.isoDay(m.start().toLocalDate()), ExportText.time(m.start()),
                        ExportText.time(m.end()), m.session(), m.table().code(), m.table().displayName(),
                        m.a().code(), m.a().name(), orEmpty(m.a().organisation()), orEmpty(m.a().country()),
                        m.b().code(), m.b().name(), orEmpty(m.b().organisation()), orEmpty(m.b().country()),
                        m.sequence());
            }
        }
    }

    /** "DRAFT", or "Published 2" for the second publication. */
    static String statusCell(ScheduleView view) {
        return view.isDraft() ? ExportText.DRAFT : "Published " + view.publicationNumber();
    }
}
