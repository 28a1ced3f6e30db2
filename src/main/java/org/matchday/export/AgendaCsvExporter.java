package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.export.AgendaEntry.Kind;
import org.matchday.export.ScheduleView.PersonInfo;

import java.io.IOException;
import java.io.OutputStream;

import static org.matchday.export.ExportText.orEmpty;

/**
 * A participant's agenda as CSV, one row per meeting, free stretch or pause; the Status column says on every
 * row whether the schedule is a DRAFT or which publication it is.
 */
@ApplicationScoped
public class AgendaCsvExporter {

    static final String[] HEADER = {"Status", "Date", "Start", "End", "Session", "Type", "Table", "Counterpart id",
            "Counterpart", "Organisation", "Country", "Sectors"};

    public void write(ScheduleView view, PersonInfo person, OutputStream out) throws IOException {
        String status = ScheduleCsvExporter.statusCell(view);
        try (CsvFiles.Rows csv = CsvFiles.open(out, HEADER)) {
            for (AgendaSection section : ParticipantAgenda.of(view, person).sections()) {
                for (AgendaEntry entry : section.entries()) {
                    String date = ExportText.isoDay(entry.start().toLocalDate());
                    String start = ExportText.time(entry.start());
                    String end = ExportText.time(entry.end());
                    if (entry.kind() == Kind.MEETING) {
                        PersonInfo other = entry.meeting().counterpartOf(person);
                        csv.printRecord(status, date, start, end, section.session().code(), entry.kind().label(),
                                entry.meeting().table().displayName(), other.code(), other.name(),
                                orEmpty(other.organisation()), orEmpty(other.country()), ExportText.sectors(other));
                    } else {
                        csv.printRecord(status, date, start, end, section.session().code(), entry.kind().label(),
                                "", "", "", "", "", "");
                    }
                }
            }
        }
    }
}
