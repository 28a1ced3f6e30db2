package org.matchday.schedule;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the solving, timetable, statistics and event-day pages. English here, Traditional Chinese in
 * messages/schedule_zh_TW.properties; a test fails when a text lacks its translation. Texts with %1, %2... are
 * rendered with those markers and filled in by the pages' scripts.
 */
@MessageBundle(value = "schedule", locale = "en")
public interface ScheduleMessages {

    @Message("Event pages")
    String nav_label();

    @Message("Solve")
    String nav_solve();

    @Message("Timetable")
    String nav_schedule();

    @Message("Statistics")
    String nav_statistics();

    @Message("Event day")
    String nav_staff();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Loading…")
    String loading();

    @Message("Pinned")
    String pinned();

    @Message("Absent")
    String absent();

    @Message("mutual")
    String mutual();

    @Message("{seconds} s")
    String seconds_short(String seconds);

    @Message("{done} of {total}")
    String count_of(String done, String total);

    @Message("{done} of {total}")
    String priority_of(Long done, Long total);

    @Message("Times are in the event's time zone ({zone}).")
    String times_in_zone(String zone);

    @Message("your time {time}")
    String local_time(String time);

    @Message("Your browser is in {zone}: your own time is shown beside each time.")
    String viewer_zone(String zone);

    @Message("Solve the timetable")
    String solve_title();

    @Message("Solve")
    String solve_run();

    @Message("The solver places as many requested meetings as it can, the most important first, and keeps pinned"
            + " meetings where they are. It saves the best timetable as it goes, so you can stop at any time.")
    String solve_intro();

    @Message("Time limit")
    String solve_limit();

    @Message("Solve")
    String solve_start();

    @Message("Stop")
    String solve_stop();

    @Message("Solving started.")
    String solve_started();

    @Message("Re-plan the rest of the day")
    String solve_replan_title();

    @Message("On the day: every meeting that has started stays, and so does every meeting of participants not marked"
            + " as no-shows. The slots that no-shows and cancellations freed are filled with wishes still waiting"
            + " between participants who are checked in or not yet due. A published timetable is published again as"
            + " soon as the re-plan ends, and only the participants whose agenda changed are told.")
    String solve_replan_intro();

    @Message("Re-plan from now")
    String solve_replan();

    @Message("Re-planning from {from} started.")
    String solve_replan_started(String from);

    @Message("Solving ended. Scheduled meetings: {scheduled}; idle breaks: {breaks}.")
    String solve_ended(String scheduled, String breaks);

    @Message("Solving could not go on:")
    String solve_failed();

    @Message("Progress")
    String solve_progress();

    @Message("Status")
    String solve_status();

    @Message("Solving…")
    String solve_status_solving();

    @Message("Not solving")
    String solve_status_idle();

    @Message("Priority of the scheduled meetings")
    String solve_priority();

    @Message("Participants short of their fair share")
    String solve_fair_share();

    @Message("Every rule kept")
    String solve_feasible();

    @Message("Scheduled meetings")
    String solve_scheduled();

    @Message("Share of the capacity bound")
    String solve_share();

    @Message("Idle breaks")
    String solve_breaks();

    @Message("Time spent")
    String solve_elapsed();

    @Message("How good")
    String solve_optimality();

    @Message("Proven optimal: no timetable the rules allow is better.")
    String solve_optimality_proven();

    @Message("At most {meetings} owed meetings, {priority} priority points and {breaks} idle breaks from the best timetable possible.")
    String solve_optimality_bounded(String meetings, String priority, String breaks);

    @Message("At most {meetings} owed meetings and {priority} priority points from the best timetable possible.")
    String solve_optimality_capacity(String meetings, String priority);

    @Message("Chart of the best timetable over time: scheduled meetings and idle breaks.")
    String solve_chart_label();

    @Message("Seconds")
    String solve_chart_x();

    @Message("Scheduled meetings")
    String solve_chart_scheduled();

    @Message("Idle breaks")
    String solve_chart_breaks();

    @Message("Open the timetable")
    String solve_open_schedule();

    @Message("What can fit")
    String capacity_title();

    @Message("{meetings} meetings are requested, with {slots} slots and {tables} tables.")
    String capacity_summary(Integer meetings, Integer slots, Integer tables);

    @Message("No timetable can reach more than {bound} of the {requested} priority points asked for ({percent}"
            + " %): this is the capacity bound.")
    String capacity_bound(Long bound, Long requested, Double percent);

    @Message("Every requested meeting has at least one slot both participants can attend.")
    String capacity_no_impossible();

    @Message("Meetings that can never take place: {count}")
    String capacity_impossible(Integer count);

    @Message("Participants asked for more meetings than they can attend: {count}")
    String capacity_overbooked(Integer count);

