package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaCategorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A school of the LA, keyed by URN: from the GIAS extract, with the LA's own assignments and categorisation. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {
    @Id
    public String urn;
    @Column(name = "la_code", nullable = false)
    public String laCode;
    @Column(nullable = false)
    public String name;
    @Column(name = "type_of_establishment")
    public String typeOfEstablishment;
    @Column(name = "type_group")
    public String typeGroup;
    public String status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EstablishmentCategory category;
    public String phase;
    public String district;
    @Column(name = "head_name")
    public String headName;
    @Column(name = "head_email")
    public String headEmail;
    @Column(name = "chair_name")
    public String chairName;
    @Column(name = "chair_email")
    public String chairEmail;
    @Column(name = "federation_code")
    public String federationCode;
    @Column(name = "sim_name")
    public String simName;
    @Column(name = "sim_email")
    public String simEmail;
    @Column(name = "ai_name")
    public String aiName;
    @Column(name = "ai_email")
    public String aiEmail;
    @Enumerated(EnumType.STRING)
    @Column(name = "la_categorisation")
    public LaCategorisation laCategorisation;
    @Column(name = "categorisation_year")
    public String categorisationYear;
    public String postcode;
    public String telephone;
    public String website;
    @Column(name = "open_date")
    public LocalDate openDate;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<School> inFederation(String federationCode) {
        return list("federationCode = ?1 order by urn", federationCode);
    }
}
