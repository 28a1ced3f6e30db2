package org.matchday.export;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summaries come from the export message bundle, which only the running application has. */
@QuarkusTest
class AgendaCalendarExporterTest {

    @Test
    void timeZoneDefinitionsAreNeverFetchedAtRunTime() {
        // There is no network where Matchday runs: ical4j must use its bundled zones only.
        assertEquals(Optional.of("false"), Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
        assertEquals(Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
    }

    @Test
    void bothParticipantsOfAMeetingGetTheSameUid() throws IOException {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b")
                .meeting("a", "b", "09:20", "T2").build();
        VEvent forA = only(view, "a");
        VEvent forB = only(view, "b");
        assertEquals(forA.getUid().orElseThrow().getValue(), forB.getUid().orElseThrow().getValue());
        // The table has no name: its id is the location.
        assertEquals("T2", forA.getLocation().getValue());
        assertTrue(forB.getSummary().getValue().contains("Name a (Org a)"));
    }

    private static VEvent only(ScheduleView view, String code) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaCalendarExporter().write(view, view.participant(code).orElseThrow(), out);
        Calendar calendar = ReadBack.calendar(out.toByteArray());
        assertEquals("Europe/Brussels", calendar.getComponent("VTIMEZONE").orElseThrow()
                .getProperty("TZID").orElseThrow().getValue());
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }
}
