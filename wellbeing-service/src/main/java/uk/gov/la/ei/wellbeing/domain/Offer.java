package uk.gov.la.ei.wellbeing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * One of the LA's wellbeing offers (H§6, and EPS in H§4): the catalogue is data, seeded by the migration
 * and edited by a wellbeing officer without a release. An offer is retired (inactive), never deleted,
 * because signpostings refer to it by code.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {
    @Id
    @Size(max = 40)
    public String code;
    @Size(max = 200)
    @Column(nullable = false)
    public String name;
    @Size(max = 200)
    @Column(nullable = false)
    public String provider;
    @Size(max = 1000)
    @Column(name = "how_to_reach", nullable = false)
    public String howToReach;
    /** Whom it suits: helps the officer choose, and the leader see why it was suggested. */
    @Size(max = 1000)
    @Column(nullable = false)
    public String suits;
    @Column(nullable = false)
    public boolean active;
    /** Order in the catalogue and in the e-mail. */
    @Column(nullable = false)
    public int position;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Size(max = 320)
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static List<Offer> catalogue() {
        return list("order by position, code");
    }
}
