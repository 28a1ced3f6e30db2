package org.matchday.day;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the event-day pages: the desk, the control room and a participant's day. English here, Traditional
 * Chinese in messages/day_zh_TW.properties. Texts with %1, %2... are rendered with those markers and filled in by the
 * pages' scripts.
 */
@MessageBundle(value = "day", locale = "en")
public interface DayMessages {

    @Message("Desk")
    String nav_desk();

    @Message("Control room")
    String nav_control();

    @Message("On the day")
    String nav_my_day();

    @Message("Desk")
    String desk_title();

    @Message("Checked in at {time}")
    String status_in(String time);

    @Message("Not checked in")
    String status_not_in();

    @Message("Absent (no-show or cancelled)")
    String status_absent();

    @Message("Check in")
    String check_in();

    @Message("Undo check-in")
    String check_in_undo();

    @Message("{name} checked in at {time}.")
    String checked_in_done(String name, String time);

    @Message("{name} is no longer checked in.")
    String check_in_undone(String name);

    @Message("Check in")
    String search_title();

    @Message("Search by name or organisation")
    String search_label();

    @Message("{count} found")
    String search_found(String count);

    @Message("Nobody found")
    String search_none();

    @Message("That did not work.")
    String failed();

    @Message("Check-in and meetings booked on the spot open once the event has a timetable.")
    String not_open();

    @Message("Participant not found")
    String focus_unknown();

    @Message("This event has no participant with the code {code}.")
    String focus_unknown_text(String code);

    @Message("Book a meeting on the spot")
    String quick_title();

    @Message("Two participants who want to meet now get the first slot from now in which both and a table are free.")
    String quick_intro();

    @Message("First participant")
    String quick_first();

    @Message("Second participant")
    String quick_second();

    @Message("Choose…")
    String quick_choose();

    @Message("Book")
    String quick_submit();

    @Message("Booked: {a} and {b} meet at {time}, {table}.")
    String quick_booked(String a, String b, String time, String table);

    @Message("Booked: you meet {partner} at {time}, {table}.")
    String quick_booked_mine(String time, String table, String partner);

    @Message("Booked on the spot")
    String queue_title();

    @Message("No meeting booked on the spot is waiting.")
    String queue_empty();

    @Message("{time}, {table}: {a} and {b}")
    String queue_item(String time, String table, String a, String b);

    @Message("Control room")
    String control_title();

    @Message("The figures refresh by themselves every few seconds.")
    String control_intro();

    @Message("Updated at {time}")
    String control_updated(String time);

    @Message("The figures could not be refreshed; they will be tried again.")
    String control_failed();

    @Message("Now")
    String control_now();

    @Message("Checked in / expected")
    String control_checked_in();

    @Message("Meetings held")
    String control_held();

    @Message("Meetings running")
    String control_running();

    @Message("Meetings in the next slot")
    String control_next();

    @Message("Meetings lost to no-shows")
    String control_lost();

    @Message("Free tables")
    String control_free_title();

    @Message("This slot")
    String control_this_slot();

    @Message("Next slot")
    String control_next_slot();

    @Message("No slot")
    String control_no_slot();

    @Message("{start} – {end}")
    String control_slot(String start, String end);

    @Message("No table free")
    String control_free_none();

    @Message("On the day")
    String my_title();

    @Message("Next meeting")
    String my_next_title();

    @Message("Next meeting: {time}, {table}, with {partner}")
    String my_next(String time, String table, String partner);

    @Message("Meeting now: since {time}, {table}, with {partner}")
    String my_now(String time, String table, String partner);

    @Message("No meeting left today.")
    String my_next_none();

    @Message("Your agenda is not published yet.")
    String my_not_published();

    @Message("{partner} did not come: your meeting at {time} at table {table} will not take place.")
    String my_partner_absent(String partner, String time, String table);

    @Message("Your whole agenda")
    String my_agenda_link();

    @Message("Check-in")
    String my_check_in_title();

    @Message("You checked in at {time}.")
    String my_checked_in(String time);

    @Message("You are not checked in yet.")
    String my_not_in();

    @Message("You are marked as absent; ask the desk if this is a mistake.")
    String my_absent();

    @Message("Show this code at the desk: staff scan it with their phone to check you in.")
    String my_qr_caption();

    @Message("Meet someone now")
    String my_quick_title();

    @Message("Met someone you want to talk to? Book the first slot from now in which you both and a table are free.")
    String my_quick_intro();

    @Message("Whom to meet")
    String my_quick_partner();

    @Message("Participants may check themselves in from their personal page")
    String self_check_in();
}
