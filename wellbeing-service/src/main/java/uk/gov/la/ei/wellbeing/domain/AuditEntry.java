package uk.gov.la.ei.wellbeing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log: who (actor and roles), what (action, outcome, referral and subject ids),
 * when, and why (the basis of access or the purpose). Append-only: the application never changes a line
 * ({@link Immutable}) and the database refuses UPDATE, DELETE and TRUNCATE on the table (V1 migration).
 * Identifiers only – never the health detail – so erasing a referral leaves the log whole.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    public enum Outcome {
        ALLOWED,
        REFUSED
    }

    @Column(nullable = false)
    public Instant at;
    @Size(max = 320)
    @Column(nullable = false)
    public String actor;
    @Size(max = 200)
    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    @Column(name = "referral_id")
    public UUID referralId;
    /** The check-in id, offer code or event id the action was about (an identifier, never text). */
    @Size(max = 100)
    public String subject;
    @Size(max = 300)
    @Column(nullable = false)
    public String why;
}
