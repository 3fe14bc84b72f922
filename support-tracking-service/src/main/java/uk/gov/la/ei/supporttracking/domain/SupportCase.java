package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The LA's support case around one inspection (DOMAIN.md "Things": keep-in-touch plan, contacts, concerns, …). */
@Entity
@Table(name = "support_case")
public class SupportCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "inspection_id", nullable = false, unique = true)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Size(max = 300)
    @Column(name = "school_name")
    public String schoolName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Involvement involvement;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseState state;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "expected_days", nullable = false)
    public int expectedDays;
    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;
    @Column(name = "acknowledgement_due")
    public Instant acknowledgementDue;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Size(max = 320)
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Size(max = 20)
    @Column(name = "categorisation_year")
    public String categorisationYear;
    @Size(max = 4000)
    @Column(name = "leadership_turbulence", columnDefinition = "text")
    public String leadershipTurbulence;
    @Size(max = 4000)
    @Column(name = "community_event", columnDefinition = "text")
    public String communityEvent;
    @Size(max = 200)
    @Column(name = "partnership_name")
    public String partnershipName;
    @Size(max = 200)
    @Column(name = "partner_urns")
    public String partnerUrns;
    @Size(max = 4000)
    @Column(name = "context_notes", columnDefinition = "text")
    public String contextNotes;
    @Column(name = "context_updated_at")
    public Instant contextUpdatedAt;
    @Size(max = 320)
    @Column(name = "context_updated_by")
    public String contextUpdatedBy;

    @Column(name = "draft_report_received_on")
    public LocalDate draftReportReceivedOn;
    @Column(name = "report_published_on")
    public LocalDate reportPublishedOn;
    @Column(name = "warning_notice_given_on")
    public LocalDate warningNoticeGivenOn;
    @Column(name = "report_dates_updated_at")
    public Instant reportDatesUpdatedAt;
    @Size(max = 320)
    @Column(name = "report_dates_updated_by")
    public String reportDatesUpdatedBy;

    public static Optional<SupportCase> forInspection(UUID inspectionId) {
        return find("inspectionId", inspectionId).firstResultOptional();
    }

    /** The case, locked for this transaction: changes to one case are made one at a time. */
    public static Optional<SupportCase> lockForInspection(UUID inspectionId) {
        return find("inspectionId", inspectionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public LocalDate lastDay(WorkingDays workingDays) {
        return InspectionDays.lastDay(startDate, expectedDays, workingDays);
    }

    public List<String> partnerUrnList() {
        return partnerUrns == null || partnerUrns.isBlank() ? List.of() : Arrays.asList(partnerUrns.split(","));
    }

    /** The date a statutory clock runs from, if it is known yet. */
    public LocalDate clockStart(ClockStart start, WorkingDays workingDays) {
        return switch (start) {
            case DRAFT_REPORT_RECEIVED -> draftReportReceivedOn;
            case REPORT_PUBLISHED -> reportPublishedOn;
            case WARNING_NOTICE_GIVEN -> warningNoticeGivenOn;
            case INSPECTION_ENDED -> lastDay(workingDays);
        };
    }

    public void touched(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }
}
