package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Someone who meets others: a cluster, an association, a company representative. */
@Entity
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String organisation;

    @Column(name = "group_name")
    public String group;

    /** ISO 3166-1 alpha-2 code. */
    public String country;

    @Column(name = "sectors_json")
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> sectors = new ArrayList<>();

    /** Windows in which the participant can meet; {@code null} means every slot of the event. */
    @Column(name = "availability_json")
    @Convert(converter = JsonColumns.WindowList.class)
    public List<AvailabilityWindow> availability;

    /** Cap on the participant's meetings; {@code null} means no cap. */
    @Column(name = "max_meetings")
    public Integer maxMeetings;

    /** The table the participant never leaves (a host or booth holder), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "table_id")
    public EventTable table;

    /** What the participant does, for partners to read. */
    public String description;

    /** What it offers partners. */
    public String offers;

    /** What it looks for. */
    public String seeks;

    /** Languages it meets in, as language tags (en, zh-TW, ...); the first is the one mails are written in. */
    @Column(name = "languages_json")
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> languages;

    /** Where invitations and timetables go; never shown to other participants. */
    public String email;

    /** Set when the participant cancelled or did not come; {@code null} while it is expected. */
    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    /** When the participant was checked in on the day; {@code null} while it is not in. */
    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Version
    public long version;

    /** True when the slot lies entirely inside one of the participant's availability windows. */
    public boolean isAvailableFor(Timeslot slot) {
        if (availability == null) {
            return true;
        }
        for (AvailabilityWindow window : availability) {
            if (window.covers(slot)) {
                return true;
            }
        }
        return false;
    }
}
