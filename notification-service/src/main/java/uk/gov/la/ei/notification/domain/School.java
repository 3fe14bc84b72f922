package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaCategorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A school of the LA, keyed by URN: from the GIAS extract, with the LA's own assignments and categorisation. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {
    @Size(max = Bounds.URN)
    @Id
    public String urn;
    @Size(max = Bounds.LA_CODE)
    @Column(name = "la_code", nullable = false)
    public String laCode;
    @Size(max = Bounds.SCHOOL_NAME)
    @Column(nullable = false)
    public String name;
    @Size(max = Bounds.ESTABLISHMENT_TYPE)
    @Column(name = "type_of_establishment")
    public String typeOfEstablishment;
    @Size(max = Bounds.ESTABLISHMENT_TYPE)
    @Column(name = "type_group")
    public String typeGroup;
    @Size(max = Bounds.STATUS)
    public String status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EstablishmentCategory category;
    @Size(max = Bounds.PHASE)
    public String phase;
    @Size(max = Bounds.DISTRICT)
    public String district;
    @Size(max = Bounds.LEADER_NAME)
    @Column(name = "head_name")
    public String headName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "head_email")
    public String headEmail;
    @Size(max = Bounds.LEADER_NAME)
    @Column(name = "chair_name")
    public String chairName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "chair_email")
    public String chairEmail;
    @Size(max = Bounds.FEDERATION_CODE)
    @Column(name = "federation_code")
    public String federationCode;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "sim_name")
    public String simName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "sim_email")
    public String simEmail;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "ai_name")
    public String aiName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "ai_email")
    public String aiEmail;
    @Enumerated(EnumType.STRING)
    @Column(name = "la_categorisation")
    public LaCategorisation laCategorisation;
    @Size(max = Bounds.ACADEMIC_YEAR)
    @Column(name = "categorisation_year")
    public String categorisationYear;
    @Size(max = Bounds.POSTCODE)
    public String postcode;
    @Size(max = Bounds.TELEPHONE)
    public String telephone;
    @Size(max = Bounds.WEBSITE)
    public String website;
    @Column(name = "open_date")
    public LocalDate openDate;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<School> inFederation(String federationCode) {
        return list("federationCode = ?1 order by urn", federationCode);
    }
}
