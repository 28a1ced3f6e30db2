package org.matchday.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.matchday.domain.EventPhase;

/**
 * Texts of the organiser's event pages: the event and its phase and rules, set-up, participants and the capacity
 * check. English here, Traditional Chinese in messages/setup_zh_TW.properties. Texts with String parameters also serve
 * scripts, which get them with a placeholder such as {@code %n} and fill it in the browser.
 */
@MessageBundle(value = "setup", locale = "en")
public interface OrganiserSetupMessages {

    // The event's navigation and what every event page shares

    @Message("Event pages")
    String nav_label();

    @Message("Overview")
    String nav_overview();

    @Message("Set-up")
    String nav_setup();

    @Message("Participants")
    String nav_participants();

    @Message("Capacity")
    String nav_capacity();

    @Message("Solve")
    String nav_solve();

    @Message("Schedule")
    String nav_schedule();

    @Message("Statistics")
    String nav_statistics();

    @Message("Staff")
    String nav_staff();

    @Message("({time} your time)")
    String your_time(String time);

    @Message("The server could not be reached. Check the connection and try again.")
    String network_error();

    @Message("Not saved:")
    String not_saved();

    @Message("Saved.")
    String saved();

    @Message("Deleted.")
    String deleted();

    @Message("Actions")
    String actions();

    @Message("Edit")
    String edit();

    @Message("Remove")
    String remove();

