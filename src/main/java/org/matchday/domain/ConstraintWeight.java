package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The weight an organiser gave one scheduling rule for one event, instead of the rule's default. */
@Entity
@Table(name = "constraint_weight")
public class ConstraintWeight extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "constraint_weight_seq")
    @SequenceGenerator(name = "constraint_weight_seq", sequenceName = "constraint_weight_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** The rule's name, as the solver's constraint provider names it. */
    @Column(name = "constraint_name", nullable = false)
    public String constraintName;

    /** A score text such as 0hard/0medium/1000soft: what one unit of a match costs. */
    @Column(nullable = false)
    public String weight;
}
