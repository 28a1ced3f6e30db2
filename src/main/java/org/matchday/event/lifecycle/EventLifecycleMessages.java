package org.matchday.event.lifecycle;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of an event's whole life on the pages: creating one from nothing or from an earlier one, its settings,
 * archiving and deleting it, and tables in bulk. English here, Traditional Chinese in
 * messages/lifecycle_zh_TW.properties; parameters written %x are filled in by the scripts.
 */
@MessageBundle(value = "lifecycle", locale = "en")
public interface EventLifecycleMessages {

    // The events list

    @Message("New event")
    String new_event();

    @Message("Archived events ({n})")
    String archived_title(int n);

    @Message("Restore")
    String restore();

    @Message("Restore {name}")
    String restore_named(String name);

    // Creating an event

    @Message("New event")
    String create_title();

    @Message("Start from nothing in one go, or copy an event you ran before.")
    String create_intro();

    @Message("Start from nothing")
    String scratch_title();

    @Message("1. The event")
    String step_event();

    @Message("Name")
    String event_name();

    @Message("Venue")
    String event_venue();

    @Message("Time zone")
    String event_timezone();

    @Message("Every time of the event is local to this zone, for example Europe/Brussels or Asia/Taipei.")
    String event_timezone_help();

    @Message("2. Sessions")
    String step_sessions();

    @Message("A session is a block of meetings on one day; each is cut into slots of the meeting length, with the gap between two meetings and an optional pause.")
    String sessions_help();

    @Message("Session {n}")
    String session_legend(String n);

    @Message("Date")
    String session_date();

    @Message("Starts")
    String session_start();

    @Message("Ends")
    String session_end();

    @Message("Meeting length (minutes)")
    String session_meeting();

    @Message("Gap between meetings (minutes)")
    String session_gap();

    @Message("Pause from (optional)")
    String session_pause_start();

    @Message("Pause until")
    String session_pause_end();

    @Message("Add a session")
    String session_add();

    @Message("Remove this session")
    String session_remove();

    @Message("3. Tables")
    String step_tables();

    @Message("Number of tables")
    String table_count();

    @Message("Id pattern")
    String table_pattern();

    @Message("{|{n} stands for the number, padded with zeros to the width of the largest: T{n} makes T01, T02 … T20.|}")
    String table_pattern_help();

    @Message("First number")
    String table_start();

    @Message("Printed names (optional)")
    String table_names();

    @Message("{|For example Table {n}; without one the id is printed.|}")
    String table_names_help();

    @Message("%n tables: %first … %last")
    String tables_preview(String n, String first, String last);

    @Message("No tables yet: you can add them on the set-up page.")
    String tables_preview_none();

    @Message("Create the event")
    String create_submit();

    @Message("Not created:")
    String not_created();

    @Message("Copy an earlier event")
    String copy_title();

    @Message("Takes the settings, rules, sessions (moved to the new first date) and tables, and if you wish the participants; never wishes or meetings. The copy starts as a draft.")
    String copy_intro();

    @Message("Copy from")
    String copy_source();

    @Message("(archived)")
    String copy_archived();

    @Message("Name of the new event")
    String copy_name();

    @Message("First day of the new event")
    String copy_first_date();

    @Message("Every session moves by the same number of days; leave empty to keep the dates.")
    String copy_first_date_help();

    @Message("Also copy the participants (profiles, availability, fixed tables)")
    String copy_participants();

    @Message("Start it as the next edition of this event's series (the participants come along, and those who"
            + " return see whom they met before)")
    String copy_next_edition();

    @Message("Next edition of")
    String next_edition_of();

    @Message("event {id}")
    String edition_link(Long id);

    @Message("Copy the event")
    String copy_submit();

    @Message("Not copied:")
    String not_copied();

    @Message("There is no event to copy yet.")
    String copy_none();

    // The event's settings on the set-up page

    @Message("The event")
    String settings_title();

    @Message("Fairness minimum (meetings each participant is owed, 0 for none)")
    String settings_minimum();

    @Message("Save the event")
    String settings_save();

    @Message("The event is saved.")
    String settings_saved();

    @Message("Copy to a new event")
    String settings_copy();

    @Message("Archive")
    String archive();

    @Message("Archiving takes the event out of your main list and makes it read-only; you can restore it at any time.")
    String archive_help();

    @Message("This event is archived: it is read-only until you restore it.")
    String archived_banner();

    @Message("Delete the event")
    String delete();

    @Message("Delete {name}?")
    String delete_title(String name);

    @Message("This deletes the event with its {sessions} sessions, {tables} tables, {participants} participants, {requests} wishes and {meetings} meetings, and every participant's link stops working. It cannot be undone.")
    String delete_lost(long sessions, long tables, long participants, long requests, long meetings);

    @Message("Delete for ever")
    String delete_confirm();

    @Message("Keep the event")
    String delete_cancel();

    // Tables in bulk and their hosts

    @Message("Add many tables")
    String batch_title();

    @Message("Add them")
    String batch_submit();

    @Message("%n tables added.")
    String batch_added(String n);

    @Message("Host")
    String host();

    @Message("Host of {table}")
    String host_of(String table);

    @Message("Set the host")
    String host_save();

    @Message("No host")
    String host_none();

    @Message("%t is now hosted by %p.")
    String host_saved(String t, String p);

    @Message("%t has no host now.")
    String host_cleared(String t);
}
