package org.matchday.participant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.matchday.domain.EventPhase;
import org.matchday.domain.RequestStatus;

/**
 * Texts of the participants' pages (personal link, home, profile, partners, wishes, agenda). English here,
 * Traditional Chinese in messages/participant_zh_TW.properties.
 */
@MessageBundle(value = "participant", locale = "en")
public interface ParticipantMessages {

    // Navigation and shared texts

    @Message("Your pages")
    String nav_label();

    @Message("Home")
    String nav_home();

    @Message("Profile")
    String nav_profile();

    @Message("Partners")
    String nav_partners();

    @Message("Wishes")
    String nav_wishes();

    @Message("Agenda")
    String nav_agenda();

    @Message("Times are local to {timezone}.")
    String zone_note(String timezone);

    @Message("Matchday could not be reached. Check your connection and try again.")
    String problem_network();

    @Message("Your changes were not saved:")
    String problem_not_saved();

    @Message("Saved.")
    String saved();

    @Message("(none)")
    String choose_none();

    // Home

    @Message("Welcome, {name}")
    String home_welcome(String name);

    @Message("Where the event stands")
    String home_now();

    @Message("{#when phase}"
            + "{#is DRAFT}The organiser is still preparing the event. There is nothing for you to do yet."
            + "{#is REGISTRATION}Complete your profile and say when you can meet. You can still change your group."
            + "{#is WISHES_OPEN}Find the participants you want to meet and send them wishes; answer the wishes you"
            + " receive. You can still edit your profile (not your group) and when you can meet."
            + "{#is WISHES_CLOSED}Wishes are closed: the organiser is building the timetable. You can still edit"
            + " your profile."
            + "{#is SCHEDULED}The timetable is being finalised. You can still edit your profile; your agenda"
            + " appears here once it is published."
            + "{#is PUBLISHED}Your agenda is ready: see your meetings, download them or add them to your calendar."
            + "{#is CLOSED}The event is over. Your agenda stays available.{/when}")
    String phase_now(EventPhase phase);

    @Message("This event also takes late wishes: you can still send and answer wishes.")
    String phase_late_wishes();

    @Message("To call off a meeting or your whole participation, please contact the organiser.")
    String home_cancel_hint();

    @Message("Edit your profile and when you can meet")
    String home_link_profile_edit();

    @Message("See your profile")
    String home_link_profile_view();

    @Message("Find partners")
    String home_link_partners();

    @Message("Your wishes")
    String home_link_wishes();

    @Message("{sent} sent, {waiting} waiting for your answer")
    String home_wish_counts(long sent, long waiting);

    @Message("Your agenda")
    String home_link_agenda();

    @Message("This device")
    String device_title();

    @Message("This device remembers your personal link, so you can come back without it. On a shared or borrowed"
            + " device, make it forget the link when you are done.")
    String device_text();

    @Message("Forget my link on this device")
    String device_forget();

    // The link that no longer works

    @Message("This link no longer works")
    String invalid_title();

    @Message("The personal link you opened has expired or was replaced by a newer one.")
    String invalid_text();

    @Message("Please ask the organiser of your event to send you a new link.")
    String invalid_ask();

    @Message("This device still remembers another link of yours: go to your page")
    String invalid_still_signed_in();

    @Message("This device has forgotten your link")
    String forgotten_title();

    @Message("To come back, open the personal link from your invitation again.")
    String forgotten_text();

    // Profile and availability

    @Message("Your profile")
    String profile_title();

    @Message("What other participants see")
    String profile_heading();

    @Message("Your name, {name}, is as the organiser registered it. Everything else here other participants see,"
            + " except your e-mail address.")
    String profile_intro(String name);

    @Message("The event is closed: your profile can no longer change.")
    String profile_locked();

    @Message("Organisation")
    String field_organisation();

    @Message("Group")
    String field_group();

    @Message("Your group decides whom you may ask to meet. It can change until wishes open.")
    String group_hint();

