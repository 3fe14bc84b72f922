package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.notification.registry.LaContact;

import java.util.List;

/** An LA setting: a CEM for a phase (or on duty), or a linked Senior HMI of the region (H§2, H§4). */
@Entity
@Table(name = "la_contact")
public class LaContactEntry extends PanacheEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LaContact.Role role;
    @Enumerated(EnumType.STRING)
    public LaContact.Phase phase;
    @Size(max = Bounds.PERSON_NAME)
    @Column(nullable = false)
    public String name;
    @Size(max = Bounds.EMAIL)
    @Column(nullable = false)
    public String email;

    public LaContact toContact() {
        return new LaContact(role, phase, name, email);
    }

    public static List<LaContact> all() {
        return LaContactEntry.<LaContactEntry>listAll().stream().map(LaContactEntry::toContact).toList();
    }
}
