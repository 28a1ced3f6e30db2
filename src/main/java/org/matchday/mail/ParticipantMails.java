package org.matchday.mail;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.export.AgendaCalendarExporter;
import org.matchday.export.AgendaPdfExporter;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.format.TextFormats;
import org.matchday.language.Language;
import org.matchday.mail.MailRequest.AgendaReminder;
import org.matchday.mail.MailRequest.Invitation;
import org.matchday.mail.MailRequest.NoWishNudge;
import org.matchday.mail.MailRequest.Party;
import org.matchday.mail.MailRequest.UnansweredReminder;
import org.matchday.mail.MailRequest.WishExpired;
import org.matchday.mail.MailRequest.Written;
import org.matchday.mail.MailRequest.Published;
import org.matchday.mail.MailRequest.Suggestions;
import org.matchday.mail.MailRequest.WishAnswered;
import org.matchday.mail.MailRequest.WishReceived;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.export.MeetingChange;
import org.matchday.export.MeetingChange.Placement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the mails participants get, in each one's language: plain text whose sentences come from
 * {@link MailMessages}, times local to the event's zone, and for timetables the agenda attached as PDF and iCalendar
 * by the same exporters as the downloads.
 */
@ApplicationScoped
public class ParticipantMails {

    static final String PDF = "application/pdf";
    static final String ICS = "text/calendar; charset=UTF-8";
    private static final String PARAGRAPH = "\n\n";
    /** "Tue" or "週二". */
    private static final Map<Language, DateTimeFormatter> WEEKDAYS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            WEEKDAYS.put(language, DateTimeFormatter.ofPattern("EEE", language.locale()));
        }
    }

    /** A mail and the participant it goes to, whose code log lines name instead of its address. */
    public record Letter(String participant, String kind, Mail mail) {
    }

    private final ScheduleViewLoader schedules;
    private final AgendaPdfExporter pdf;
    private final AgendaCalendarExporter calendar;

    public ParticipantMails(ScheduleViewLoader schedules, AgendaPdfExporter pdf, AgendaCalendarExporter calendar) {
        this.schedules = schedules;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    /** Writes the request's mails one at a time, so that a publication's thousand agendas never sit in memory. */
    public void write(MailRequest request, Consumer<Letter> out) {
        if (request instanceof Invitation invitation) {
            out.accept(invitation(invitation));
        } else if (request instanceof WishReceived wish) {
            out.accept(wishReceived(wish));
        } else if (request instanceof WishAnswered wish) {
            out.accept(wishAnswered(wish));
        } else if (request instanceof Published published) {
            timetables(published, out);
        } else if (request instanceof AgendaReminder agenda) {
            agendaReminder(agenda).ifPresent(out);
        } else if (request instanceof NoWishNudge nudge) {
            out.accept(noWishNudge(nudge));
        } else if (request instanceof UnansweredReminder reminder) {
            out.accept(unansweredReminder(reminder));
        } else if (request instanceof WishExpired expired) {
            out.accept(wishExpired(expired));
        } else if (request instanceof Written written) {
            MailMessages m = messages(written.to().language());
            out.accept(letter(written.to(), written.kind(), written.subject(),
                    letter(m, written.to(), written.event(), written.paragraphs().toArray(String[]::new))));
        } else if (request instanceof Suggestions suggestions) {
            out.accept(suggestions(suggestions));
        }
    }

    Letter suggestions(Suggestions request) {
        MailMessages m = messages(request.to().language());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(m.suggestionsIntro(request.event().name()));
        for (Suggestions.Suggested partner : request.partners()) {
            String reasons = partner.reasons().stream().reduce(m::suggestionsReasons).orElse("");
            paragraphs.add(m.suggestionsLine(m.person(partner.name(), partner.organisation()), reasons));
        }
        paragraphs.add(m.suggestionsOutro());
        return letter(request.to(), "suggestions", m.suggestionsSubject(request.event().name()),
                letter(m, request.to(), request.event(), paragraphs.toArray(String[]::new)));
    }

    Letter invitation(Invitation request) {
        Language language = request.to().language();
        MailMessages m = messages(language);
        String expires = day(language, m, LocalDate.ofInstant(request.expires(), request.event().zone()));
        String text = letter(m, request.to(), request.event(),
                m.invitationIntro(request.event().name()),
                request.url(),
                m.invitationKeep(expires));
        return letter(request.to(), "invitation", m.invitationSubject(request.event().name()), text);
    }

    Letter wishReceived(WishReceived request) {
        MailMessages m = messages(request.to().language());
        String sender = m.person(request.sender(), request.senderOrganisation());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(m.wishReceivedIntro(sender, request.event().name()));
        if (request.note() != null && !request.note().isBlank()) {
            paragraphs.add(m.wishNote(request.note()));
        }
        paragraphs.add(request.needsAnswer() ? m.wishPleaseAnswer() : m.wishNoAnswerNeeded());
        return letter(request.to(), "wish received", m.wishReceivedSubject(request.event().name(), request.sender()),
                letter(m, request.to(), request.event(), paragraphs.toArray(String[]::new)));
    }

    Letter wishAnswered(WishAnswered request) {
        MailMessages m = messages(request.to().language());
        String receiver = m.person(request.receiver(), request.receiverOrganisation());
        String event = request.event().name();
        return request.accepted()
                ? letter(request.to(), "wish accepted", m.wishAcceptedSubject(event, request.receiver()),
                        letter(m, request.to(), request.event(), m.wishAcceptedBody(receiver)))
                : letter(request.to(), "wish declined", m.wishDeclinedSubject(event, request.receiver()),
                        letter(m, request.to(), request.event(), m.wishDeclinedBody(receiver)));
    }

    /** Loads the schedule in force once, then writes each recipient's mail with its agenda. */
    void timetables(Published request, Consumer<Letter> out) {
        if (request.to().isEmpty()) {
            return;
        }
        ScheduleView view = schedules.load(request.event().id());
        for (Recipient recipient : request.to()) {
            view.participant(recipient.code()).ifPresent(person -> out.accept(request.number() == 1
                    ? timetable(view, recipient, person)
                    : changes(view, recipient, person, request.number(), request.changes())));
        }
    }

    private Letter timetable(ScheduleView view, Recipient to, PersonInfo person) {
        Language language = to.language();
        MailMessages m = messages(language);
        List<String> lines = new ArrayList<>();
        for (MeetingInfo meeting : view.meetingsOf(person)) {
            PersonInfo other = meeting.counterpartOf(person);
            lines.add("- " + m.meeting(m.place(when(language, m, meeting.start(), meeting.end()),
                    meeting.table().displayName()), m.person(other.name(), other.organisation())));
        }
        String text = letter(m, to, view.event(), m.publishedIntro(view.event().name()), String.join("\n", lines),
                m.attachments(), m.zoneNote(view.event().zone().getId()));
        return withAgenda(letter(to, "timetable", m.publishedSubject(view.event().name()), text), view, person,
                language);
    }

    private Letter changes(ScheduleView view, Recipient to, PersonInfo person, int number,
            List<MeetingChange> changes) {
        Language language = to.language();
        MailMessages m = messages(language);
        List<String> lines = new ArrayList<>();
        for (MeetingChange change : changes) {
            if (!change.involves(person.code())) {
                continue;
            }
            String counterpart = counterpart(m, view, change, person.code());
            switch (change.kind()) {
                case MOVED -> {
                    lines.add("- " + m.moved(counterpart));
                    lines.add("  " + m.was(place(language, m, view, change.before())));
                    lines.add("  " + m.now(place(language, m, view, change.after())));
                }
                case APPEARED -> {
                    lines.add("- " + m.appeared(counterpart));
                    lines.add("  " + place(language, m, view, change.after()));
                }
                case DISAPPEARED -> {
                    lines.add("- " + m.disappeared(counterpart));
                    lines.add("  " + m.was(place(language, m, view, change.before())));
                }
            }
        }
        String text = letter(m, to, view.event(), m.changedIntro(view.event().name(), number),
                String.join("\n", lines), m.attachments(), m.zoneNote(view.event().zone().getId()));
        return withAgenda(letter(to, "timetable change", m.changedSubject(view.event().name()), text), view, person,
                language);
    }

    /**
     * The recipient's published meetings of the day, with its whole agenda attached as publication mails attach it;
     * none when it has no meeting that day any more (a change since the reminder was decided).
     */
    Optional<Letter> agendaReminder(AgendaReminder request) {
        ScheduleView view = schedules.loadAgenda(request.event().id(), request.to().code());
        PersonInfo person = view.participant(request.to().code()).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        Language language = request.to().language();
        MailMessages m = messages(language);
        ReminderMailMessages r = reminders(language);
        List<String> lines = new ArrayList<>();
        for (MeetingInfo meeting : view.meetingsOf(person)) {
            if (meeting.start().toLocalDate().equals(request.day())) {
                PersonInfo other = meeting.counterpartOf(person);
                lines.add("- " + m.meeting(m.place(when(language, m, meeting.start(), meeting.end()),
                        meeting.table().displayName()), m.person(other.name(), other.organisation())));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String day = day(language, m, request.day());
        String event = request.event().name();
        String text = letter(m, request.to(), request.event(), r.agendaIntro(event, day), String.join("\n", lines),
                m.attachments(), m.zoneNote(request.event().zone().getId()));
        return Optional.of(withAgenda(letter(request.to(), "agenda reminder", r.agendaSubject(event, day),
                text), view, person, language));
    }

    Letter noWishNudge(NoWishNudge request) {
        Language language = request.to().language();
        MailMessages m = messages(language);
        ReminderMailMessages r = reminders(language);
        String event = request.event().name();
        return letter(request.to(), "no-wish nudge", r.noWishSubject(event),
                letter(m, request.to(), request.event(), r.noWishBody(event)));
    }

    Letter unansweredReminder(UnansweredReminder request) {
        Language language = request.to().language();
        MailMessages m = messages(language);
        ReminderMailMessages r = reminders(language);
        String event = request.event().name();
        List<String> lines = new ArrayList<>();
        for (Party sender : request.senders()) {
            lines.add("- " + m.person(sender.name(), sender.organisation()));
        }
        return letter(request.to(), "unanswered reminder", r.unansweredSubject(event, request.senders().size()),
                letter(m, request.to(), request.event(), r.unansweredIntro(event, request.days()),
                        String.join("\n", lines), r.unansweredPlease(request.expiryDays())));
    }

    Letter wishExpired(WishExpired request) {
        Language language = request.to().language();
        MailMessages m = messages(language);
        ReminderMailMessages r = reminders(language);
        String event = request.event().name();
        String other = m.person(request.other().name(), request.other().organisation());
        return request.sent()
                ? letter(request.to(), "wish expired", r.expiredSentSubject(event, request.other().name()),
                        letter(m, request.to(), request.event(), r.expiredSentBody(other, request.days())))
                : letter(request.to(), "wish expired", r.expiredReceivedSubject(event, request.other().name()),
                        letter(m, request.to(), request.event(), r.expiredReceivedBody(other, request.days())));
    }

    /** Attaches the agenda in the language of the mail, so that the three never disagree. */
    private Letter withAgenda(Letter letter, ScheduleView view, PersonInfo person, Language language) {
        ExportText text = ExportText.of(language);
        try {
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            pdf.write(view, person, text, document);
            letter.mail().addAttachment("agenda-" + person.code() + ".pdf", document.toByteArray(), PDF);
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            calendar.write(view, person, text, entries);
            letter.mail().addAttachment("agenda-" + person.code() + ".ics", entries.toByteArray(), ICS);
            return letter;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The other side of the pair, by name; by id should it have left the event since. */
    private static String counterpart(MailMessages m, ScheduleView view, MeetingChange change, String self) {
        String code = change.participants().get(0).equals(self) ? change.participants().get(1)
                : change.participants().get(0);
        return view.participant(code).map(p -> m.person(p.name(), p.organisation())).orElse(code);
    }

    private static String place(Language language, MailMessages m, ScheduleView view, Placement placement) {
        String table = view.table(placement.table()).map(ScheduleView.TableInfo::displayName)
                .orElse(placement.table());
        return m.place(when(language, m, TextFormats.dateTime(placement.start()),
                TextFormats.dateTime(placement.end())), table);
    }

    private static String when(Language language, MailMessages m, LocalDateTime start, LocalDateTime end) {
        return m.when(weekday(language).format(start), ExportText.isoDay(start.toLocalDate()),
                ExportText.range(start, end));
    }

    private static String day(Language language, MailMessages m, LocalDate date) {
        return m.day(weekday(language).format(date), ExportText.isoDay(date));
    }

    private static MailMessages messages(Language language) {
        return language.messages(MailMessages.class);
    }

    private static ReminderMailMessages reminders(Language language) {
        return language.messages(ReminderMailMessages.class);
    }

    private static DateTimeFormatter weekday(Language language) {
        return WEEKDAYS.get(language);
    }

    /** Greeting, the paragraphs, signature. */
    private static String letter(MailMessages m, Recipient to, EventInfo event, String... paragraphs) {
        List<String> parts = new ArrayList<>();
        parts.add(m.greeting(to.name()));
        parts.addAll(List.of(paragraphs));
        parts.add(m.signature(event.name()));
        return String.join(PARAGRAPH, parts) + "\n";
    }

    private static Letter letter(Recipient to, String kind, String subject, String text) {
        return new Letter(to.code(), kind, Mail.withText(to.email(), subject, text));
    }
}
