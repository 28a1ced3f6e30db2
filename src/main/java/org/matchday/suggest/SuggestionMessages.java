package org.matchday.suggest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sentences of partner suggestions: the reasons given for each, the partner page's section, the organiser's
 * nudge and its mail. Traditional Chinese in {@code messages/suggest_zh_TW.properties}.
 */
@MessageBundle(value = "suggest", locale = "en")
public interface SuggestionMessages {

    @Message("you seek {seek}; they offer {offer}")
    String reason_they_offer(String seek, String offer);

    @Message("they seek {seek}; you offer {offer}")
    String reason_you_offer(String seek, String offer);

    @Message("both in {sector}")
    String reason_both_in(String sector);

    @Message("Suggested partners")
    String section_title();

    @Message("Participants whose offers answer what you seek, or who seek what you offer, best first. The choice is"
            + " yours: ask to meet with one click.")
    String section_intro();

    @Message("No suggestions yet: describe what you offer and seek in your profile.")
    String section_none();

    @Message("Loading suggestions…")
    String section_loading();

    @Message("Ask to meet")
    String wish();

    @Message("Ask to meet {name}")
    String wish_label(String name);

    @Message("Wish sent")
    String wish_sent();

    @Message("Why")
    String reasons_label();

    @Message("suggested")
    String suggested_mark();

    @Message("Suggested by Matchday")
    String suggested_title();

    @Message("Nudge participants with few wishes")
    String nudge_title();

    @Message("For participants who sent fewer wishes than the minimum, mail them their top suggestions, or add those"
            + " as low-priority wishes that the receivers still accept or decline.")
    String nudge_intro();

    @Message("Allow mailing suggestions")
    String nudge_mail_switch();

    @Message("Allow adding suggestions as wishes")
    String nudge_wish_switch();

    @Message("Save switches")
    String nudge_save();

    @Message("Switches saved.")
    String nudge_saved();

    @Message("Fewer wishes than")
    String nudge_min_wishes();

    @Message("Suggestions per participant")
    String nudge_per_participant();

    @Message("Mail suggestions")
    String nudge_mail();

    @Message("Add as wishes")
    String nudge_add();

    /** With placeholders the page's script fills in: the counts come from the nudge's answer. */
    @Message("{participants} participants nudged: {mails} mails, {wishes} wishes added.")
    String nudge_done(String participants, String mails, String wishes);

    @Message("of them added from suggestions by the organiser: {suggested} ({accepted} accepted)")
    String stats_suggested(int suggested, int accepted);
}
