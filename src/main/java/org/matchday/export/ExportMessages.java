package org.matchday.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every phrase the exports print (agendas, calendars, table sheets), in English here and in Traditional Chinese in
 * {@code messages/export_zh_TW.properties}. Read through {@link ExportText}, which adds the date formats. Plain
 * expressions only, no sections: {@link ExportText#printedCodePoints} renders each message once to learn its
 * characters.
 */
@MessageBundle(value = "export", locale = "en")
public interface ExportMessages {

    /** Across every page of an unpublished schedule. */
    @Message("DRAFT")
    String watermark();

    @Message("DRAFT \u2013 not published yet, the schedule may still change")
    String draftStatus();

    @Message("Published schedule, version {version}")
    String published(Integer version);

    @Message("Published schedule, version {version} of {day}")
    String publishedOn(Integer version, String day);

    /** "Times are local to Asia/Taipei (UTC+08:00)". */
    @Message("Times are local to {zone} ({offset})")
    String zoneNote(String zone, String offset);

    @Message("1 meeting")
    String oneMeeting();

    @Message("{count} meetings")
    String meetings(int count);

    @Message("Free")
    String free();

    @Message("Not available")
    String unavailable();

    @Message("Pause")
    String pause();

    @Message("Agenda of {person} \u2013 {event}")
    String agendaTitle(String person, String event);

    @Message("Agendas \u2013 {event}")
    String agendasTitle(String event);

    @Message("Agenda of {person} ({code})")
    String agendaFooter(String person, String code);

    @Message("{person} \u2013 agenda, continued")
    String agendaContinued(String person);

    @Message("No session of this event fits this participant's availability.")
    String noSessionFits();

    @Message("Table sheets")
    String tableSheetsTitle();

    @Message("Table sheet {table}")
    String tableSheetFooter(String table);

    /** "Table T01". */
    @Message("Table {code}")
    String tableCode(String code);

    @Message("{table} \u2013 continued")
    String tableContinued(String table);

    @Message("This event has no tables.")
    String noTables();

    /** What a calendar entry of an unpublished schedule starts with. */
    @Message("DRAFT: ")
    String calendarDraftPrefix();

    @Message("Meeting with {person}")
    String meetingWith(String person);

    /** "Meeting with Chen Wei (TAIROA)". */
    @Message("Meeting with {person} ({organisation})")
    String meetingWithOrganisation(String person, String organisation);

    @Message("Table: {table}")
    String tableLabel(String table);

    @Message("With: {person}")
    String withLabel(String person);

    @Message("Organisation: {organisation}")
    String organisationLabel(String organisation);

    @Message("Country: {country}")
    String countryLabel(String country);

    @Message("Sectors: {sectors}")
    String sectorsLabel(String sectors);
}
