package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact made with the school or the inspector: who, with whom, how, when, notes (H§4). */
@Entity
@Table(name = "contact_entry")
public class ContactEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Column(name = "point_id")
    public UUID pointId;
    @Size(max = 200)
    @Column(name = "made_by_name")
    public String madeByName;
    @Size(max = 320)
    @Column(name = "made_by_email", nullable = false)
    public String madeByEmail;
    @Size(max = 300)
    @Column(name = "with_whom", nullable = false)
    public String withWhom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;
    @Column(name = "contacted_at", nullable = false)
    public Instant contactedAt;
    @Size(max = 4000)
    @Column(columnDefinition = "text")
    public String notes;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Size(max = 320)
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<ContactEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by contactedAt, recordedAt", caseId);
    }
}
