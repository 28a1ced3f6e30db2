package org.matchday.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the reminders section of the set-up page, in English here and in Traditional Chinese in
 * messages/reminders_zh_TW.properties. Texts with parameters serve the page's script, which fills in {@code %n}.
 */
@MessageBundle(value = "reminders", locale = "en")
public interface ReminderMessages {

    @Message("Reminders")
    String title();

    @Message("Mails Matchday sends participants by itself, each in the participant's language. Every one is off until"
            + " you turn it on; none is sent twice.")
    String intro();

    @Message("Send each participant the next day's meetings the evening before")
    String agenda_evening();

    @Message("Hour (event time)")
    String agenda_hour();

    @Message("Nudge participants who have not asked anyone, some days after wishes open")
    String no_wish();

    @Message("Days after wishes open")
    String no_wish_days();

    @Message("Remind participants of requests they have left unanswered")
    String unanswered();

    @Message("Days a request waits")
    String unanswered_days();

    @Message("Let requests left unanswered expire (declined for the receiver; both sides are told)")
    String expiry();

    @Message("Days until a request expires")
    String expiry_days();

    @Message("Wishes opened %when. The nudge counts its days from then.")
    String opened();

    @Message("Wishes have not opened yet.")
    String not_opened();

    @Message("Save reminders")
    String save();

    @Message("Send what is due now")
    String run();

    @Message("The timer sends due reminders every few minutes; this sends them at once.")
    String run_help();

    @Message("Sent: %agenda agendas, %noWish nudges, %unanswered reminders; %expired requests expired.")
    String run_result();
}
