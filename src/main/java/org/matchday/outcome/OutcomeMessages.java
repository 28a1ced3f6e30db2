package org.matchday.outcome;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.Interest;
import org.matchday.domain.outcome.OutcomeStatus;

/**
 * Texts of what comes after the meetings: the survey mails, the participant's "After the meetings" page, the
 * organiser's outcome page and the report's workbook and PDF. English here, Traditional Chinese in
 * messages/outcome_zh_TW.properties.
 */
@MessageBundle(value = "outcome", locale = "en")
public interface OutcomeMessages {

    // Mails
    @Message("How were your meetings at {event}?")
    String feedback_subject(String event);

    @Message("Thank you for taking part in {event}. Please tell us, for each of your meetings, whether it took"
            + " place, how useful it was and whether you expect to follow it up: it takes a minute, and only you and"
            + " the organisers read your answers.")
    String feedback_intro(String event);

    @Message("What came of your meetings at {event}?")
    String followup_subject(String event);

    @Message("Some months ago at {event} you had meetings that you or your counterpart wanted to follow up. Did they"
            + " lead to anything: work in progress, or an agreement? Your answers help the organisers show what the"
            + " matchmaking brings, and you decide whether your story may be published.")
    String followup_intro(String event);

    @Message("This is a reminder: we have not had all your answers yet.")
    String reminder();

    @Message("Your meetings: {partners}")
    String meetings_list(String partners);

    @Message("Open your personal page with this link and choose \"After the meetings\":")
    String open_link();

    // Navigation and the participant's page
    @Message("After the meetings")
    String nav_after();

    @Message("After the meetings")
    String page_title();

    @Message("Your answers are private: only you and the organisers read them. Your counterpart answers separately.")
    String page_private();

    @Message("No meeting has taken place yet. Once your meetings are over, you can tell us how they went here.")
    String page_none();

    @Message("The timetable is not published yet.")
    String page_not_published();

    @Message("Meeting with {partner}")
    String meeting_with(String partner);

    @Message("Did the meeting take place?")
    String held_question();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Rating")
    String rating();

    @Message("{#when n}{#is 1}1 – poor{#is 2}2{#is 3}3{#is 4}4{#is 5}5 – excellent{#else}-{/when}")
    String rating_value(int n);

    @Message("Not rated")
    String rating_none();

    @Message("What next?")
    String interest();

    @Message("{#when interest}{#is NONE}Nothing more{#is FOLLOW_UP}A follow-up{#is COOPERATION_LIKELY}A cooperation"
            + " is likely{#else}-{/when}")
    String interest_value(Interest interest);

    @Message("Private note")
    String note();

    @Message("Save feedback")
    String save_feedback();

    @Message("Saved.")
    String saved();

    @Message("Not saved:")
    String not_saved();

    @Message("What came of it?")
    String outcome_question();

    @Message("{#when status}{#is NONE}No result{#is IN_PROGRESS}In progress{#is AGREEMENT}Agreement reached"
            + "{#else}-{/when}")
    String status_value(OutcomeStatus status);

    @Message("Kinds of cooperation")
    String kinds();

    @Message("{#when kind}{#is COMMERCIAL}Commercial{#is TECHNOLOGY}Technology{#is RESEARCH}Research{#is INVESTMENT}"
            + "Investment{#is OTHER}Other{#else}-{/when}")
    String kind_value(AgreementKind kind);

    @Message("Your story (a few sentences)")
    String story();

    @Message("The organisers may publish my story")
    String publish_story();

    @Message("Save outcome")
    String save_outcome();

    // The organiser's page and the report
    @Message("Outcomes")
    String report_title();

    @Message("Outcome report")
    String report_heading();

    @Message("Every figure counts meetings of the published timetable from the participants' answers and staff's"
            + " records; a meeting nobody answered for is unknown.")
    String report_lead();

    @Message("Workbook (.xlsx)")
    String download_xlsx();

    @Message("Printable report (PDF)")
    String download_pdf();

    @Message("Planned meetings")
    String total_planned();

    @Message("Held")
    String total_held();

    @Message("Not held")
    String total_not_held();

    @Message("Rated")
    String total_rated();

    @Message("Average rating")
    String total_average();

    @Message("Follow-up interest")
    String total_interest();

    @Message("Agreements")
    String total_agreements();

    @Message("In progress")
    String total_in_progress();

    @Message("Unknown")
    String total_unknown();

    @Message("Totals")
    String section_totals();

    @Message("Agreements by kind")
    String section_kinds();

    @Message("By group pair")
    String section_group_pairs();

    @Message("By sector")
    String section_sectors();

    @Message("By country")
    String section_countries();

    @Message("Stories allowed for publication")
    String section_stories();

    @Message("No story yet.")
    String stories_none();

    @Message("Group pair")
    String column_group_pair();

    @Message("Sector")
    String column_sector();

    @Message("Country")
    String column_country();

    @Message("Kind")
    String column_kind();

    @Message("Meetings")
    String column_count();

    @Message("Participants")
    String column_participants();

    @Message("Author")
    String column_author();

    @Message("Story")
    String column_story();

    @Message("Figure")
    String column_figure();

    @Message("Value")
    String column_value();

    @Message("Ask participants")
    String section_surveys();

    @Message("Ask for feedback")
    String ask_feedback();

    @Message("Send the follow-up survey")
    String ask_follow_up();

    @Message("Each mail goes to participants who have not answered yet; asking again is a reminder, at most two and"
            + " at least seven days apart.")
    String ask_hint();

    @Message("Mailed {asked} participants ({reminded} reminders).")
    String asked(String asked, String reminded);

    @Message("Took place (from the table sheets)")
    String section_held();

    @Message("Took place")
    String held_by_staff();

    @Message("Time")
    String column_time();

    @Message("Table")
    String column_table();

    @Message("Outcome report: {event}")
    String pdf_title(String event);

    @Message("Page {page}")
    String pdf_page(int page);

    @Message("No published timetable yet: there is nothing to report.")
    String report_not_published();
}