    @Message("{name}: {wished} wished, {capacity} at most")
    String capacity_overbooked_one(String name, Integer wished, Integer capacity);

    @Message("Timetable")
    String schedule_title();

    @Message("Scheduled meetings: {scheduled}.")
    String schedule_summary(Integer scheduled);

    @Message("Unscheduled meetings")
    String jump_unscheduled();

    @Message("Publish")
    String jump_publish();

    @Message("Views of the timetable")
    String views_label();

    @Message("Grid of slots by tables")
    String view_grid();

    @Message("One row per participant")
    String view_participants();

    @Message("Filter the timetable")
    String filter_label();

    @Message("Participant or organisation")
    String filter_q();

    @Message("Session")
    String filter_session();

    @Message("All sessions")
    String filter_all_sessions();

    @Message("Sessions of the grid")
    String sessions_label();

    @Message("This timetable is large: it opens on its first session. Choose another session, or all of them.")
    String sessions_paged();

    @Message("Table")
    String filter_table();

    @Message("All tables")
    String filter_all_tables();

    @Message("Show")
    String filter_apply();

    @Message("Clear the filters")
    String filter_clear();

    @Message("Meetings matching “{q}”: {hits} (highlighted).")
    String filter_hits(Integer hits, String q);

    @Message("Participants matching “{q}”: {count}.")
    String filter_people_hits(Integer count, String q);

    @Message("Grid")
    String grid_title();

    @Message("Timetable")
    String grid_title_read_only();

    @Message("Meetings by slot (rows) and table (columns)")
    String grid_caption();

    @Message("Time")
    String grid_time();

    @Message("Drag a meeting to a free cell to move it. With the keyboard: go to a meeting with the arrow keys,"
            + " press Enter to pick it up, move to a free cell with the arrow keys and press Enter to put it down,"
            + " or Escape to cancel. P pins or unpins the meeting, Delete takes it out of the timetable. A moved"
            + " meeting is pinned.")
    String grid_help();

    @Message("Pinned: solving again keeps the meeting where it is.")
    String legend_pinned();

    @Message("Reserved: a host's fixed table; only that host's meetings take place there.")
    String legend_reserved();

    @Message("{table}, reserved for {host}")
    String reserved_label(String table, String host);

    @Message("Reserved for {host}: only this host's meetings take place here.")
    String reserved_for(String host);

    @Message("Meetings the grid cannot show (their slot or table is not one of the event's, or shares a cell): {count}")
    String off_grid(Integer count);

    @Message("Move")
    String action_move();

    @Message("Pin")
    String action_pin();

    @Message("Unpin")
    String action_unpin();

    @Message("Take out of the timetable")
    String action_unschedule();

    @Message("Place in the grid")
    String action_place();

    @Message("Picked up the meeting of {a} and {b}. Move to a free cell with the arrow keys and press Enter, or"
            + " Escape to cancel.")
    String announce_picked(String a, String b);

    @Message("The meeting of {a} and {b} is now at {table}, {time}, and pinned.")
    String announce_moved(String a, String b, String table, String time);

    @Message("Move cancelled: nothing was changed.")
    String announce_cancelled();

    @Message("The meeting of {a} and {b} cannot go to {table}, {time}. Nothing was changed:")
    String announce_refused(String a, String b, String table, String time);

    @Message("The meeting of {a} and {b} is pinned: solving again keeps it where it is.")
    String announce_pinned(String a, String b);

    @Message("The meeting of {a} and {b} is no longer pinned.")
    String announce_unpinned(String a, String b);

    @Message("The meeting of {a} and {b} was taken out of the timetable.")
    String announce_unscheduled(String a, String b);

    @Message("The change failed:")
    String announce_failed();

    @Message("Selected: {a} and {b}, {table}, {time}")
    String panel_meeting(String a, String b, String table, String time);

    @Message("(pinned)")
    String panel_pinned();

    @Message("Select a meeting in the grid to move, pin or take it out.")
    String panel_none();

    @Message("A participant would be in two meetings at once")
    String rule_participant_double_booked();

    @Message("The table is taken in that slot")
    String rule_table_double_booked();

    @Message("Not enough free tables in that slot")
    String rule_not_enough_free_tables();

    @Message("A participant is not available then")
    String rule_participant_unavailable();

    @Message("The meeting may not take place in that session")
    String rule_session_not_allowed();

    @Message("A participant with a table of their own would meet elsewhere")
    String rule_meeting_away_from_fixed_table();

    @Message("The table belongs to another participant")
    String rule_fixed_table_used_by_others();

    @Message("A participant would have more meetings than they accept")
    String rule_too_many_meetings();

    @Message("Meetings per participant")
    String people_title();

