package org.matchday.domain.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SourceType;
import org.matchday.domain.Event;
import org.matchday.domain.Publication;

import java.time.Instant;
import java.util.List;

/**
 * One manual action of an event that can be undone, written in the action's own transaction. It remembers the
 * publication in force then, and is stamped with the database's clock, so that an undo can tell whether the event was
 * published or solved since.
 */
@Entity
@Table(name = "undo_action")
public class UndoAction extends PanacheEntityBase {

    /** How many actions an event keeps; older ones are dropped as new ones come. */
    static final int KEPT = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "undo_action_seq")
    @SequenceGenerator(name = "undo_action_seq", sequenceName = "undo_action_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UndoKind kind;

    /** The account that acted. */
    @Column(name = "done_by")
    public String doneBy;

    @CreationTimestamp(source = SourceType.DB)
    @Column(name = "done_at", nullable = false, updatable = false)
    public Instant doneAt;

    /** The publication in force when the action was done; 0 before the first. */
    @Column(name = "publication_number", nullable = false)
    public int publicationNumber;

    @Column(name = "detail_json", nullable = false)
    @Convert(converter = DetailConverter.class)
    public UndoDetail detail;

    @Column(name = "undone_by")
    public String undoneBy;

    @Column(name = "undone_at")
    public Instant undoneAt;

    @Version
    public long version;

    /** Logs an action in the current transaction, so that it is kept exactly when the action is. */
    public static UndoAction record(Event event, UndoKind kind, String doneBy, UndoDetail detail) {
        UndoAction action = new UndoAction();
        action.event = event;
        action.kind = kind;
        action.doneBy = doneBy;
        action.detail = detail;
        Publication publication = Publication.latest(event.id);
        action.publicationNumber = publication == null ? 0 : publication.number;
        action.persist();
        List<Long> older = getEntityManager().createQuery("select a.id from UndoAction a where a.event.id = ?1"
                + " order by a.id desc", Long.class).setParameter(1, event.id).setFirstResult(KEPT).setMaxResults(1)
                .getResultList();
        if (!older.isEmpty()) {
            delete("event.id = ?1 and id <= ?2", event.id, older.get(0));
        }
        return action;
    }

    /** The event's actions not undone yet, newest first. */
    public static List<UndoAction> open(long eventId, int limit) {
        return find("event.id = ?1 and undoneAt is null order by id desc", eventId).page(0, limit).list();
    }

    /** JSON text in one column: an action's detail is read whole and never queried. */
    @Converter
    public static final class DetailConverter implements AttributeConverter<UndoDetail, String> {

        private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        @Override
        public String convertToDatabaseColumn(UndoDetail detail) {
            try {
                return MAPPER.writeValueAsString(detail);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store " + detail, e);
            }
        }

        @Override
        public UndoDetail convertToEntityAttribute(String json) {
            try {
                return MAPPER.readValue(json, UndoDetail.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable undo detail " + json, e);
            }
        }
    }
}
