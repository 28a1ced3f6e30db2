package org.matchday.series;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sentences of a series' editions on the participant's partner page: whom it met before and what came of it.
 * Traditional Chinese in {@code messages/series_zh_TW.properties}.
 */
@MessageBundle(value = "series", locale = "en")
public interface SeriesMessages {

    @Message("Met at earlier editions")
    String history_title();

    @Message("Whom you met at earlier editions of this event, and what came of it. If they are here again, you may"
            + " ask to meet again.")
    String history_intro();

    @Message("What came of it")
    String outcome_label();

    @Message("Agreement reached")
    String outcome_agreement();

    @Message("In progress")
    String outcome_in_progress();

    @Message("No result")
    String outcome_none();

    @Message("Not known")
    String outcome_unknown();

    @Message("Not at this edition")
    String not_here();

    @Message("Ask to meet again")
    String meet_again();

    @Message("Ask {name} to meet again")
    String meet_again_label(String name);

    @Message("Wish sent")
    String wish_sent();
}
