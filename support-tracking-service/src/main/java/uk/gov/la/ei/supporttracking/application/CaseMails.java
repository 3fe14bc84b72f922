package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.FollowUpDecision;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.StatutoryStep;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The e-mails the case sends – a message people actually receive, queued with the decision to send it (platform
 * MailQueue) – and the timeline entry saying who was told what.
 */
@ApplicationScoped
public class CaseMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.UK)
            .withZone(WorkingDays.ENGLAND);

    @Inject
    MailQueue mail;
    @Inject
    CaseRules rules;
    @Inject
    Timeline timeline;

    public static String when(Instant at) {
        return at == null ? "-" : WHEN.format(at);
    }

    private String school(SupportCase c) {
        return (c.schoolName == null ? "URN " + c.urn : c.schoolName + " (URN " + c.urn + ")");
    }

    private void send(SupportCase c, Set<String> to, String subject, String body, Instant now, String what) {
        for (String recipient : to) {
            mail.queue(recipient, subject, body + "\n\nThe case: " + rules.caseLink(c.inspectionId) + "\n",
                    c.inspectionId.toString());
        }
        if (!to.isEmpty()) {
            timeline.own(c, now, "EmailQueued", Sources.SYSTEM, what + ": to " + String.join(", ", to) + " – " + subject, null);
        }
    }

    private static Set<String> emails(Person... people) {
        Set<String> to = new LinkedHashSet<>();
        for (Person p : people) {
            if (p != null && p.email() != null && !p.email().isBlank()) {
                to.add(p.email());
            }
        }
        return to;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void concernLogged(SupportCase c, Concern concern, CaseContacts contacts, Instant now) {
        send(c, emails(contacts.sim(), contacts.cem()),
                "Concern logged: " + concern.category + " – " + school(c),
                "A concern about the inspection of " + school(c) + " was logged " + when(concern.loggedAt) + " by " + concern.loggedBy + ".\n\n"
                        + "Category: " + concern.category + "\n"
                        + "Raised by: " + concern.raisedBy + "\n"
                        + "Raised with the inspector: " + (concern.raisedWithInspector ? "yes" : "no – leaders are encouraged to raise it with the inspector first (H§5)") + "\n"
                        + "Summary: " + concern.summary + "\n\n"
                        + "If it is not resolved, agree a course of action; it may be escalated to the region's linked SHMI (H§4). "
                        + "It must be resolved, answered or carried into a complaint by " + when(concern.resolveBy) + ".",
                now, "concern logged");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pointMissed(SupportCase c, KeepInTouchPoint p, Person to, String role, Instant now) {
        send(c, emails(to), "Keep-in-touch point missed: " + p.title + " – " + school(c),
                "The keep-in-touch point \"" + p.title + "\" for the inspection of " + school(c) + " was due "
                        + when(p.dueAt) + " and is not recorded as done.\n"
                        + "Owner: " + (p.ownerName == null ? "" : p.ownerName + " ") + "<" + p.ownerEmail + "> (" + p.ownerRole + ")\n"
                        + "You are told as the " + role + ". Record it as done (late), move it or cancel it with a reason.",
                now, "keep-in-touch point missed (" + role + ")");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(SupportCase c, KeepInTouchPoint p, InspectorCallContext context, Instant now) {
        Person owner = new Person(p.ownerName, p.ownerEmail);
        send(c, emails(owner), "Reminder: " + p.title + " – " + school(c) + " by " + when(p.dueAt),
                "Reminder: \"" + p.title + "\" for the inspection of " + school(c) + " is due by " + when(p.dueAt) + ".\n"
                        + (context == null ? "" : "\n" + context.asText()),
                now, "reminder");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void concernOverdue(SupportCase c, Concern concern, String reason, Instant dueAt, String role, CaseContacts contacts, Instant now) {
        Set<String> to = role.equals("cem") ? emails(contacts.cem()) : Set.of(rules.seniorOfficersMailbox());
        send(c, to, "Concern overdue (" + reason + "): " + concern.category + " – " + school(c),
                "A concern about the inspection of " + school(c) + " (" + concern.category + ", logged " + when(concern.loggedAt) + ") "
                        + (reason.equals("ESCALATION_UNANSWERED") ? "was escalated and has no answer recorded; the answer was due "
                        : "has no outcome; it was due to be resolved, answered or carried into a complaint by ")
                        + when(dueAt) + ".\nSummary: " + concern.summary + "\nA concern can never end open (DOMAIN.md step 6).",
                now, "concern overdue (" + role + ")");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statutoryStepOverdue(SupportCase c, StatutoryStep step, CaseContacts contacts, Instant now) {
        send(c, emails(contacts.sim(), contacts.cem()), "Statutory step overdue: " + step.step + " – " + school(c),
                "The step \"" + step.step.description() + "\" of the programme of support for " + school(c)
                        + " was due on " + step.dueOn + " and is not recorded as done (Tri-borough framework §4–§5).",
                now, "statutory step overdue");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void internalReviewOpened(SupportCase c, List<String> reasons, Instant now) {
        send(c, Set.of(rules.seniorOfficersMailbox()), "Internal review opened – " + school(c),
                "An internal review of the LA's support through the inspection of " + school(c) + " is opened for a senior officer "
                        + "(the coroner's second point).\nReasons: " + String.join("; ", reasons),
                now, "internal review opened");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void followUpDecided(SupportCase c, FollowUpDecision d, boolean overridden, CaseContacts contacts, Instant now) {
        StringBuilder body = new StringBuilder("The follow-up after the inspection of " + school(c) + " is "
                + d.level() + (overridden ? " (overridden by the SIM)" : " by rule") + ".\nRules applied: "
                + String.join(", ", d.rulesApplied()) + "\n");
        d.actions().forEach(a -> body.append("  - ").append(a.title()).append('\n'));
        if (!d.clocks().isEmpty()) {
            body.append("Statutory clocks: ").append(d.clocks()).append(" – record the report's publication date, the warning "
                    + "notice date and the draft report date on the case: the clocks start from them.\n");
        }
        if (!overridden) {
            body.append("The SIM may override the follow-up with a reason.");
        }
        send(c, emails(contacts.sim()), "Follow-up decided: " + d.level() + " – " + school(c), body.toString(), now, "follow-up decided");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void conductConcernsShared(SupportCase c, Instant now) {
        send(c, Set.of(rules.seniorOfficersMailbox()), "Conduct concerns to share with Ofsted – " + school(c),
                "The final feedback for " + school(c) + " records concerns about the conduct of the inspection team. "
                        + "H§4: these are shared through the regular meetings between senior LA officers and Ofsted.",
                now, "conduct concerns shared");
    }
}
