package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.FederationPartner;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.notification.domain.Bounds;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.notification.domain.WhoIsTold;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The words of the e-mails this service sends: everything known, and what is expected of the reader. */
@ApplicationScoped
public class NoticeEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK)
            .withZone(WorkingDays.ENGLAND);

    @ConfigProperty(name = "notification.links.base-url", defaultValue = "http://localhost:8081")
    String baseUrl;

    /** The platform's mail queue keeps subjects of up to 500 characters (a school's name is at most 300). */
    static final int MAX_SUBJECT = 500;

    public record Email(String subject, String body) {
        public Email {
            subject = Bounds.fit(subject, MAX_SUBJECT);
        }
    }

    /** To the SIM, the AI, or (unknown URN / no SIM) the CEM, when a notice arrives – or arrives again after a withdrawal. */
    public Email notified(Inspection i, String role, Optional<FederationSnapshot> federation, boolean again) {
        String subject = "Ofsted inspection %s: %s (URN %s), starts %s".formatted(again ? "notified again" : "notified",
                schoolName(i), i.urn, DAY.format(i.startDate));
        StringBuilder body = new StringBuilder();
        body.append(again ? "Ofsted has notified this inspection again after withdrawing it."
                : "Ofsted has notified an inspection.").append(" You are receiving this as the ").append(role).append(".\n\n");
        facts(i, body);
        federation.ifPresent(f -> federation(f, body));
        body.append("\nWhat is expected of you\n");
        body.append(expectations(i, role));
        acknowledgeBy(i, body);
        return new Email(subject, body.toString());
    }

    /** The start moved (a deferral, then re-notified): a fresh deadline, acknowledge again. */
    public Email rescheduled(Inspection i, LocalDate previous, Optional<FederationSnapshot> federation) {
        String subject = "Ofsted inspection moved: %s (URN %s), now starts %s".formatted(
                schoolName(i), i.urn, DAY.format(i.startDate));
        StringBuilder body = new StringBuilder("Ofsted has rescheduled this inspection (previously to start ")
                .append(DAY.format(previous)).append(").\n\n");
        facts(i, body);
        federation.ifPresent(f -> federation(f, body));
        body.append("\nContact the school again to acknowledge the new dates and agree the keep-in-touch times for them"
                + " (Hampshire guidance §4); times agreed for the old dates no longer stand.\n");
        acknowledgeBy(i, body);
        return new Email(subject, body.toString());
    }

    public Email withdrawn(Inspection i) {
        String subject = "Ofsted inspection withdrawn: %s (URN %s)".formatted(schoolName(i), i.urn);
        StringBuilder body = new StringBuilder("Ofsted has withdrawn this inspection notice.\n\n");
        facts(i, body);
        return new Email(subject, body.toString());
    }

    /** To a SIM or AI assigned to the school after the notice: the open inspection is now theirs too. */
    public Email assigned(Inspection i, String role, Optional<FederationSnapshot> federation) {
        String subject = "Now yours: Ofsted inspection of %s (URN %s), starts %s".formatted(
                schoolName(i), i.urn, DAY.format(i.startDate));
        StringBuilder body = new StringBuilder("You have been assigned to this school as its ").append(role)
                .append(" while its inspection is open.\n\n");
        facts(i, body);
        federation.ifPresent(f -> federation(f, body));
        if (i.state == InspectionState.ACKNOWLEDGED) {
            body.append("\nThe notice was acknowledged with the school by ").append(orNone(i.acknowledgedByName, i.acknowledgedByEmail))
                    .append(" (school contacted at ").append(MOMENT.format(i.acknowledgedAt)).append(").\n")
                    .append("See the agreed keep-in-touch times: ").append(link(i)).append('\n');
        } else {
            body.append("\nWhat is expected of you\n").append(expectations(i, role));
            acknowledgeBy(i, body);
        }
        return new Email(subject, body.toString());
    }

    /** To the contacts of an inspection whose federation partner was notified in the same window. */
    public Email coordinated(Inspection i, Inspection partner, String federationName) {
        String subject = "Coordinated inspection: %s (URN %s) with partner URN %s".formatted(
                schoolName(i), i.urn, partner.urn);
        StringBuilder body = new StringBuilder("A partner school of ").append(federationName)
                .append(" has been notified of an inspection in the same window as this school's.\n\n")
                .append("Partner: ").append(schoolName(partner)).append(" (URN ").append(partner.urn).append(")\n")
                .append("Partner's Ofsted reference: ").append(partner.ofstedReference).append('\n')
                .append("Partner's inspection starts: ").append(DAY.format(partner.startDate)).append('\n')
                .append("Partner's SIM: ").append(orNone(partner.simName, partner.simEmail)).append("\n\n")
                .append("This school's inspection\n");
        facts(i, body);
        body.append("\nThis looks like a coordinated inspection (Ofsted federation briefing): agree with the partner's SIM one"
                + " meeting with the executive headteacher, one with governors, and aligned feedback times. Each school keeps"
                + " its own inspection, feedback and follow-up.\n");
        body.append("\nThe inspection: ").append(link(i)).append('\n');
        return new Email(subject, body.toString());
    }

    public Email overdue(Inspection i) {
        String subject = "Not acknowledged: Ofsted inspection of %s (URN %s)".formatted(schoolName(i), i.urn);
        StringBuilder body = new StringBuilder("Nobody has recorded contact with the school to acknowledge this notice, and the deadline (")
                .append(MOMENT.format(i.acknowledgementDue)).append(") has passed. It is escalated to you as CEM.\n\n");
        facts(i, body);
        body.append("\nAssigned: SIM ").append(orNone(i.simName, i.simEmail))
                .append("; AI ").append(orNone(i.aiName, i.aiEmail)).append('\n');
        body.append("As the CEM you may record the acknowledgement yourself: POST ").append(link(i)).append("/acknowledgement\n");
        return new Email(subject, body.toString());
    }

    private void acknowledgeBy(Inspection i, StringBuilder body) {
        body.append("\nAcknowledge by ").append(MOMENT.format(i.acknowledgementDue))
                .append(" (end of the working day the LA received the notice). If it is not acknowledged by then, it is escalated to the CEM.\n");
        body.append("\nRecord the acknowledgement: POST ").append(link(i))
                .append("/acknowledgement\nThe inspection: ").append(link(i)).append('\n');
    }

    private String link(Inspection i) {
        return baseUrl + "/api/v1/inspections/" + i.id;
    }

    private void facts(Inspection i, StringBuilder body) {
        body.append("School: ").append(schoolName(i)).append('\n');
        body.append("URN: ").append(i.urn).append(i.knownSchool ? "" : " (NOT in the school registry: data fix needed)").append('\n');
        if (i.category != null) {
            body.append("Category: ").append(i.category).append(i.phase == null ? "" : ", " + i.phase).append('\n');
        }
        body.append("Ofsted reference: ").append(i.ofstedReference).append('\n');
        body.append("Inspection type: ").append(i.inspectionType).append(" (framework ").append(i.framework).append(")\n");
        body.append("Notified: ").append(MOMENT.format(i.notifiedAt)).append('\n');
        body.append("Starts: ").append(DAY.format(i.startDate)).append(", expected ").append(i.expectedDays).append(" day(s)\n");
        body.append("Lead inspector: ").append(orNone(i.leadInspectorName, i.leadInspectorEmail)).append('\n');
        body.append("LA involvement: ").append(i.involvement).append('\n');
    }

    private static void federation(FederationSnapshot f, StringBuilder body) {
        body.append("\nFederation: ").append(f.name()).append(" (").append(f.kind()).append(")");
        if (f.executiveHeadteacher() != null) {
            body.append(", executive headteacher ").append(f.executiveHeadteacher().name());
        }
        body.append('\n');
        for (FederationPartner p : f.partners()) {
            body.append(" - partner ").append(p.name()).append(" (URN ").append(p.urn()).append(")");
            if (p.latestOfstedReference() != null) {
                body.append(": latest inspection ").append(p.latestOfstedReference()).append(" starting ").append(p.latestStartDate());
            }
            if (p.notifiedInSameWindow()) {
                body.append(" - NOTIFIED IN THE SAME WINDOW");
            }
            body.append('\n');
        }
        if (f.coordinatedInspection()) {
            body.append("This looks like a coordinated inspection: agree with the partners' SIMs one meeting with the executive headteacher, one with governors, and aligned feedback times.\n");
        }
    }

    private static String expectations(Inspection i, String role) {
        if (i.involvement == Involvement.UNKNOWN_SCHOOL) {
            return """
                    The URN is not in the school registry, so no SIM or AI could be assigned. Please make sure the school is
                    contacted, the notice acknowledged (as the CEM you may record the acknowledgement yourself) and the right
                    SIM assigned, and have the registry corrected.
                    """;
        }
        if (WhoIsTold.CEM_NO_SIM.equals(role)) {
            return """
                    No SIM is assigned to this school, so the notice comes to you. Make sure the school is contacted and the
                    notice acknowledged – as the CEM you may record the acknowledgement yourself – and have a SIM assigned
                    (PUT /api/v1/schools/{urn}/assignment): the SIM is then told and the inspection becomes theirs.
                    """.replace("{urn}", i.urn)
                    + (i.involvement == Involvement.OFFER_SUPPORT ? """
                    This is not a maintained school: the LA acknowledges the inspection and offers an appropriate level of
                    support (Hampshire guidance §7).
                    """ : "");
        }
        if (i.involvement == Involvement.OFFER_SUPPORT) {
            return """
                    This is not a maintained school. Contact the school to acknowledge the inspection and offer an appropriate
                    level of support (Hampshire guidance §7). The LA joins conversations with inspectors or the final feedback
                    only if the school invites it or Ofsted asks (for example about safeguarding).
                    """;
        }
        return """
                Contact the school to acknowledge the notice and agree the LA's involvement: times for keeping in touch during
                each day, meeting or speaking to the lead inspector, the end-of-day-1 call with the headteacher, and attendance
                at the final feedback (Hampshire guidance §4; School Inspection Handbook ¶100). The SIM may share context with
                the inspector in advance; the AI may visit before the start. Support a deferral request if the head seeks one.
                """;
    }

    private static String schoolName(Inspection i) {
        return i.schoolName == null ? "(unnamed school)" : i.schoolName;
    }

    private static String orNone(String name, String email) {
        if (name == null && email == null) {
            return "none";
        }
        return email == null ? name : (name == null ? email : name + " <" + email + ">");
    }
}
