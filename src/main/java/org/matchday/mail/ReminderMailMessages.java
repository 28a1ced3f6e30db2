package org.matchday.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sentences of reminders and nudges, in English here and in Traditional Chinese in
 * {@code messages/remindermail_zh_TW.properties}; greeting, signature, names and times come from {@link MailMessages}.
 */
@MessageBundle(value = "remindermail", locale = "en")
public interface ReminderMailMessages {

    @Message("{event}: your meetings on {day}")
    String agendaSubject(String event, String day);

    @Message("here are your meetings at {event} on {day}:")
    String agendaIntro(String event, String day);

    @Message("{event}: whom would you like to meet?")
    String noWishSubject(String event);

    @Message("requests to meet are open at {event}, and you have not asked anyone yet. Through your personal link you"
            + " can see who takes part and ask the participants you would like to meet.")
    String noWishBody(String event);

    @Message("{event}: {count} {#if count == 1}request waits{#else}requests wait{/if} for your answer")
    String unansweredSubject(String event, int count);

    @Message("these participants asked to meet you at {event} {days} or more days ago and wait for your answer:")
    String unansweredIntro(String event, int days);

    @Message("Please accept or decline through your personal link.{#if expiryDays > 0} A request left unanswered"
            + " {expiryDays} days expires.{/if}")
    String unansweredPlease(int expiryDays);

    @Message("{event}: your request to {receiver} has expired")
    String expiredSentSubject(String event, String receiver);

    @Message("{receiver} did not answer your request to meet within {days} days, so it has expired and no longer"
            + " counts against your requests. While requests are open you may ask again or ask other participants.")
    String expiredSentBody(String receiver, int days);

    @Message("{event}: the request from {sender} has expired")
    String expiredReceivedSubject(String event, String sender);

    @Message("the request to meet from {sender} was left unanswered for {days} days and has expired.")
    String expiredReceivedBody(String sender, int days);
}
