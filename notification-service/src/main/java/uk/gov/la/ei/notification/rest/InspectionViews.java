package uk.gov.la.ei.notification.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.KeepInTouchTime;
import uk.gov.la.ei.notification.application.CoordinatedInspections;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.platform.mail.OutgoingMail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the read API returns about inspections. */
public final class InspectionViews {

    private InspectionViews() {
    }

    public record Summary(UUID id, String urn, String schoolName, String ofstedReference, String inspectionType,
                          String framework, String involvement, String state, Instant notifiedAt, LocalDate startDate,
                          int expectedDays, Instant receivedAt, Instant acknowledgementDue, Instant acknowledgedAt,
                          boolean overdue, boolean dataFixNeeded, String simEmail, String aiEmail, String cemEmail) {
        static Summary of(Inspection i) {
            return new Summary(i.id, i.urn, i.schoolName, i.ofstedReference, i.inspectionType.name(), i.framework.name(),
                    i.involvement.name(), i.state.name(), i.notifiedAt, i.startDate, i.expectedDays, i.receivedAt,
                    i.acknowledgementDue, i.acknowledgedAt, i.overdueEscalatedAt != null, i.dataFixNeeded, i.simEmail,
                    i.aiEmail, i.cemEmail);
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record Contact(String name, String email) {
    }

    /** {@code late}: the school was contacted, or the acknowledgement recorded, after the deadline. */
    public record Acknowledgement(Instant contactedAt, Instant recordedAt, Contact by, String schoolContact,
                                  String agreedInvolvement, List<KeepInTouchTime> keepInTouchTimes, String notes,
                                  boolean late) {
    }

    /** A partner school's inspection found coordinated with this one (federation briefing). */
    public record CoordinatedWith(UUID inspectionId, String urn, String schoolName, Instant identifiedAt) {
    }

    public record HistoryEntry(Instant at, String kind, String actor, String detail) {
    }

    public record MailSent(String to, String subject, Instant queuedAt, Instant sentAt, int attempts, String lastError) {
    }

    public record Detail(Summary inspection, String category, String phase, boolean knownSchool,
                         Contact leadInspector, Contact sim, Contact attachedInspector, Contact cem,
                         Acknowledgement acknowledgement, Instant overdueEscalatedAt, FederationSnapshot federation,
                         List<CoordinatedWith> coordinatedWith, List<HistoryEntry> history, List<MailSent> emails) {

        static Detail of(Inspection i, FederationSnapshot federation, List<CoordinatedInspections.Partner> partners,
                         ObjectMapper mapper) {
            Acknowledgement ack = null;
            if (i.acknowledgedAt != null) {
                ack = new Acknowledgement(i.acknowledgedAt, i.acknowledgementRecordedAt,
                        contact(i.acknowledgedByName, i.acknowledgedByEmail), i.schoolContact,
                        i.agreedInvolvement == null ? null : i.agreedInvolvement.name(),
                        keepInTouch(i.keepInTouch, mapper), i.acknowledgementNotes, i.acknowledgedLate());
            }
            return new Detail(Summary.of(i), i.category == null ? null : i.category.name(), i.phase, i.knownSchool,
                    contact(i.leadInspectorName, i.leadInspectorEmail), contact(i.simName, i.simEmail),
                    contact(i.aiName, i.aiEmail), contact(i.cemName, i.cemEmail), ack, i.overdueEscalatedAt, federation,
                    partners.stream().map(p -> new CoordinatedWith(p.inspectionId(), p.urn(), p.schoolName(), p.identifiedAt()))
                            .toList(),
                    InspectionHistory.of(i.id).stream()
                            .map(h -> new HistoryEntry(h.at, h.kind.name(), h.actor, h.detail)).toList(),
                    OutgoingMail.about(i.id.toString()).stream()
                            .map(m -> new MailSent(m.recipient, m.subject, m.createdAt, m.sentAt, m.attempts, m.lastError)).toList());
        }
    }

    static Contact contact(String name, String email) {
        return name == null && email == null ? null : new Contact(name, email);
    }

    private static List<KeepInTouchTime> keepInTouch(String json, ObjectMapper mapper) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("stored keep-in-touch times are unreadable", e);
        }
    }
}