    @Message("Your group can no longer change: wishes have opened.")
    String group_locked();

    @Message("Country")
    String field_country();

    @Message("Sectors")
    String field_sectors();

    @Message("Separated by commas, e.g. Aerospace, Drones")
    String sectors_hint();

    @Message("About your organisation")
    String field_description();

    @Message("What you offer")
    String field_offers();

    @Message("What you are looking for")
    String field_seeks();

    @Message("Languages you meet in")
    String field_languages();

    @Message("Language tags separated by commas, e.g. zh-TW, en. The first is the language of your agenda.")
    String languages_hint();

    @Message("E-mail address")
    String field_email();

    @Message("Only the organiser sees it.")
    String email_hint();

    @Message("Save profile")
    String profile_save();

    @Message("When you can meet")
    String availability_heading();

    @Message("The event's sessions (times local to {timezone}):")
    String availability_intro(String timezone);

    @Message("The event has no sessions yet.")
    String availability_no_sessions();

    @Message("When you can meet can change only until wishes close.")
    String availability_locked();

    @Message("I can meet")
    String availability_choice();

    @Message("at any time during the sessions")
    String availability_any();

    @Message("only in these windows")
    String availability_windows();

    @Message("Session")
    String window_session();

    @Message("From")
    String window_from();

    @Message("To")
    String window_to();

    @Message("Add a window")
    String availability_add();

    @Message("Remove this window")
    String availability_remove();

    @Message("Save when I can meet")
    String availability_save();

    @Message("Add at least one window, or choose any time.")
    String availability_none();

    // Partners

    @Message("Find partners")
    String partners_title();

    @Message("Wishes are not open now: you can look around, and send wishes once the organiser opens them.")
    String partners_wishes_closed();

    @Message("Search the participants")
    String partners_search_label();

    @Message("Words")
    String partners_q();

    @Message("Found in names, organisations, descriptions, offers and needs.")
    String partners_q_hint();

    @Message("Any")
    String filter_any();

    @Message("Sector")
    String filter_sector();

    @Message("Sort by")
    String sort_label();

    @Message("{#when key}{#is 'organisation'}Organisation{#is 'country'}Country{#is 'group'}Group"
            + "{#else}Name{/when}")
    String sort_by(String key);

    @Message("Search")
    String partners_search();

    @Message("Clear")
    String partners_reset();

    @Message("{#if total == 1}1 participant found{#else}{total} participants found{/if}")
    String partners_found(int total);

    @Message("No participant matches. Try fewer words or filters.")
    String partners_none();

    @Message("you")
    String partners_you();

    @Message("Offers")
    String partner_offers();

    @Message("Looks for")
    String partner_seeks();

    @Message("Meets in")
    String partner_languages();

    @Message("Asked you to meet:")
    String partners_they_asked();

    @Message("You asked to meet:")
    String partners_you_asked();

    @Message("Ask {name} to meet")
    String wish_ask(String name);

    @Message("How much it matters")
    String wish_priority();

    @Message("{#when priority}{#is 1}1 – nice to have{#is 2}2 – interested{#is 3}3 – important"
            + "{#is 4}4 – very important{#else}5 – must meet{/when}")
    String priority(int priority);

    @Message("A note for them")
    String wish_note();

    @Message("What you would like to talk about (optional).")
    String wish_note_hint();

    @Message("Sessions that suit you")
    String wish_sessions();

    @Message("None ticked: any session.")
    String wish_sessions_hint();

    @Message("Send the wish")
    String wish_send();

    @Message("Wish sent to {name}.")
    String wish_sent(String name);

    @Message("The wish was not sent:")
    String wish_refused();

    @Message("Results")
    String pages_label();

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    // Wishes

    @Message("Your wishes")
    String wishes_title();

    @Message("{#when done}{#is 'accepted'}You accepted the wish.{#is 'declined'}You declined the wish."
            + "{#else}You withdrew your wish.{/when}")
    String wishes_done(String done);

