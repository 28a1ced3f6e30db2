package org.matchday.domain.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** How often, and when last, one participant was mailed one survey: what keeps reminders within their limits. */
@Entity
@Table(name = "survey_ask")
public class SurveyAsk extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_ask_seq")
    @SequenceGenerator(name = "survey_ask_seq", sequenceName = "survey_ask_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(nullable = false)
    public String participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Survey survey;

    /** Mails sent: the first ask and the reminders after it. */
    @Column(nullable = false)
    public int times;

    @Column(name = "last_at", nullable = false)
    public Instant lastAt;

    public static SurveyAsk of(long eventId, String participant, Survey survey) {
        return find("eventId = ?1 and participant = ?2 and survey = ?3", eventId, participant, survey).firstResult();
    }
}