    @Message("No participant matches.")
    String people_none();

    @Message("Participant")
    String col_participant();

    @Message("Participants")
    String col_participants();

    @Message("Meetings")
    String col_meetings();

    @Message("Meeting")
    String col_meeting();

    @Message("Priority")
    String col_priority();

    @Message("Why it has no slot")
    String col_reason();

    @Message("Actions")
    String col_actions();

    @Message("Change")
    String col_change();

    @Message("Published")
    String col_before();

    @Message("Now")
    String col_after();

    @Message("Session")
    String col_session();

    @Message("Slot")
    String col_slot();

    @Message("Tables used")
    String col_tables_used();

    @Message("%")
    String col_percent();

    @Message("Own table: {table}")
    String fixed_table(String table);

    @Message("No meetings")
    String no_meetings();

    @Message("Unscheduled meetings")
    String unscheduled_title();

    @Message("Every requested meeting has a slot.")
    String unscheduled_none();

    @Message("Requested meetings without a slot: {count}. The reason is given for each.")
    String unscheduled_count(Integer count);

    @Message("Publish")
    String publish_title();

    @Message("Nothing is published yet: participants do not see the timetable.")
    String publication_none();

    @Message("Publication {number} is in force: participants see it.")
    String publication_in_force(String number);

    @Message("Changes since the publication in force")
    String changes_title();

    @Message("Publishing makes the {scheduled} scheduled meetings visible to participants.")
    String changes_first(Integer scheduled);

    @Message("No change since publication {publication}.")
    String changes_none(Integer publication);

    @Message("Changes since publication {publication}: {count}. Only the participants concerned are told when you"
            + " publish again.")
    String changes_count(Integer count, Integer publication);

    @Message("{#when kind}{#is MOVED}Moved{#is APPEARED}New{#is DISAPPEARED}Removed{/when}")
    String change_kind(org.matchday.export.MeetingChange.Kind kind);

    @Message("Publish the timetable")
    String publish_first();

    @Message("Publish again")
    String publish_again();

    @Message("Publication {number} is in force: {meetings} meetings, {moved} moved since the previous one.")
    String published(String number, String meetings, String moved);

    @Message("Event day")
    String staff_title();

    @Message("Sheets and exports show publication {publication}, as participants see it.")
    String staff_exports_publication(Integer publication);

    @Message("Nothing is published yet: sheets and exports show the draft.")
    String staff_exports_draft();

    @Message("The grid shows the timetable as it is now, with any change made since the publication.")
    String staff_grid_current();

    @Message("Print and export")
    String exports_title();

    @Message("All table sheets (PDF)")
    String export_table_sheets();

    @Message("All agendas (PDF)")
    String export_agendas_pdf();

    @Message("Agendas, one file each (ZIP)")
    String export_agendas_zip();

    @Message("Timetable (Excel)")
    String export_xlsx();

    @Message("Timetable (CSV)")
    String export_csv();

    @Message("Print view of the grid")
    String print_view();

    @Message("One table's sheet")
    String sheets_title();

    @Message("{table} (PDF)")
    String sheet_link(String table);

    @Message("No-shows and cancellations")
    String attendance_title();

    @Message("When a participant does not come, mark it here: their meetings leave the timetable and you see whom"
            + " they were with.")
    String attendance_intro();

    @Message("Choose a participant")
    String attendance_choose();

    @Message("What happened")
    String attendance_kind();

    @Message("Did not come (no-show)")
    String attendance_no_show();

    @Message("Cancelled")
    String attendance_cancellation();

    @Message("Mark")
    String attendance_submit();

    @Message("Mark {name} as a no-show? Their meetings leave the timetable.")
    String attendance_confirm_no_show(String name);

    @Message("Mark {name} as cancelled? Their meetings leave the timetable.")
    String attendance_confirm_cancellation(String name);

    @Message("Yes, mark it")
    String attendance_yes();

    @Message("Cancel")
    String attendance_no();

    @Message("{name} is marked as a no-show. Meetings removed: {count}.")
    String attendance_done_no_show(String name, String count);

    @Message("{name} is marked as cancelled. Meetings removed: {count}.")
    String attendance_done_cancellation(String name, String count);

    @Message("{time} at {table}: {partner} is affected")
    String attendance_removed(String time, String table, String partner);

    @Message("They had no scheduled meeting.")
    String attendance_none();

    @Message("Print view")
    String print_title();

    @Message("Back to the event day page")
    String print_back();

    @Message("Print")
    String print_button();

    @Message("The event has no tables.")
    String print_empty();

    @Message("Statistics")
    String stats_title();

    @Message("Nothing is published yet: these are the figures of the draft timetable.")
    String stats_draft();

