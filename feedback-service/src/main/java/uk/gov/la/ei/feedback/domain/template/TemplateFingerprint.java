package uk.gov.la.ei.feedback.domain.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The SHA-256 of a template version's file the first time the service loaded it. A version whose file
 * later differs is refused at start: a change to a template is a new version, so records made on an old
 * version keep meaning what they meant.
 */
@Entity
@IdClass(TemplateFingerprint.Key.class)
@Table(name = "template_fingerprint")
public class TemplateFingerprint extends PanacheEntityBase {
    @Id
    @Size(max = 60)
    @Column(name = "template_id")
    public String templateId;
    @Id
    @Column(name = "template_version")
    public int templateVersion;
    @Size(max = 64)
    @Column(nullable = false)
    public String sha256;
    @Column(name = "first_loaded_at", nullable = false)
    public Instant firstLoadedAt;

    public static class Key implements Serializable {
        public String templateId;
        public int templateVersion;

        public Key() {
        }

        public Key(String templateId, int templateVersion) {
            this.templateId = templateId;
            this.templateVersion = templateVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(templateId, k.templateId) && templateVersion == k.templateVersion;
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateId, templateVersion);
        }
    }
}
