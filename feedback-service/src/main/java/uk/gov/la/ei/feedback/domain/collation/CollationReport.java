package uk.gov.la.ei.feedback.domain.collation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the LA's inspections looked like over a period, for senior officers' regular meetings with the
 * region's HMIs (H§2, H§4 "recorded and collated to inform future work and discussion with regional
 * HMIs"; DOMAIN.md step 11). Inspections are those notified in the period (withdrawn ones only counted).
 */
public record CollationReport(
        LocalDate from,
        LocalDate to,
        Inspections inspections,
        Concerns concerns,
        ConductConcerns conductConcerns,
        ShmiEscalations escalationsToShmi,
        Acknowledgement acknowledgement,
        KeepInTouch keepInTouchPointsMissed,
        Signposting signposting) {

    /**
     * @param byTypeAndOutcome outcome is the band of the latest submitted feedback, or NO_FEEDBACK
     */
    public record Inspections(long notified, long withdrawn, long feedbackRecorded, long adverse, long unexpectedOutcomes,
                              long safeguardingNotEffective, List<TypeAndOutcome> byTypeAndOutcome) {
    }

    public record TypeAndOutcome(String inspectionType, String outcome, long count) {
    }

    /** Concerns logged in the period, by category (every category listed, with zero where there were none). */
    public record Concerns(long logged, Map<String, Long> byCategory) {
    }

    /** Concerns about the conduct of the inspection team: logged during the inspection, and raised at the final feedback. */
    public record ConductConcerns(long loggedDuringInspection, long raisedAtFeedback, List<School> schools) {
    }

    /** @param source CONCERN (logged during the inspection) or FEEDBACK (raised at the final feedback) */
    public record School(String urn, String schoolName, UUID inspectionId, String source) {
    }

    /** Concerns escalated to the region's linked SHMI in the period, and how they ended (OPEN while not ended). */
    public record ShmiEscalations(long escalated, Map<String, Long> byOutcome, List<Escalation> escalations) {
    }

    public record Escalation(String urn, String schoolName, UUID concernId, String category, Instant escalatedAt,
                             String outcome) {
    }

    /** From the notice to the SIM's or AI's contact with the school (H§4), wall-clock time. */
    public record Acknowledgement(long notified, long acknowledged, long acknowledgedLate, long notAcknowledged,
                                  Long medianMinutes, String median) {
    }

    /** Keep-in-touch points whose due time fell in the period and passed without being done. */
    public record KeepInTouch(long missed, Map<String, Long> byPoint) {
    }

    /**
     * Leaders the final feedback flagged as needing signposting to welfare support, and how many of them
     * were signposted (WellbeingSignposted for the same inspection); and referrals opened and signposted.
     */
    public record Signposting(long leadersFlagged, long flaggedAndSignposted, Double share, long referralsOpened,
                              long referralsSignposted) {
    }
}
