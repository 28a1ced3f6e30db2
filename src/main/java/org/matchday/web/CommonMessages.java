package org.matchday.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.matchday.domain.EventPhase;

/**
 * Texts every page shares: the frame, the login page and the events list. English here, Traditional Chinese in
 * messages/common_zh_TW.properties; a test fails when a text lacks its translation.
 */
@MessageBundle(value = "common", locale = "en")
public interface CommonMessages {

    @Message("Matchday")
    String app_name();

    @Message("Skip to the content")
    String skip_link();

    @Message("Main navigation")
    String nav_label();

    @Message("Events")
    String nav_events();

    @Message("Log out")
    String nav_logout();

    @Message("Language")
    String lang_label();

    @Message("Logged in as {name}")
    String signed_in_as(String name);

    @Message("Log in")
    String login_title();

    @Message("Organisers and staff log in here. Participants use the personal link they received.")
    String login_intro();

    @Message("Username")
    String login_username();

    @Message("Password")
    String login_password();

    @Message("Log in")
    String login_submit();

    @Message("Wrong username or password, or the account is disabled.")
    String login_error();

    @Message("Your events")
    String events_title();

    @Message("You have no events yet. Import one below.")
    String events_empty();

    @Message("Event")
    String events_col_name();

    @Message("Phase")
    String events_col_phase();

    @Message("Participants")
    String events_col_participants();

    @Message("Scheduled meetings")
    String events_col_meetings();

    @Message("Import an event")
    String events_import_title();

    @Message("A matchday-event/1 file (JSON)")
    String events_import_file();

    @Message("Import")
    String events_import_submit();

    @Message("The file was not imported:")
    String events_import_failed();

    @Message("{#when phase}{#is DRAFT}Draft{#is REGISTRATION}Registration{#is WISHES_OPEN}Wishes open"
            + "{#is WISHES_CLOSED}Wishes closed{#is SCHEDULED}Scheduled{#is PUBLISHED}Published{#is CLOSED}Closed{/when}")
    String phase(EventPhase phase);

    @Message("Page not found")
    String not_found();

    @Message("Error {status}")
    String error_status(int status);

    @Message("Back to your events")
    String error_back_events();

    @Message("Back to your page")
    String error_back_participant();

    @Message("Log in")
    String error_back_login();
}
