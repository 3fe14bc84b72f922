package uk.gov.la.ei.feedback.application;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernOutcome;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.domain.collation.CollatedConcern;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.feedback.domain.collation.CollatedReferral;
import uk.gov.la.ei.feedback.domain.collation.CollationReport;
import uk.gov.la.ei.feedback.domain.collation.Median;
import uk.gov.la.ei.feedback.domain.collation.MissedKeepInTouchPoint;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The collation report over a period (H§4; DOMAIN.md step 11): from this service's own records and the
 * facts it keeps from the others' events. Days are England's (Europe/London); {@code to} is included.
 */
@ApplicationScoped
public class CollateInspections {

    static final String NO_FEEDBACK = "NO_FEEDBACK";
    static final String OPEN = "OPEN";

    @Transactional
    public CollationReport over(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(WorkingDays.ENGLAND).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDays.ENGLAND).toInstant();

        List<KnownInspection> notified = KnownInspection.list("notifiedAt >= ?1 and notifiedAt < ?2 order by notifiedAt", start, end);
        List<KnownInspection> inspections = notified.stream().filter(i -> !i.withdrawn).toList();
        Map<UUID, KnownInspection> byId = new HashMap<>();
        notified.forEach(i -> byId.put(i.inspectionId, i));
        Map<UUID, FeedbackVersion> feedback = latestFeedback(start, end);

