package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.FederationPartner;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.platform.time.WorkingDays;

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

    public record Email(String subject, String body) {
    }

    /** To the SIM, the AI, or (unknown URN / no SIM) the CEM, when a notice arrives. */
    public Email notified(Inspection i, String role, Optional<FederationSnapshot> federation) {
        String subject = "Ofsted inspection notified: %s (URN %s), starts %s".formatted(
                schoolName(i), i.urn, DAY.format(i.startDate));
        StringBuilder body = new StringBuilder();
        body.append("Ofsted has notified an inspection. You are receiving this as the ").append(role).append(".\n\n");
        facts(i, body);
        federation.ifPresent(f -> federation(f, body));
        body.append("\nWhat is expected of you\n");
        body.append(expectations(i, role));
        body.append("\nAcknowledge by ").append(MOMENT.format(i.acknowledgementDue))
                .append(" (end of the working day of the notice). If it is not acknowledged by then, it is escalated to the CEM.\n");
        body.append("\nRecord the acknowledgement: POST ").append(baseUrl).append("/api/v1/inspections/").append(i.id)
                .append("/acknowledgement\nThe inspection: ").append(baseUrl).append("/api/v1/inspections/").append(i.id).append('\n');
        return new Email(subject, body.toString());
    }

    public Email rescheduled(Inspection i, java.time.LocalDate previous) {
        String subject = "Ofsted inspection moved: %s (URN %s), now starts %s".formatted(
                schoolName(i), i.urn, DAY.format(i.startDate));
        StringBuilder body = new StringBuilder("Ofsted has rescheduled this inspection (previously to start ")
                .append(DAY.format(previous)).append(").\n\n");
        facts(i, body);
        body.append("\nPlease review the keep-in-touch times agreed with the school.\n");
        return new Email(subject, body.toString());
    }

    public Email withdrawn(Inspection i) {
        String subject = "Ofsted inspection withdrawn: %s (URN %s)".formatted(schoolName(i), i.urn);
        StringBuilder body = new StringBuilder("Ofsted has withdrawn this inspection notice.\n\n");
        facts(i, body);
        return new Email(subject, body.toString());
    }

    public Email overdue(Inspection i) {
        String subject = "Not acknowledged: Ofsted inspection of %s (URN %s)".formatted(schoolName(i), i.urn);
        StringBuilder body = new StringBuilder("Nobody has recorded contact with the school to acknowledge this notice, and the deadline (")
                .append(MOMENT.format(i.acknowledgementDue)).append(") has passed. It is escalated to you as CEM.\n\n");
        facts(i, body);
        body.append("\nAssigned: SIM ").append(orNone(i.simName, i.simEmail))
                .append("; AI ").append(orNone(i.aiName, i.aiEmail)).append('\n');
        return new Email(subject, body.toString());
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
                    contacted, the notice acknowledged and the right SIM assigned, and have the registry corrected.
                    """;
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
