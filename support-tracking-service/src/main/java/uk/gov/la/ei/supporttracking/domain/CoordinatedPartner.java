package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A partner school of the same federation notified in the same window: a coordinated inspection (federation briefing). */
@Entity
@Table(name = "coordinated_partner")
public class CoordinatedPartner extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Size(max = 7)
    @Column(name = "partner_urn", nullable = false)
    public String partnerUrn;
    @Size(max = 300)
    @Column(name = "partner_school_name")
    public String partnerSchoolName;
    @Size(max = 20)
    @Column(name = "federation_code")
    public String federationCode;
    @Size(max = 300)
    @Column(name = "federation_name")
    public String federationName;
    @Column(name = "identified_at", nullable = false)
    public Instant identifiedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "inspection_id")
        public UUID inspectionId;
        @Column(name = "partner_inspection_id")
        public UUID partnerInspectionId;

        public Key() {
        }

        public Key(UUID inspectionId, UUID partnerInspectionId) {
            this.inspectionId = inspectionId;
            this.partnerInspectionId = partnerInspectionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(inspectionId, k.inspectionId)
                    && Objects.equals(partnerInspectionId, k.partnerInspectionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspectionId, partnerInspectionId);
        }
    }

    public static List<CoordinatedPartner> of(UUID inspectionId) {
        return list("key.inspectionId = ?1 order by partnerUrn", inspectionId);
    }
}
