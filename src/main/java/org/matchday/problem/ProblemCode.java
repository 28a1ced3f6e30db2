package org.matchday.problem;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every sentence Matchday can say about a problem: a stable code, its English template and, from the template, the
 * names of its parameters. The Traditional Chinese of each code is in {@value ProblemText#CHINESE_BUNDLE};
 * ProblemBundleTest walks both and docs/problems.md lists them.
 */
public enum ProblemCode {

    // Answers of the service itself (titles and the refusals every endpoint may give)
    TITLE_INVALID_BODY("title.invalid-body", "Invalid request body"),
    TITLE_INVALID_PARAMETER("title.invalid-parameter", "Invalid parameter"),
    TITLE_NOT_FOUND("title.not-found", "Not found"),
    TITLE_FORBIDDEN("title.forbidden", "Forbidden"),
    TITLE_UNAUTHORIZED("title.unauthorized", "Unauthorized"),
    TITLE_CONFLICT("title.conflict", "Conflict"),
    TITLE_BUSY("title.busy", "Busy"),
    TITLE_TOO_MANY_REQUESTS("title.too-many-requests", "Too many requests"),
    TITLE_PAYLOAD_TOO_LARGE("title.payload-too-large", "Payload too large"),
    TITLE_UNSUPPORTED_TYPE("title.unsupported-type", "Unsupported Media Type"),
    TITLE_METHOD_NOT_ALLOWED("title.method-not-allowed", "Method not allowed"),
    TITLE_GONE("title.gone", "Gone"),
    TITLE_BAD_REQUEST("title.bad-request", "Bad request"),
    TITLE_INTERNAL("title.internal", "Internal error"),
    TITLE_ERROR("title.error", "Error"),
    ROLE_FORBIDDEN("role.forbidden", "Your role does not allow this."),
    UNAUTHORIZED("unauthorized", "Log in with an account (HTTP Basic) or send a participant's personal link token."),
    LINK_GONE("link.gone", "This personal link no longer works: it expired, was replaced by a new one, or was"
            + " mistyped. Ask the organiser for a new link; a calendar subscribed to this one should subscribe to the"
            + " new link's calendar instead."),
    STALE_CHANGED("stale.changed", "Someone else changed this in the meantime; reload it and apply your change again."),
    STALE_VERSION("stale.version", "The {what} is at version {current}, not {given}: someone changed it since you"
            + " read it. Reload it and apply your change again."),
    BUSY("busy", "The event is being changed by others; nothing was changed, try again in a moment."),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many failed attempts; try again in {seconds} s."),
    CLIENT_GONE("client-gone", "The connection closed before the request was complete; nothing was changed."),
    INTERNAL("internal", "Something went wrong on our side; the request had no effect."),
    HTTP_NOT_FOUND("http.not-found", "There is nothing at this address."),
    HTTP_STATUS("http.status", "The request was refused ({status})."),
    METHOD_NOT_ALLOWED("method.not-allowed", "This address answers {methods}."),
    PAYLOAD_TOO_LARGE("payload.too-large", "{what} is larger than the limit of {limit} bytes ({setting})."),
    CROSS_SITE("cross-site", "Refused a cross-site request: {why}. Changes through the session or link cookie must"
            + " come from Matchday's own pages; other clients send HTTP Basic or a Bearer token."),

    // Words other sentences are made of
    WORD_BODY("word.body", "The body"),
    WORD_DOCUMENT("word.document", "The document"),
    WORD_FILE("word.file", "The file"),
    WORD_SESSION("word.session", "session"),
    WORD_TABLE("word.table", "table"),
    WORD_PARTICIPANT("word.participant", "participant"),
    WORD_REQUEST("word.request", "request"),
    WORD_MEETING_OF("word.meeting-of", "meeting of {a} and {b}"),
    WORD_THING("word.thing", "{kind} \"{code}\""),
    KIND_WHOLE_NUMBER("kind.whole-number", "a whole number"),
    KIND_BOOLEAN("kind.boolean", "true or false"),
    KIND_TEXT("kind.text", "text"),
    KIND_LIST("kind.list", "a list"),
    KIND_OBJECT("kind.object", "an object"),
    KIND_NUMBER("kind.number", "a number"),
    KIND_NULL("kind.null", "null"),
    KIND_NOTHING("kind.nothing", "nothing"),
    KIND_ONE_OF("kind.one-of", "one of {values}"),

    // Counting the problems of a body
    PROBLEMS_BODY("problems.body", "The body has {count}{more? or more problems; the first {count} are listed.|"
            + " {count?problem|problems}.}"),
    PROBLEMS_EVENT("problems.event", "The event has {count}{more? or more problems; the first {count} are listed.|"
            + " {count?problem|problems}.}"),
    PROBLEMS_EVENT_DOCUMENT("problems.event-document", "The event document has {count}{more? or more problems; the"
            + " first {count} are listed.| {count?problem|problems}.}"),
    PROBLEMS_PROFILE("problems.profile", "The profile has {count}{more? or more problems; the first {count} are"
            + " listed.| {count?problem|problems}.}"),
    PROBLEMS_AVAILABILITY("problems.availability", "The availability has {count}{more? or more problems; the first"
            + " {count} are listed.| {count?problem|problems}.}"),
    PROBLEMS_RULES("problems.rules", "The rules have {count}{more? or more problems; the first {count} are listed.|"
            + " {count?problem|problems}.}"),
    PROBLEMS_MOVE("problems.move", "The move has {count}{more? or more problems; the first {count} are listed.|"
            + " {count?problem|problems}.}"),
    PROBLEMS_WEIGHTS("problems.weights", "The weights have {count}{more? or more problems; the first {count} are"
            + " listed.| {count?problem|problems}.}"),
    PROBLEMS_ACCOUNT("problems.account", "The account has {count}{more? or more problems; the first {count} are"
            + " listed.| {count?problem|problems}.}"),
    PROBLEMS_GROUP_CHANGE("problems.group-change", "The group change has {count}{more? or more problems; the first"
            + " {count} are listed.| {count?problem|problems}.}"),
    PROBLEMS_TABLE_BATCH("problems.table-batch", "The batch has {count}{more? or more problems; the first {count} are"
            + " listed.| {count?problem|problems}.}"),
    PROBLEMS_REMINDERS("problems.reminders", "The reminder settings have {count}{more? or more problems; the first"
            + " {count} are listed.| {count?problem|problems}.}"),
    PROBLEMS_COPY("problems.copy", "The copy has {count}{more? or more problems; the first {count} are listed.|"
            + " {count?problem|problems}.}"),
    PROBLEMS_PASSWORD_RESET("problems.password-reset", "The password reset has {count}{more? or more problems; the"
            + " first {count} are listed.| {count?problem|problems}.}"),
    PROBLEMS_PASSWORD_CHANGE("problems.password-change", "The password change has {count}{more? or more problems;"
            + " the first {count} are listed.| {count?problem|problems}.}"),

    // Reading a JSON body
    JSON_INVALID("json.invalid", "The body is not valid JSON."),
    JSON_SYNTAX("json.syntax", "is not valid JSON: {reason}"),
    JSON_EMPTY("json.empty", "The body is empty."),
    JSON_MUST_NOT_BE_EMPTY("json.must-not-be-empty", "must not be empty"),
    JSON_UNREADABLE_FIELDS("json.unreadable-fields", "The body has fields that cannot be read."),
    JSON_UNKNOWN_FIELD("json.unknown-field", "is not a known field"),
    JSON_WRONG_VALUE("json.wrong-value", "must be {expected}, not {found}"),
    JSON_OUT_OF_RANGE("json.out-of-range", "must be {expected} from {min} to {max}, not {found}"),

    // Field rules (bean validation)
    FIELD_REQUIRED("field.required", "must not be null"),
    FIELD_BLANK("field.blank", "must not be blank"),
    FIELD_SIZE("field.size", "size must be between {min} and {max}"),
    FIELD_MIN("field.min", "must be greater than or equal to {value}"),
    FIELD_MAX("field.max", "must be less than or equal to {value}"),
    FIELD_EMAIL("field.email", "must be a well-formed email address"),
    FIELD_PATTERN("field.pattern", "must match \"{regexp}\""),
    FIELD_INVALID("field.invalid", "is not valid"),
    FIELD_PAIR("field.pair", "must name exactly two participants"),
    FIELD_COUNTRY("field.country", "must be an ISO 3166-1 alpha-2 code such as FR or TW"),
    FIELD_LANGUAGE("field.language", "must be a language tag such as en or zh-TW"),
    FIELD_FORMAT("field.format", "must be \"matchday-event/1\""),
    FIELD_USERNAME("field.username", "may hold only letters, digits and . _ @ -"),
    FIELD_CODE("field.code", "must be 1 to 64 letters, digits, dots, dashes, underscores or tildes, starting with a"
            + " letter or digit"),
    FIELD_DATE("field.date", "must be a date as YYYY-MM-DD, such as 2018-06-05"),
    FIELD_TIME("field.time", "must be a time of day as HH:mm, such as 13:30"),
    FIELD_DATE_TIME("field.date-time", "must be a local date-time as YYYY-MM-DDTHH:mm, such as 2018-06-05T13:30"),
    FIELD_TIME_ZONE("field.time-zone", "must be an IANA time zone such as Asia/Taipei or Europe/Brussels"),

    // The rules of an event document across its fields
    DOC_UNKNOWN_SESSION("doc.unknown-session", "unknown session \"{id}\""),
    DOC_UNKNOWN_TABLE("doc.unknown-table", "unknown table \"{id}\""),
    DOC_UNKNOWN_PARTICIPANT("doc.unknown-participant", "unknown participant \"{id}\""),
    DOC_UNKNOWN_REQUEST("doc.unknown-request", "unknown request \"{id}\""),
    DOC_DUPLICATE_ID("doc.duplicate-id", "duplicate {kind} id \"{id}\" (first at {first})"),
    DOC_SESSION_END("doc.session-end", "must be after the session's start {start}"),
    DOC_MEETING_TOO_LONG("doc.meeting-too-long", "a {meetingMinutes}-minute meeting does not fit in the session from"
            + " {start} to {end} ({minutes} minutes)"),
    DOC_BREAKS_NO_ROOM("doc.breaks-no-room", "leave no room for a single {meetingMinutes}-minute meeting"),
    DOC_SESSION_OVERLAP("doc.session-overlap", "overlaps session \"{session}\" ({start}-{end} on {date})"),
    DOC_BREAK_END("doc.break-end", "must be after the break's start {start}"),
    DOC_BREAK_OUTSIDE("doc.break-outside", "break {start}-{end} lies outside its session {sessionStart}-{sessionEnd}"),
    DOC_BREAK_OVERLAP("doc.break-overlap", "overlaps {other}"),
    DOC_FIXED_TABLE_TAKEN("doc.fixed-table-taken", "table \"{table}\" is already the fixed table of participant"
            + " \"{owner}\""),
    DOC_WINDOW_END("doc.window-end", "must be after the window's start {start}"),
    DOC_WINDOW_OUTSIDE("doc.window-outside", "window {from}-{to} lies outside session \"{session}\" ({start}-{end})"),
    DOC_REQUEST_SELF("doc.request-self", "a participant cannot request a meeting with itself"),
    DOC_PAIR_SAME("doc.pair-same", "must name two different participants"),
    DOC_REQUEST_OTHER_PAIR("doc.request-other-pair", "request \"{id}\" is between \"{from}\" and \"{to}\", not this"
            + " meeting's participants"),
    DOC_PAIR_MEETS_ALREADY("doc.pair-meets-already", "the same two participants already meet at {first}"),
    DOC_PAIR_LISTED_ALREADY("doc.pair-listed-already", "the same two participants are already listed at {first}"),
    DOC_PARTICIPANT_BUSY("doc.participant-busy", "participant \"{participant}\" already meets in {other} at {at}"),
    DOC_TABLE_BUSY("doc.table-busy", "table \"{table}\" already hosts {other} at {at}"),
    DOC_NOT_A_SLOT("doc.not-a-slot", "{start} is not the start of a slot of session \"{session}\"; slots start at"
            + " {slots}"),
    DOC_SLOT_END("doc.slot-end", "must be {end}, the end of the slot starting at {start}"),

    // Participant sheets
    SHEET_UNSUPPORTED("sheet.unsupported", "Send a CSV file (text/csv, UTF-8) or an Excel workbook ({xlsx}), as the"
            + " body or as the form part \"{part}\"; save Excel 97-2003 (.xls) and password-protected workbooks as"
            + " .xlsx or CSV first."),
    SHEET_UNREADABLE("sheet.unreadable", "The file cannot be read."),
    SHEET_CSV_QUOTES("sheet.csv-quotes", "cannot be read as CSV from here on: a cell that starts with a double quote"
            + " must end with one, and a double quote inside it must be doubled"),
    SHEET_NOT_UTF8("sheet.not-utf8", "is not UTF-8 text: save the file as \"CSV UTF-8\" and send it again"),
    SHEET_NOT_XLSX("sheet.not-xlsx", "is not an Excel workbook (.xlsx) that can be read: open it in Excel, save it as"
            + " .xlsx or CSV UTF-8 and send it again"),
    SHEET_EMPTY("sheet.empty", "is empty: the first line must name the columns, with at least an id and a name"),
    SHEET_NO_ID_COLUMN("sheet.no-id-column", "has no id column: name one \"id\" (or \"participant id\", \"code\","
            + " 編號)"),
    SHEET_NO_NAME_COLUMN("sheet.no-name-column", "has no name column: name one \"name\" (or \"first name\" and"
            + " \"last name\", 姓名, 名稱)"),
    SHEET_WINDOW("sheet.window", "\"{window}\" is not a window such as \"pm 13:30-16:00\" (session, start, end;"
            + " windows separated by ;)"),
    SHEET_WISH("sheet.wish", "\"{token}\" is not a participant id with an optional priority, such as \"tw-02\" or"
            + " \"tw-02:5\""),
    SHEET_WISH_TWICE("sheet.wish-twice", "names \"{id}\" twice"),
    SHEET_GROUP_UNKNOWN("sheet.group-unknown", "unknown group \"{group}\": the event's rules name {groups}"),
    SHEET_WISH_NOT_ALLOWED("sheet.wish-not-allowed", "wish for \"{to}\": the event's rules do not let \"{fromGroup}\""
            + " ask \"{toGroup}\""),
    SHEET_FIELD_PROBLEM("sheet.field-problem", "{field}: {problem}"),
    SHEET_WISH_FOR("sheet.wish-for", "wish for \"{to}\": {problem}"),
    SHEET_PARTICIPANT("sheet.participant", "participant \"{id}\""),
    SHEET_PLAIN("sheet.plain", "{message}"),
    SHEET_PROBLEMS("sheet.problems", "The sheet has {count} {count?problem|problems}; nothing was imported."),

    // Query and path parameters
    PARAM_WHOLE_NUMBER("param.whole-number", "The {name} parameter must be a whole number, not \"{value}\"."),
    PARAM_WHOLE_NUMBER_FIELD("param.whole-number.field", "must be a whole number, not \"{value}\""),
    PARAM_SORT("param.sort", "Unknown sort \"{sort}\"."),
    PARAM_SORT_FIELD("param.sort.field", "must be one of name, organisation, country, group, id, optionally with -"
            + " for descending"),
    PARAM_PAGE("param.page", "The page is out of range."),
    PARAM_PAGE_FIELD("param.page.field", "must be 0 or more"),
    PARAM_PAGE_SIZE("param.page-size", "The page size is out of range."),
    PARAM_BETWEEN_FIELD("param.between.field", "must be between 1 and {max}"),
    PARAM_ORDER("param.order", "Unknown order \"{order}\"; use one of {orders}."),
    PARAM_ORDER_FIELD("param.order.field", "must be one of {orders}"),
    PARAM_LANG("param.lang", "Unknown language \"{lang}\"; use en or zh-TW."),
    PARAM_LANG_FIELD("param.lang.field", "must be en or zh-TW"),
    PARAM_FORMATS("param.formats", "Unknown format \"{format}\"; use pdf, ics or both."),
    PARAM_FORMATS_FIELD("param.formats.field", "must be pdf, ics or both, comma-separated"),
    PARAM_SECONDS("param.seconds", "The time limit is out of range."),
    PARAM_SECONDS_FIELD("param.seconds.field", "must be between 1 and {max} seconds"),
    PARAM_FROM("param.from", "The re-plan cannot start from \"{value}\"."),
    PARAM_FROM_FORMAT_FIELD("param.from.format.field", "must be a local date and time such as 2018-06-05T15:30"),
    PARAM_FROM_SESSION_FIELD("param.from.session.field", "must fall within one of the event's sessions"),
    PARAM_FROM_PHASE_FIELD("param.from.phase.field", "needs a timetable: the event is in phase {phase}, not"
            + " SCHEDULED or PUBLISHED"),
    PARAM_LIMIT("param.limit", "The limit must be between 1 and {max}."),

    // Partner suggestions and the organiser's nudge
    SUGGEST_NUDGE_OFF("suggest.nudge-off", "{action} is switched off for event {event}; switch it on in the"
            + " suggestion settings first."),
    SUGGEST_NUDGE_OFF_FIELD("suggest.nudge-off.field", "is switched off for this event"),
    SUGGEST_NUDGE_MAIL("suggest.nudge-mail", "Mailing suggestions"),
    SUGGEST_NUDGE_WISHES("suggest.nudge-wishes", "Adding suggestions as wishes"),
    SUGGEST_SECTOR_NAMELESS("suggest.sector-nameless", "Each sector needs an English or a Chinese name."),
    SUGGEST_SECTOR_NAMELESS_FIELD("suggest.sector-nameless.field", "needs en or zh"),

    // Events, their phases and members
    EVENT_UNKNOWN("event.unknown", "There is no event {event}."),
    EVENT_NO_THING("event.no-thing", "Event {event} has no {what}."),
    EVENT_NO_THING_HERE("event.no-thing-here", "There is no {what} in this event."),
    EVENT_THING_TAKEN("event.thing-taken", "There is already a {what} in this event."),
    EVENT_THING_IN_USE("event.thing-in-use", "The {what} is still in use; change what refers to it first."),
    EVENT_ID_FIXED("event.id-fixed", "The id cannot change."),
    EVENT_ID_FIXED_FIELD("event.id-fixed.field", "must be \"{code}\", the id in the address; ids cannot change"),
    EVENT_VERSION_REQUIRED("event.version-required", "The version is required to update."),
    EVENT_VERSION_REQUIRED_FIELD("event.version-required.field", "must be the version last read"),
    PHASE_MISSING("phase.missing", "The phase is missing."),
    PHASE_MISSING_FIELD("phase.missing.field", "must be one of {phases}"),
    PHASE_NO_TIMETABLE("phase.no-timetable", "The event cannot move to {phase}: it has no timetable yet; solve it"
            + " (POST /api/events/{event}/solve) first."),
    PHASE_NO_TIMETABLE_FIELD("phase.no-timetable.field", "needs a timetable with at least one scheduled meeting"),
    // The actions a phase allows, and when
    ACTION_ACCEPT_WISH("action.accept-wish", "Accepting a wish"),
    ACTION_CANCEL_MEETING("action.cancel-meeting", "Cancelling a meeting"),
    ACTION_CANCEL("action.cancel", "Cancelling"),
    ACTION_CHANGE_AVAILABILITY("action.change-availability", "Changing one's availability"),
    ACTION_CHANGE_GROUP("action.change-group", "Changing one's group"),
    ACTION_DECLINE_WISH("action.decline-wish", "Declining a wish"),
    ACTION_EDIT_PROFILE("action.edit-profile", "Editing a profile"),
    ACTION_NO_SHOW("action.no-show", "Marking a no-show"),
    ACTION_REPLAN("action.replan", "Re-planning the rest of the day"),
    ACTION_SEND_WISH("action.send-wish", "Sending a wish"),
    ACTION_WITHDRAW_WISH("action.withdraw-wish", "Withdrawing a wish"),
    WHEN_BEFORE_WISHES("when.before-wishes", "before wishes open"),
    WHEN_REGISTRATION_TO_END("when.registration-to-end", "between registration and the end of the event"),
    WHEN_TIMETABLE("when.timetable", "once there is a timetable (SCHEDULED or PUBLISHED)"),
    WHEN_UNTIL_PUBLISHED("when.until-published", "until the timetable is published"),
    WHEN_UNTIL_WISHES_CLOSE("when.until-wishes-close", "until wishes close"),
    WHEN_WISHES_OR_PUBLISHED("when.wishes-or-published", "while wishes are open or after publication"),
    WHEN_WISHES_OPEN("when.wishes-open", "while wishes are open"),
    PHASE_WRONG("phase.wrong", "{action} is possible only {when}; the event is in phase {phase}."),
    VALUE_IS("value.is", "is {value}"),
    MEMBER_NO_ACCOUNT("member.no-account", "There is no account \"{username}\"."),
    MEMBER_NO_ACCOUNT_FIELD("member.no-account.field", "is not an account"),
    MEMBER_UNKNOWN("member.unknown", "\"{username}\" is not a member of event {event}."),
    MEMBER_LAST_ORGANISER("member.last-organiser", "\"{username}\" is the event's last organiser; add another"
            + " first."),
    FILE_NONE("file.none", "No file."),
    FILE_EMPTY_FIELD("file.empty.field", "is empty"),
    FILE_TOO_LARGE("file.too-large", "Too large."),
    FILE_TOO_LARGE_FIELD("file.too-large.field", "is larger than {limit} bytes"),
    FORM_NO_FILE("form.no-file", "The form has no file."),
    FORM_NO_FILE_FIELD("form.no-file.field", "is missing: send the sheet in the form part named \"{part}\""),
    ATTENDANCE_ALREADY("attendance.already", "{code} is marked {attendance} already."),

    // Accounts
    ACCOUNT_TAKEN("account.taken", "There is an account \"{username}\" already; usernames differ by more than upper"
            + " and lower case."),
    ACCOUNT_TAKEN_FIELD("account.taken.field", "is taken"),
    ACCOUNT_KEEP_ADMINISTRATOR("account.keep-administrator", "The account \"{username}\" cannot be disabled: it is"
            + " the administrator."),
    ACCOUNT_KEEP_OWN("account.keep-own", "The account \"{username}\" cannot be disabled: it is your own."),
    ACCOUNT_WRONG_PASSWORD("account.wrong-password", "The current password is wrong."),
    ACCOUNT_WRONG_PASSWORD_FIELD("account.wrong-password.field", "does not match the account's password"),
    ACCOUNT_UNKNOWN("account.unknown", "There is no account \"{username}\"."),
    PASSWORD_SHORT("password.short", "The password is too short."),
    PASSWORD_SHORT_FIELD("password.short.field", "must have at least {min} characters"),

    // Wishes
    WISH_UNKNOWN_RECEIVER("wish.unknown-receiver", "There is no participant \"{to}\" in this event."),
    WISH_UNKNOWN_PARTICIPANT_FIELD("wish.unknown-participant.field", "unknown participant \"{to}\""),
    WISH_SELF("wish.self", "A participant cannot ask to meet itself."),
    WISH_SELF_FIELD("wish.self.field", "is yourself"),
    WISH_CANCELLED_PARTY("wish.cancelled-party", "A participant who cancelled cannot send or receive wishes."),
    WISH_CANCELLED_SENDER_FIELD("wish.cancelled-sender.field", "is you, {attendance}"),
    WISH_CANCELLED_RECEIVER_FIELD("wish.cancelled-receiver.field", "is {attendance}"),
    WISH_ASKED_ALREADY("wish.asked-already", "You have asked {to} already; withdraw that wish to send another."),
    WISH_ASKED_ALREADY_FIELD("wish.asked-already.field", "asked already"),
    WISH_PAIR_NOT_ALLOWED("wish.pair-not-allowed", "The event's rules do not let {from} ask {to}."),
    WISH_PAIR_NOT_ALLOWED_FIELD("wish.pair-not-allowed.field", "no pair from \"{fromGroup}\" to \"{toGroup}\""),
    WISH_GROUP("wish.group", "\"{group}\""),
    WISH_NO_GROUP("wish.no-group", "participants without a group"),
    WISH_CAP("wish.cap", "You have sent the most wishes the event allows ({cap})."),
    WISH_CAP_FIELD("wish.cap.field", "is {cap}"),
    WISH_CHANGED("wish.changed", "The participants changed while the wish was sent; send it again."),
    WISH_CHANGED_FIELD("wish.changed.field", "changed while sending"),
    WISH_ONLY_SENDER("wish.only-sender", "Only the participant who sent a wish may withdraw it; decline it instead."),
    WISH_ONLY_RECEIVER("wish.only-receiver", "Only the participant who received a wish may accept or decline it."),
    WISH_CANCELLED("wish.cancelled", "This wish was cancelled."),
    WISH_CANCELLED_FIELD("wish.cancelled.field", "is CANCELLED"),
    WISH_UNKNOWN("wish.unknown", "You have no wish \"{wish}\"."),

    // The timetable by hand
    MOVE_NO_SLOT("move.no-slot", "No slot starts then."),
    MOVE_NO_SLOT_FIELD("move.no-slot.field", "{start} is not the start of a slot of this event"),
    MOVE_NO_TABLE("move.no-table", "No such table."),
    MOVE_UNKNOWN_TABLE_FIELD("move.unknown-table.field", "unknown table \"{table}\""),
    MOVE_BREAKS_RULES("move.breaks-rules", "The move breaks {count} hard rule(s); nothing was changed."),
    MOVE_PIN_UNSCHEDULED("move.pin-unscheduled", "Only a scheduled meeting can be pinned; move it to a slot first."),
    MOVE_WHILE_SOLVING("move.while-solving", "Event {event} is being solved; stop the solver (DELETE"
            + " /api/events/{event}/solve) before changing meetings by hand."),
    RULE_BROKEN("rule.broken", "{reasons}"),
    RULE_PARTICIPANT_DOUBLE_BOOKED("rule.participant-double-booked", "{participant} has {count} meetings at {at}:"
            + " {meetings}."),
    RULE_TABLE_DOUBLE_BOOKED("rule.table-double-booked", "Table {table} hosts {count} meetings at {at}: {meetings}."),
    RULE_NOT_ENOUGH_TABLES("rule.not-enough-tables", "{count} meetings without a host at {at} need a free table, but"
            + " there are only {free}."),
    RULE_UNAVAILABLE("rule.unavailable", "Meeting {meeting} at {at}: {who} {count?is|are} not available then."),
    RULE_SESSION_NOT_ALLOWED("rule.session-not-allowed", "Meeting {meeting} is in session {session}, but its requests"
            + " allow only {allowed}."),
    RULE_AWAY_FROM_FIXED_TABLE("rule.away-from-fixed-table", "Meeting {meeting} is at table {table}, not at"
            + " {count?the fixed table|either fixed table} {fixed}."),
    RULE_FIXED_TABLE_RESERVED("rule.fixed-table-reserved", "Meeting {meeting} is at table {table}, which is reserved"
            + " for {owner}."),
    RULE_TOO_MANY_MEETINGS("rule.too-many-meetings", "{participant} has {meetings} meetings but takes at most {max}."),
    MOVE_NO_MEETING("move.no-meeting", "Event {event} has no meeting of \"{a}\" and \"{b}\"."),

    // Solving
    SOLVE_RUNNING("solve.running", "Event {event} is being solved already; stop that job (DELETE"
            + " /api/events/{event}/solve) or wait until it ends."),
    WEIGHTS_MISSING("weights.missing", "The weights are missing."),
    WEIGHTS_UNKNOWN_FIELD("weights.unknown.field", "unknown constraint; the constraints are {constraints}"),
    WEIGHTS_SCORE_FIELD("weights.score.field", "must be a score such as {example}"),
    WEIGHTS_LEVEL_FIELD("weights.level.field", "must be a non-negative {level} weight, such as {example}"),
    WEIGHTS_OFF_FIELD("weights.off.field", "a {level} rule cannot be switched off"),

    // Participants, links and attendance
    UNDO_NOTHING("undo.nothing", "There is nothing to undo."),
    UNDO_NOTHING_FIELD("undo.nothing.field", "no action of this event is left to undo"),
    UNDO_UNKNOWN("undo.unknown", "Event {event} has no action {action} to undo."),
    UNDO_STAFF_OWN("undo.staff-own", "Staff may undo only the no-shows they marked themselves."),
    UNDO_REFUSED("undo.refused", "Action {action} cannot be undone: {why}."),
    UNDO_WHY_DONE("undo.why.done", "it was undone already by {by} at {at}"),
    UNDO_WHY_PUBLISHED("undo.why.published", "publication {publication} was made since, and participants were told"
            + " of it"),
    UNDO_WHY_SOLVED("undo.why.solved", "the event was solved again since"),
    UNDO_WHY_PARTICIPANT_REMOVED("undo.why.participant-removed", "the participant was removed since"),
    UNDO_WHY_NOT_ABSENT("undo.why.not-absent", "{participant} is no longer marked as a no-show"),
    UNDO_WHY_MEETING_REMOVED("undo.why.meeting-removed", "the meeting was removed since"),
    UNDO_WHY_CHANGED("undo.why.changed", "the meeting was changed since (moved, taken out or pinned by a later action"
            + " or a solve)"),
    UNDO_PLACE_TAKEN("undo.place-taken", "Action {action} cannot be undone: the meeting's old place breaks {count}"
            + " hard {count?rule|rules} now (it was taken since); nothing was changed."),
    UNDO_PLACE_GONE("undo.place-gone", "The meeting's old session or table was removed since; nothing was changed."),
    UNDO_PLACE_GONE_FIELD("undo.place-gone.field", "its session or table no longer exists"),
    PARTICIPANT_UNKNOWN_FIELD("participant.unknown.field", "unknown participant \"{code}\""),
    PARTICIPANT_NOT_IN_EVENT_FIELD("participant.not-in-event.field", "is not a participant of the event: \"{code}\""),
    GROUP_NOT_IN_RULES_FIELD("group.not-in-rules.field", "must be one of the groups the event's rules name: {groups}"),
    REMINDERS_EXPIRY_FIELD("reminders.expiry.field", "must be more than unansweredDays ({days}) while both are on, so"
            + " that the reminder comes before the expiry"),
    TABLES_PATTERN_FIELD("tables.pattern.field", "must hold {marker} exactly once, where the number goes"),
    TABLES_NOT_AN_ID_FIELD("tables.not-an-id.field", "makes \"{id}\", which is not an id: ids are 1 to 64 letters,"
            + " digits, dots, dashes, underscores or tildes, starting with a letter or digit"),
    TABLES_EXIST("tables.exist", "The batch would add tables that exist already; nothing was added."),
    TABLES_EXIST_FIELD("tables.exist.field", "makes \"{id}\", which is already a table of this event"),
    TABLES_TOO_MANY_FIELD("tables.too-many.field", "would give the event more than {max} tables"),
    EVENT_ARCHIVED("event.archived", "Event {event} is archived and read-only; restore it to change it."),
    ACCOUNT_RESET_OWN("account.reset-own", "Change your own password with your current one, on your account page or"
            + " with PUT /api/accounts/me/password."),
    PARTICIPANT_UNKNOWN("participant.unknown", "Event {event} has no participant \"{code}\"."),
    PARTICIPANT_UNKNOWN_IN("participant.unknown-in", "There is no participant \"{code}\" in event {event}."),
    TABLE_UNKNOWN_IN("table.unknown-in", "There is no table \"{code}\" in event {event}."),
    LINKS_UNKNOWN("links.unknown", "The list names participants the event does not have."),
    LINKS_UNKNOWN_FIELD("links.unknown.field", "unknown participant \"{code}\""),
    SCHEDULE_UNPUBLISHED("schedule.unpublished", "The schedule of event {event} has not been published yet."),

    // The event day: check-in and meetings booked on the spot
    ACTION_CHECK_IN("action.check-in", "Checking in"),
    ACTION_QUICK_BOOKING("action.quick-booking", "Booking a meeting on the spot"),
    CHECK_IN_SELF_OFF("check-in.self-off", "Event {event} does not let participants check themselves in; the desk"
            + " checks you in."),
    CHECK_IN_ALREADY("check-in.already", "{code} was checked in already, at {at}."),
    CHECK_IN_NOT_IN("check-in.not-in", "{code} is not checked in."),
    CHECK_IN_ABSENT("check-in.absent", "{code} is marked {attendance}; it cannot be checked in."),
    QUICK_PAIR("quick.pair", "A meeting booked on the spot names two different participants."),
    QUICK_PAIR_FIELD("quick.pair.field", "must name two different participants"),
    QUICK_UNKNOWN("quick.unknown", "The booking names participants the event does not have."),
    QUICK_NOT_YOURS("quick.not-yours", "You may book only your own meetings: name yourself as one of the two."),
    QUICK_ABSENT("quick.absent", "{code} is marked {attendance}; it has no more meetings."),
    QUICK_ALREADY("quick.already", "{a} and {b} meet already, at {start} at table {table}."),
    QUICK_CAP("quick.cap", "{code} has {meetings} meetings, the most it takes."),
    QUICK_SESSION_OVER("quick.session-over", "The event's sessions are over: no slot starts at {now} or later."),
    QUICK_BUSY_ALL_DAY("quick.busy-all-day", "{code} is busy all day: it has no free slot left from {now}."),
    QUICK_NO_COMMON_SLOT("quick.no-common-slot", "{a} and {b} are never free at the same time from {now}."),
    QUICK_NO_TABLE("quick.no-table", "No table is free in any slot from {now} in which {a} and {b} are both free."),

    // After the meetings: feedback, follow-up and the outcome report
    OUTCOME_NOT_PUBLISHED("outcome.not-published", "Event {event} has no published timetable yet: there are no"
            + " meetings to answer about."),
    OUTCOME_NO_MEETING("outcome.no-meeting", "{a} and {b} had no meeting in the published timetable of event"
            + " {event}."),
    OUTCOME_SAME_PARTICIPANT("outcome.same-participant", "A meeting names two different participants, not {code}"
            + " twice."),
    OUTCOME_OWN_ANSWER("outcome.own-answer", "Feedback and outcomes are each side's own: only {a} and {b} answer for"
            + " their meeting, through their personal links."),
    OUTCOME_NOT_HELD_RATED("outcome.not-held-rated", "A meeting that did not take place has no rating."),
    OUTCOME_NOT_HELD_RATED_FIELD("outcome.not-held-rated.field", "must be absent when held is false"),
    ;

    private static final Map<String, ProblemCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toMap(ProblemCode::code, Function.identity()));

    private final String code;
    private final String english;
    private final Set<String> params;

    ProblemCode(String code, String english) {
        this.code = code;
        this.english = english;
        this.params = ProblemText.names(english);
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    /** The names of the values the sentence takes. */
    public Set<String> params() {
        return params;
    }

    /** This sentence with its values, given as name, value, name, value... */
    public ProblemText with(Object... namesAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ProblemText(this, values);
    }

    public static ProblemCode of(String code) {
        return BY_CODE.get(code);
    }
}
