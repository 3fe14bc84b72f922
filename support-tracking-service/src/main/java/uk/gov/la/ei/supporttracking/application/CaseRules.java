package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.ConcernDeadlines;
import uk.gov.la.ei.supporttracking.domain.MissedPointEscalation;

import java.time.Duration;

/** The case's configurable rules, built once from application.properties (support.*). */
@ApplicationScoped
public class CaseRules {

    @Inject
    WorkingDays workingDays;
    @ConfigProperty(name = "support.keep-in-touch.cem-after", defaultValue = "PT2H")
    Duration cemAfter;
    @ConfigProperty(name = "support.keep-in-touch.reminder-before", defaultValue = "PT2H")
    Duration reminderBefore;
    @ConfigProperty(name = "support.concern.resolve-within-working-days", defaultValue = "5")
    int resolveWithin;
    @ConfigProperty(name = "support.concern.shmi-answer-within-working-days", defaultValue = "2")
    int shmiAnswerWithin;
    @ConfigProperty(name = "support.concern.cem-answer-within-working-days", defaultValue = "1")
    int cemAnswerWithin;
    @ConfigProperty(name = "support.mail.senior-officers", defaultValue = "ei-senior-officers@hants-ei.example")
    String seniorOfficers;
    @ConfigProperty(name = "support.links.base-url", defaultValue = "http://localhost:8082")
    String baseUrl;

    private volatile MissedPointEscalation missed;
    private volatile ConcernDeadlines concerns;

    public WorkingDays workingDays() {
        return workingDays;
    }

    public MissedPointEscalation missedPoints() {
        if (missed == null) {
            missed = new MissedPointEscalation(cemAfter);
        }
        return missed;
    }

    public ConcernDeadlines concernDeadlines() {
        if (concerns == null) {
            concerns = new ConcernDeadlines(workingDays, resolveWithin, shmiAnswerWithin, cemAnswerWithin);
        }
        return concerns;
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }

    /** The senior officers' shared mailbox (internal reviews, conduct concerns for the LA–Ofsted meetings, late alerts). */
    public String seniorOfficersMailbox() {
        return seniorOfficers;
    }

    public String caseLink(java.util.UUID inspectionId) {
        return baseUrl + "/api/v1/inspections/" + inspectionId + "/support-case";
    }
}
