package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A federation of schools (federation briefing, Annex 1): HARD = one governing body, SOFT = a joint
 * committee. GIAS records only hard federations; soft ones and the executive headteacher are edited
 * over REST.
 */
@Entity
@Table(name = "federation")
public class Federation extends PanacheEntityBase {
    @Id
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String kind;
    @Column(name = "executive_head_name")
    public String executiveHeadName;
    @Column(name = "executive_head_email")
    public String executiveHeadEmail;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