    @Message("Cancel")
    String cancel();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Letters, digits, dot, hyphen, underscore or tilde, starting with a letter or digit (for example T01)."
            + " It appears in links and files and cannot change later.")
    String id_help();

    @Message("Separate several with commas.")
    String comma_help();

    // The event page

    @Message("The event")
    String event_facts();

    @Message("Venue")
    String event_venue();

    @Message("No venue given")
    String event_no_venue();

    @Message("Time zone")
    String event_timezone();

    @Message("Phase")
    String event_phase();

    @Message("What it holds")
    String event_counts();

    @Message("Sessions")
    String count_sessions();

    @Message("Tables")
    String count_tables();

    @Message("Participants")
    String count_participants();

    @Message("Meeting requests")
    String count_requests();

    @Message("Scheduled meetings")
    String count_scheduled();

    @Message("Requested meetings without a slot")
    String count_unscheduled();

    @Message("Sessions")
    String event_sessions();

    @Message("Phase")
    String phase_title();

    @Message("{#when phase}"
            + "{#is DRAFT}Being set up: participants cannot do anything yet."
            + "{#is REGISTRATION}Participants complete their profile and availability, and may change their group."
            + "{#is WISHES_OPEN}Participants search the directory and send, withdraw, accept and decline wishes."
            + "{#is WISHES_CLOSED}No more wishes: check capacity, solve and adjust the timetable."
            + "{#is SCHEDULED}A timetable exists and is being adjusted; participants may cancel themselves or a meeting."
            + "{#is PUBLISHED}Participants read their agenda; cancellations and, if the rules allow, late wishes."
            + "{#is CLOSED}The event is over: participants can still read their agenda.{/when}")
    String phase_help(EventPhase phase);

    @Message("Move the event to")
    String phase_label();

    @Message("Change the phase")
    String phase_submit();

    @Message("The event is now in phase {phase}.")
    String phase_moved(String phase);

    @Message("The event could not move to {phase}:")
    String phase_refused(String phase);

    @Message("Matchmaking rules")
    String rules_title();

    @Message("The rules apply to the wishes participants send through their personal links from now on.")
    String rules_intro();

    @Message("Who may ask whom")
    String rules_pairs();

    @Message("Each row lets participants of one group send wishes to participants of another, by the group texts"
            + " of their profiles. Add both directions for groups that may ask each other.")
    String rules_pairs_help();

    @Message("No rows: anyone may ask anyone.")
    String rules_pairs_none();

    @Message("Group that asks")
    String rules_from();

    @Message("Group asked")
    String rules_to();

    @Message("Add a row")
    String rules_pair_add();

    @Message("Most wishes per participant")
    String rules_max_wishes();

    @Message("Pending and accepted wishes count; leave empty for no cap.")
    String rules_max_wishes_help();

    @Message("The participant asked must accept a wish")
    String rules_acceptance();

    @Message("Without it, every wish counts at once.")
    String rules_acceptance_help();

    @Message("Late wishes after publication")
    String rules_late();

    @Message("Participants may still send and answer wishes while the timetable is published.")
    String rules_late_help();

    @Message("Save the rules")
    String rules_submit();

    @Message("The rules are saved.")
    String rules_saved();

    // Set-up

    @Message("Set-up")
    String setup_title();

    @Message("Sessions cut the event's days into meeting slots; tables are where the meetings take place. Every time"
            + " is local to the event, in {zone}.")
    String setup_intro(String zone);

    @Message("Sessions")
    String sessions_title();

    @Message("No session yet. Add the first one below.")
    String sessions_empty();

    @Message("Id")
    String session_id();

    @Message("Name")
    String session_name();

    @Message("Date")
    String session_date();

    @Message("Time")
    String session_times();

    @Message("Meeting (min)")
    String session_meeting();

    @Message("Gap (min)")
    String session_gap();

    @Message("Pauses")
    String session_pauses();

    @Message("Slots")
    String session_slots();

    @Message("Edit session {id}")
    String session_edit_named(String id);

    @Message("Add a session")
    String session_add();

    @Message("Edit session {id}")
    String session_editing(String id);

    @Message("Start")
    String session_start();

    @Message("End")
    String session_end();

    @Message("Meeting length (minutes)")
    String session_meeting_minutes();

    @Message("Gap between meetings (minutes)")
    String session_gap_minutes();

    @Message("No meeting takes place during a pause; the next one starts when the pause ends.")
    String pauses_help();

    @Message("Pause starts")
    String pause_start();

    @Message("Pause ends")
    String pause_end();

    @Message("Add a pause")
    String pause_add();

    @Message("Save the session")
    String session_save();

    @Message("Delete the session")
    String session_delete();

    @Message("Delete session {id}? Meetings scheduled in it lose their slot.")
    String session_confirm_delete(String id);

    @Message("Slots this session makes")
    String preview_title();

    @Message("Updated as you type, by the same rule the scheduler uses; nothing is saved until you save.")
    String preview_help();

    @Message("{n} slots, the first at {first}, the last ending at {last}.")
    String preview_count(String n, String first, String last);

    @Message("No slot fits yet: give a start, an end after it and a meeting length.")
    String preview_none();

    @Message("Pause {from}–{to}")
    String preview_pause(String from, String to);

    @Message("Tables")
    String tables_title();

    @Message("One meeting takes place at a table in each slot. A participant with a fixed table holds its meetings"
            + " there.")
    String tables_intro();

    @Message("No table yet. Add the first one below.")
    String tables_empty();

    @Message("Id")
    String table_id();

    @Message("Name")
    String table_name();

    @Message("Edit table {id}")
    String table_edit_named(String id);

    @Message("Add a table")
    String table_add();

    @Message("Edit table {id}")
    String table_editing(String id);

    @Message("Save the table")
    String table_save();

    @Message("Delete the table")
    String table_delete();

    @Message("Delete table {id}? Meetings held there lose their slot.")
    String table_confirm_delete(String id);

    // Participants

    @Message("Participants")
    String participants_title();

    @Message("Directory")
    String participants_list();

    @Message("Search the participants")
    String search_label();

    @Message("Words")
    String search_words();

    @Message("Found in names, organisations, descriptions, offers and seeks; accents and case do not matter.")
    String search_words_help();

    @Message("Any")
    String search_any();

    @Message("Search")
    String search_submit();

    @Message("Participants {first}–{last} of {total}")
    String search_count(String first, String last, String total);

    @Message("No participant matches.")
    String search_none();

    @Message("Select every participant on this page")
    String select_page();

    @Message("Select {name}")
    String select_named(String name);

    @Message("Pages of participants")
    String pager_label();

    @Message("Previous page")
    String pager_previous();

    @Message("Next page")
    String pager_next();

    @Message("Page {page} of {pages}")
    String pager_of(String page, String pages);

    @Message("Id")
    String participant_id();

    @Message("Name")
    String participant_name();

    @Message("Organisation")
    String participant_organisation();

    @Message("Group")
    String participant_group();

    @Message("Country")
    String participant_country();

    @Message("Two capital letters: TW, FR, DE…")
    String participant_country_help();

    @Message("Sector")
    String participant_sector();

    @Message("Sectors")
    String participant_sectors();

    @Message("E-mail")
    String participant_email();

    @Message("Languages")
    String participant_languages();

    @Message("Language tags separated by commas, such as zh-TW, en; the first is the language of the participant's"
            + " mails and agenda.")
    String participant_languages_help();

    @Message("Most meetings")
    String participant_max_meetings();

    @Message("Leave empty for no cap.")
    String participant_max_meetings_help();

    @Message("Fixed table")
    String participant_table();

    @Message("None: any free table")
    String participant_no_table();

    @Message("A host or booth holder keeps its table for all its meetings.")
    String participant_table_help();

    @Message("Description")
    String participant_description();

    @Message("Offers")
    String participant_offers();

    @Message("Seeks")
    String participant_seeks();

    @Message("Edit {name}")
    String participant_edit_named(String name);

    @Message("Add a participant")
    String participant_add();

    @Message("Edit {name}")
    String participant_editing(String name);

    @Message("Save the participant")
    String participant_save();

    @Message("Delete the participant")
    String participant_delete();

    @Message("Delete {name} with the wishes sent and received and the meetings?")
    String participant_confirm_delete(String name);

    @Message("This cannot be undone. The participant is not told.")
    String participant_confirm_delete_text();

    @Message("Keep the participant")
    String participant_keep();

    @Message("Import participants from a sheet")
    String import_title();

    @Message("A CSV file or an Excel workbook (.xlsx) as registration tools export them: the first line names the"
            + " columns. Participants with an id already in the event are updated, the others are added.")
    String import_intro();

    @Message("Sheet (CSV or XLSX)")
    String import_file();

    @Message("Nothing is imported when a row has a problem: every problem is listed with its line and column.")
    String import_help();

    @Message("Import")
    String import_submit();

    @Message("The sheet is imported.")
    String import_done();

    @Message("The sheet was not imported:")
    String import_failed();

    @Message("Problems in the sheet")
    String import_errors_caption();

    @Message("Line")
    String import_line();

    @Message("Column")
    String import_column();

    @Message("Problem")
    String import_problem();

    @Message("Added")
    String import_count_created();

    @Message("Updated")
    String import_count_updated();

    @Message("Unchanged")
    String import_count_unchanged();

    @Message("Imported")
    String import_count_imported();

    @Message("Skipped")
    String import_count_skipped();

    @Message("Rows read")
    String import_count_rows();

    @Message("Notes")
    String import_warnings();

    @Message("Wishes made")
    String import_count_wishes();

    @Message("Wishes already asked")
    String import_count_existing_wishes();

    @Message("Personal links")
    String links_title();

    @Message("A personal link lets its participant act in the event without an account. Whoever holds it acts as"
            + " that participant: send each link to its owner only. Earlier links keep working until they expire.")
    String links_intro();

    @Message("Issue links for everyone")
    String links_all();

    @Message("Issue links for the selected ({n})")
    String links_selected(String n);

    @Message("Send invitations by e-mail")
    String links_mail();

    @Message("Personal links issued: {n}.")
    String links_issued(String n);

    @Message("The links are shown only now and Matchday does not keep them: download them and keep the file safe.")
    String links_once();

    @Message("Download the links (CSV)")
    String links_download();

    @Message("personal-links")
    String links_file_name();

    @Message("Invitations sent by e-mail: {n}.")
    String links_mailed(String n);

    @Message("Send an invitation with a new personal link by e-mail to {n} participants?")
    String links_confirm_mail(String n);

    @Message("Send invitations to the selected ({n})")
    String links_mail_selected(String n);

    // Capacity

    @Message("Capacity check")
    String capacity_title();

    @Message("What can fit before solving: meetings that can never take place, participants asked for more meetings"
            + " than they can attend, slots with more demand than tables, and the most any timetable can reach.")
    String capacity_intro();

    @Message("In short")
    String capacity_summary();

    @Message("No meeting is requested yet: there is nothing to schedule.")
    String capacity_no_meetings();

    @Message("{meetings} meetings are requested, worth {points} priority points together.")
    String capacity_requested(int meetings, long points);

    @Message("No timetable can reach more than {bound} points, {percent}% of what was asked.")
    String capacity_ceiling(long bound, double percent);

    @Message("{slots} slots and {tables} tables: room for {places} meetings at most.")
    String capacity_room(int slots, int tables, long places);

    @Message("That is fewer places than the {meetings} meetings requested: at most {places} can take place.")
    String capacity_room_short(int meetings, long places);

    @Message("Go to solving")
    String capacity_to_solve();

    @Message("Meetings that cannot take place: {n}")
    String capacity_impossible_title(int n);

    @Message("Every requested meeting has at least one slot both participants can attend and a table it may use.")
    String capacity_impossible_none();

    @Message("No schedule can hold these meetings, whatever the solver does: change availability, sessions, tables"
            + " or the request.")
    String capacity_impossible_intro();

    @Message("Their requests allow no common session.")
    String capacity_why_no_session();

    @Message("They have no common available slot in the allowed sessions ({sessions}).")
    String capacity_why_no_slot(String sessions);

    @Message("{name} takes no meetings (maximum 0).")
    String capacity_why_no_meetings(String name);

    @Message("The event has no tables yet: add tables.")
    String capacity_why_no_tables();

    @Message("Neither has a table of their own, and every table ({tables}) is a host's fixed table: add a table no"
            + " host keeps, or give one of them a table.")
    String capacity_why_no_free_table(String tables);

    @Message("Meeting")
    String capacity_meeting();

    @Message("Priority")
    String capacity_priority();

    @Message("Why")
    String capacity_reason();

    @Message("Both asked")
    String capacity_mutual();

    @Message("{a} and {b}")
    String capacity_pair(String a, String b);

    @Message("Participants asked for too many meetings: {n}")
    String capacity_overbooked_title(int n);

    @Message("Nobody is asked for more meetings than they can attend.")
    String capacity_overbooked_none();

    @Message("{name} is asked for {wished} meetings but can take {capacity} at most ({slots} slots available).")
    String capacity_overbooked(String name, int wished, int capacity, int slots);

    @Message("{name} is asked for {wished} meetings but can take {capacity} at most ({slots} slots available,"
            + " a cap of {max}).")
    String capacity_overbooked_capped(String name, int wished, int capacity, int slots, Integer max);

    @Message("Crowded slots: {n}")
    String capacity_crowded_title(int n);

    @Message("No slot is expected to need more tables than there are.")
    String capacity_crowded_none();

    @Message("In these slots more meetings could want to take place than there are tables, if each meeting spreads"
            + " evenly over the slots it can use. Add tables, or widen availability.")
    String capacity_crowded_intro();

    @Message("Session")
    String capacity_session();

    @Message("Starts")
    String capacity_start();

    @Message("Meetings expected")
    String capacity_expected();

    @Message("Meetings without a slot in the current timetable: {n}")
    String capacity_unscheduled_title(int n);

    @Message("Every requested meeting has a slot.")
    String capacity_unscheduled_none();

    @Message("Nothing is requested yet.")
    String capacity_unscheduled_unsolved();

    @Message("Highest priority first, with the reason found in the data.")
    String capacity_unscheduled_intro();

    @Message("Show the meetings and why")
    String capacity_unscheduled_show();
}
