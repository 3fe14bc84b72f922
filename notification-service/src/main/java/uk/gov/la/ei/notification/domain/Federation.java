package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A federation of schools (federation briefing, Annex 1): HARD = one governing body, SOFT = a joint
 * committee. GIAS records only hard federations; soft ones and the executive headteacher are edited
 * over REST.
 */
@Entity
@Table(name = "federation")
public class Federation extends PanacheEntityBase {
    @Size(max = Bounds.FEDERATION_CODE)
    @Id
    public String code;
    @Size(max = Bounds.FEDERATION_NAME)
    @Column(nullable = false)
    public String name;
    @Size(max = Bounds.FEDERATION_KIND)
    @Column(nullable = false)
    public String kind;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "executive_head_name")
    public String executiveHeadName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "executive_head_email")
    public String executiveHeadEmail;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