        return new CollationReport(from, to,
                inspections(notified, inspections, feedback),
                concerns(start, end),
                conduct(start, end, inspections, feedback, byId),
                escalations(start, end, byId),
                acknowledgement(inspections),
                keepInTouch(start, end),
                signposting(start, end, inspections, feedback));
    }

    /** The current version of each submitted record of the period's inspections, by inspection. */
    private static Map<UUID, FeedbackVersion> latestFeedback(Instant start, Instant end) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select r.inspectionId, v from FeedbackRecord r, FeedbackVersion v "
                                + "where v.feedbackId = r.feedbackId and v.recordVersion = r.currentVersion "
                                + "and r.inspectionId in (select c.inspectionId from KnownInspection c "
                                + "where c.notifiedAt >= :start and c.notifiedAt < :end and c.withdrawn = false)", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        Map<UUID, FeedbackVersion> latest = new HashMap<>();
        rows.forEach(r -> latest.put((UUID) r[0], (FeedbackVersion) r[1]));
        return latest;
    }

    private static CollationReport.Inspections inspections(List<KnownInspection> notified, List<KnownInspection> inspections,
                                                          Map<UUID, FeedbackVersion> feedback) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (KnownInspection i : inspections) {
            FeedbackVersion v = feedback.get(i.inspectionId);
            String outcome = v == null ? NO_FEEDBACK : v.outcomeBand.name();
            counts.computeIfAbsent(i.inspectionType == null ? "UNKNOWN" : i.inspectionType, k -> new TreeMap<>(outcomeOrder()))
                    .merge(outcome, 1L, Long::sum);
        }
        List<CollationReport.TypeAndOutcome> rows = new ArrayList<>();
        counts.forEach((type, outcomes) -> outcomes.forEach((outcome, n) -> rows.add(new CollationReport.TypeAndOutcome(type, outcome, n))));
        return new CollationReport.Inspections(inspections.size(), notified.size() - inspections.size(), feedback.size(),
                feedback.values().stream().filter(v -> v.adverse).count(),
                feedback.values().stream().filter(v -> v.unexpectedOutcome).count(),
                feedback.values().stream().filter(v -> !v.safeguardingEffective).count(),
                rows);
    }

    /** OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, then NO_FEEDBACK. */
    private static Comparator<String> outcomeOrder() {
        return Comparator.comparingInt(o -> NO_FEEDBACK.equals(o) ? OutcomeBand.values().length : OutcomeBand.valueOf(o).ordinal());
    }

    private static CollationReport.Concerns concerns(Instant start, Instant end) {
        List<CollatedConcern> logged = CollatedConcern.list("loggedAt >= ?1 and loggedAt < ?2", start, end);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (ConcernCategory c : ConcernCategory.values()) {
            byCategory.put(c.name(), logged.stream().filter(x -> x.category == c).count());
        }
        return new CollationReport.Concerns(logged.size(), byCategory);
    }

    private static CollationReport.ConductConcerns conduct(Instant start, Instant end, List<KnownInspection> inspections,
                                                           Map<UUID, FeedbackVersion> feedback, Map<UUID, KnownInspection> byId) {
        List<CollatedConcern> logged = CollatedConcern.list("category = ?1 and loggedAt >= ?2 and loggedAt < ?3 order by loggedAt",
                ConcernCategory.INSPECTOR_CONDUCT, start, end);
        List<CollationReport.School> schools = new ArrayList<>();
        for (CollatedConcern c : logged) {
            schools.add(new CollationReport.School(c.urn, schoolName(c.inspectionId, byId), c.inspectionId, "CONCERN"));
        }
        long atFeedback = 0;
        for (KnownInspection i : inspections) {
            FeedbackVersion v = feedback.get(i.inspectionId);
            if (v != null && v.conductConcerns) {
                atFeedback++;
                schools.add(new CollationReport.School(i.urn, i.schoolName, i.inspectionId, "FEEDBACK"));
            }
        }
        return new CollationReport.ConductConcerns(logged.size(), atFeedback, schools);
    }

    private static CollationReport.ShmiEscalations escalations(Instant start, Instant end, Map<UUID, KnownInspection> byId) {
        List<CollatedConcern> escalated = CollatedConcern.list("escalatedToShmiAt >= ?1 and escalatedToShmiAt < ?2 order by escalatedToShmiAt",
                start, end);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (ConcernOutcome o : ConcernOutcome.values()) {
            byOutcome.put(o.name(), 0L);
        }
        byOutcome.put(OPEN, 0L);
        List<CollationReport.Escalation> list = new ArrayList<>();
        for (CollatedConcern c : escalated) {
            String outcome = c.outcome == null ? OPEN : c.outcome.name();
            byOutcome.merge(outcome, 1L, Long::sum);
            list.add(new CollationReport.Escalation(c.urn, schoolName(c.inspectionId, byId), c.concernId,
                    c.category == null ? null : c.category.name(), c.escalatedToShmiAt, outcome));
        }
        return new CollationReport.ShmiEscalations(escalated.size(), byOutcome, list);
    }

    private static CollationReport.Acknowledgement acknowledgement(List<KnownInspection> inspections) {
        List<Duration> times = new ArrayList<>();
        long late = 0;
        for (KnownInspection i : inspections) {
            if (i.acknowledgedAt != null) {
                times.add(Duration.between(i.notifiedAt, i.acknowledgedAt));
                if (Boolean.TRUE.equals(i.acknowledgedLate)) {
                    late++;
                }
            }
        }
        var median = Median.of(times);
        return new CollationReport.Acknowledgement(inspections.size(), times.size(), late, inspections.size() - times.size(),
                median.map(Duration::toMinutes).orElse(null), median.map(Duration::toString).orElse(null));
    }

    private static CollationReport.KeepInTouch keepInTouch(Instant start, Instant end) {
        List<MissedKeepInTouchPoint> missed = MissedKeepInTouchPoint.list("dueAt >= ?1 and dueAt < ?2", start, end);
        Map<String, Long> byPoint = new TreeMap<>();
        missed.forEach(m -> byPoint.merge(m.point, 1L, Long::sum));
        return new CollationReport.KeepInTouch(missed.size(), byPoint);
    }

    private static CollationReport.Signposting signposting(Instant start, Instant end, List<KnownInspection> inspections,
                                                           Map<UUID, FeedbackVersion> feedback) {
        Set<UUID> flagged = new HashSet<>();
        for (KnownInspection i : inspections) {
            FeedbackVersion v = feedback.get(i.inspectionId);
            if (v != null && v.signpostingNeeded) {
                flagged.add(i.inspectionId);
            }
        }
        long signposted = flagged.isEmpty() ? 0 : CollatedReferral.<CollatedReferral>list("inspectionId in ?1 and signpostedAt is not null", flagged)
                .stream().map(r -> r.inspectionId).distinct().count();
        long opened = CollatedReferral.count("openedAt >= ?1 and openedAt < ?2", start, end);
        long signpostedInPeriod = CollatedReferral.count("signpostedAt >= ?1 and signpostedAt < ?2", start, end);
        Double share = flagged.isEmpty() ? null : (double) signposted / flagged.size();
        return new CollationReport.Signposting(flagged.size(), signposted, share, opened, signpostedInPeriod);
    }

    private static String schoolName(UUID inspectionId, Map<UUID, KnownInspection> byId) {
        KnownInspection i = byId.get(inspectionId);
        if (i == null) {
            i = KnownInspection.findById(inspectionId);
        }
        return i == null ? null : i.schoolName;
    }
}
