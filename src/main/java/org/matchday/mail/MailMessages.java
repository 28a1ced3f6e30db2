package org.matchday.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the mails to participants, in English here and in Traditional Chinese in
 * {@code messages/mail_zh_TW.properties}. Qute checks at build time that each translation exists and uses only the
 * parameters its method declares.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message("Dear {name},")
    String greeting(String name);

    @Message("Matchday, for the organisers of {event}")
    String signature(String event);

    /** A participant as mails name it: "林明哲 (中華民國全國工業總會)". */
    @Message("{name}{#if organisation} ({organisation}){/if}")
    String person(String name, String organisation);

    /** A day: "Tue 2018-06-05". */
    @Message("{weekday} {date}")
    String day(String weekday, String date);

    /** A meeting's time: "Tue 2018-06-05, 13:30–13:50". */
    @Message("{weekday} {date}, {times}")
    String when(String weekday, String date, String times);

    /** Where and when a meeting is: "Tue 2018-06-05, 13:30–13:50, Table 1". */
    @Message("{when}, {table}")
    String place(String when, String table);

    /** A line of the timetable: "Tue 2018-06-05, 13:30–13:50, Table 1: 林明哲 (中華民國全國工業總會)". */
    @Message("{place}: {counterpart}")
    String meeting(String place, String counterpart);

    @Message("All times are local to {zone}.")
    String zoneNote(String zone);

    @Message("{event}: your personal link")
    String invitationSubject(String event);

    @Message("you are invited to {event}. Your personal link lets you complete your profile, ask other participants"
            + " to meet you, answer their requests and get your agenda once the timetable is published:")
    String invitationIntro(String event);

    @Message("The link is yours alone: please do not forward it. It works until {expires}.")
    String invitationKeep(String expires);

    @Message("{event}: {sender} would like to meet you")
    String wishReceivedSubject(String event, String sender);

    @Message("{sender} would like to meet you at {event}.")
    String wishReceivedIntro(String sender, String event);

    @Message("Their note: {note}")
    String wishNote(String note);

    @Message("Please accept or decline the request through your personal link.")
    String wishPleaseAnswer();

    @Message("This event does not ask you to accept requests: the meeting will be planned.")
    String wishNoAnswerNeeded();

    @Message("{event}: {receiver} accepted your request")
    String wishAcceptedSubject(String event, String receiver);

    @Message("{receiver} accepted your request to meet. The meeting will be planned, and you will receive your agenda"
            + " when the timetable is published.")
    String wishAcceptedBody(String receiver);

    @Message("{event}: {receiver} declined your request")
    String wishDeclinedSubject(String event, String receiver);

    @Message("{receiver} declined your request to meet. While requests are open you may ask other participants.")
    String wishDeclinedBody(String receiver);

    @Message("{event}: your timetable")
    String publishedSubject(String event);

    @Message("the timetable of {event} is published. Your meetings:")
    String publishedIntro(String event);

    @Message("{event}: your timetable has changed")
    String changedSubject(String event);

    @Message("the timetable of {event} has changed (version {version}). What changed for you:")
    String changedIntro(String event, int version);

    @Message("Moved: your meeting with {counterpart}")
    String moved(String counterpart);

    @Message("New: a meeting with {counterpart}")
    String appeared(String counterpart);

    @Message("Cancelled: your meeting with {counterpart}")
    String disappeared(String counterpart);

    @Message("was: {place}")
    String was(String place);

    @Message("now: {place}")
    String now(String place);

    @Message("Your agenda is attached: a PDF to print and a calendar file (.ics) to import. Importing a newer"
            + " calendar file updates the meetings already in your calendar.")
    String attachments();

    @Message("{event}: partners you may want to meet")
    String suggestionsSubject(String event);

    @Message("Wishes are open at {event}, and these participants match what you offer and seek:")
    String suggestionsIntro(String event);

    /** A suggested partner and why: "林明哲 (中華民國全國工業總會): you seek wind power; they offer wind power equipment". */
    @Message("- {partner}: {reasons}")
    String suggestionsLine(String partner, String reasons);

    @Message("If you would like to meet them, send your wishes through your personal link.")
    String suggestionsOutro();

    /** Reasons one after another: "you seek wind power; they offer wind power equipment; both in wind energy". */
    @Message("{first}; {next}")
    String suggestionsReasons(String first, String next);
}