    @Message("The event's rules")
    String wishes_rules();

    @Message("You may have up to {cap} wishes standing; you have {standing}.")
    String wishes_cap(Integer cap, long standing);

    @Message("You have {standing} wishes standing; the event sets no limit.")
    String wishes_no_cap(long standing);

    @Message("A wish counts once the participant you asked accepts it.")
    String wishes_acceptance();

    @Message("A wish counts as soon as you send it.")
    String wishes_no_acceptance();

    @Message("Wishes cannot be sent, withdrawn or answered in this phase of the event.")
    String wishes_closed();

    @Message("Find partners to ask")
    String wishes_find();

    @Message("Received ({count})")
    String wishes_received(int count);

    @Message("Nobody has asked to meet you yet.")
    String wishes_received_none();

    @Message("Sent ({count})")
    String wishes_sent(int count);

    @Message("You have not sent any wish yet.")
    String wishes_sent_none();

    @Message("{#when status}{#is PENDING}Waiting for an answer{#is ACCEPTED}Accepted{#is DECLINED}Declined"
            + "{#is CANCELLED}Cancelled{/when}")
    String wish_status(RequestStatus status);

    @Message("Expired unanswered")
    String wish_expired();

    @Message("In: {sessions}")
    String wish_sessions_named(String sessions);

    @Message("Accept")
    String wish_accept();

    @Message("Decline")
    String wish_decline();

    @Message("Withdraw")
    String wish_withdraw();

    @Message("That did not work:")
    String wish_action_refused();

    // Agenda

    @Message("Your agenda")
    String agenda_title();

    @Message("Your agenda appears here once the organiser publishes the timetable.")
    String agenda_not_yet();

    @Message("Times are local to {timezone}. Your device is in %zone%: your own time is shown under each meeting.")
    String agenda_zone_differs(String timezone);

    @Message("Your time: %time%")
    String agenda_your_time();

    @Message("{#if count == 1}1 meeting{#else}{count} meetings{/if}")
    String agenda_meetings(int count);

    @Message("You have no meeting in the published timetable.")
    String agenda_none();

    @Message("{#if count == 1}1 wish cannot become a meeting{#else}{count} wishes cannot become meetings{/if}")
    String agenda_unmet_title(int count);

    @Message("With {partner}: neither of you has a table of your own, and every table is a host's fixed table."
            + " The organiser can add a table no host keeps, or give one of you a table.")
    String agenda_unmet_no_free_table(String partner);

    @Message("With {partner}: you share no time you can both attend in the allowed sessions ({sessions})."
            + " The organiser can change your availability or the request's sessions.")
    String agenda_unmet_no_slot(String partner, String sessions);

    @Message("With {partner}: the requests allow no common session. The organiser can change the request's"
            + " sessions.")
    String agenda_unmet_no_session(String partner);

    @Message("With {partner}: {name} takes no meetings. The organiser can raise that maximum.")
    String agenda_unmet_no_meetings(String partner, String name);

    @Message("With {partner}: the event has no tables yet. The organiser can add tables.")
    String agenda_unmet_no_tables(String partner);

    @Message("Table: {table}")
    String agenda_table(String table);

    @Message("Download")
    String agenda_downloads();

    @Message("Agenda (PDF)")
    String agenda_pdf();

    @Message("Calendar file (.ics)")
    String agenda_ics();

    @Message("Add to your calendar")
    String agenda_calendar();

    @Message("Subscribe once and your calendar app keeps your meetings up to date when the organiser changes the"
            + " timetable.")
    String agenda_calendar_text();

    @Message("Add to calendar")
    String agenda_subscribe();

    @Message("Copy the address")
    String agenda_copy();

    @Message("Address copied.")
    String agenda_copied();

    @Message("The address holds your personal key: share it with nobody.")
    String agenda_calendar_private();
}
