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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One statutory clock of a case's programme of support (T§4–§5): due date, done, overdue alert. */
@Entity
@Table(name = "statutory_step")
public class StatutoryStep extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatutoryClock step;
    @Enumerated(EnumType.STRING)
    @Column(name = "starts_from", nullable = false)
    public ClockStart startsFrom;
    /** Null until the date the clock runs from is recorded. */
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "done_on")
    public LocalDate doneOn;
    @Size(max = 320)
    @Column(name = "done_by")
    public String doneBy;
    @Size(max = 4000)
    @Column(name = "done_notes", columnDefinition = "text")
    public String doneNotes;
    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<StatutoryStep> ofCase(UUID caseId) {
        return list("caseId = ?1 order by dueOn nulls last, step", caseId);
    }

    public static Optional<StatutoryStep> of(UUID caseId, StatutoryClock step) {
        return find("caseId = ?1 and step = ?2", caseId, step).firstResultOptional();
    }

    public boolean done() {
        return doneOn != null;
    }
}