    @Message("The figures of publication {publication}, as participants see it.")
    String stats_publication(Integer publication);

    @Message("Key figures")
    String stats_key();

    @Message("{scheduled} of the {requested} requested meetings have a slot ({percent} %).")
    String stats_meetings(Integer scheduled, Integer requested, Double percent);

    @Message("No meeting was requested.")
    String stats_no_meetings();

    @Message("The scheduled meetings are worth {scheduled} priority points: {percent} % of {bound}, the most any"
            + " timetable could reach.")
    String stats_bound(Integer scheduled, Long bound, Double percent);

    @Message("Participants have between {min} and {max} meetings; the median is {median}.")
    String stats_per_participant(Integer min, Integer max, Double median);

    @Message("Participants without any meeting: {without} of {participants}.")
    String stats_without(Integer without, Integer participants);

    @Message("Idle breaks between two meetings: {total}, for {participants} participants, {slots} free slots in all.")
    String stats_breaks(Integer total, Integer participants, Integer slots);

    @Message("Tables are in use in {used} of {seats} table slots ({percent} %).")
    String stats_table_use(Integer used, Integer seats, Double percent);

    @Message("Requests: {total} in all, {accepted} accepted, {pending} pending, {declined} declined, {cancelled}"
            + " cancelled.")
    String stats_requests(Integer total, Integer accepted, Integer pending, Integer declined, Integer cancelled);

    @Message("Meetings per participant")
    String stats_per_participant_title();

    @Message("How many participants have each number of meetings")
    String stats_per_participant_caption();

    @Message("Table use per slot")
    String stats_table_use_title();

    @Message("Tables in use in each slot, of {tables}")
    String stats_table_use_caption(Integer tables);

    @Message("Chart; the same figures are in the table below.")
    String stats_chart_alt();

    @Message("Meetings")
    String stats_chart_meetings_x();

    @Message("Participants")
    String stats_chart_participants_y();

    @Message("Tables used")
    String stats_chart_tables_y();

    @Message("{n} seconds")
    String solve_limit_seconds(Integer n);

    @Message("{n} {#if n == 1}minute{#else}minutes{/if}")
    String solve_limit_minutes(Integer n);

    @Message("Take this meeting out of the timetable?")
    String confirm_take_out_title();

    @Message("The meeting of {a} and {b} at {table}, {time} goes back to the unscheduled meetings and is no longer"
            + " pinned. You can undo it afterwards.")
    String confirm_take_out_text(String a, String b, String table, String time);

    @Message("Take out")
    String confirm_take_out();

    @Message("Keep it")
    String confirm_keep();

    @Message("Publish the timetable as publication {number}?")
    String confirm_publish_title(String number);

    @Message("{mailed} participants will be mailed their timetable or what changed in it. Meetings new, moved or"
            + " removed: {changes}. Mails cannot be called back.")
    String confirm_publish_text(String mailed, String changes);

    @Message("1 participant will be mailed their timetable or what changed in it. Meetings new, moved or removed:"
            + " {changes}. Mails cannot be called back.")
    String confirm_publish_text_one(String changes);

    @Message("Publish and mail")
    String confirm_publish();

    @Message("Not now")
    String confirm_not_now();

    @Message("Moved {a} and {b} to {where}")
    String undo_move(String a, String b, String where);

    @Message("Moved {a} and {b} to {where}, pinned")
    String undo_move_pinned(String a, String b, String where);

    @Message("Took {a} and {b} out of the timetable")
    String undo_take_out(String a, String b);

    @Message("Pinned the meeting of {a} and {b}")
    String undo_pin(String a, String b);

    @Message("Unpinned the meeting of {a} and {b}")
    String undo_unpin(String a, String b);

    @Message("Marked {name} as a no-show; meetings taken out: {count}")
    String undo_no_show(String name, String count);

    @Message("Cancelled the attendance of {name}; meetings taken out: {count}")
    String undo_cancellation(String name, String count);

    @Message("{what} ({who})")
    String undo_by(String what, String who);

    @Message("Undo")
    String undo_button();

    @Message("Undo: {what}")
    String undo_button_label(String what);

    @Message("Earlier actions")
    String undo_earlier();

    @Message("Undone: {what}.")
    String undo_done(String what);

    @Message("This could not be undone:")
    String undo_failed();

    @Message("Cannot be undone: published since, and participants were told.")
    String undo_blocked_published();

    @Message("Cannot be undone: solved again since.")
    String undo_blocked_solved();

    @Message("Cannot be undone: the meeting changed since.")
    String undo_blocked_changed();

    @Message("Cannot be undone: removed since.")
    String undo_blocked_removed();

    @Message("Cannot be undone: no longer marked as a no-show.")
    String undo_blocked_present();
}
