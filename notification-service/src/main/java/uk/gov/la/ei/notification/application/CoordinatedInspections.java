package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.CoordinatedInspectionIdentified;
import uk.gov.la.ei.notification.domain.CoordinatedInspectionPolicy;
import uk.gov.la.ei.notification.domain.Federation;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.platform.outbox.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Coordinated inspections (Ofsted federation briefing): when a school of a federation is notified and a
 * partner school's open inspection was notified in the same window, <em>both</em> inspections learn it –
 * a CoordinatedInspectionIdentified for each, a line in each history – and the partner's contacts get an
 * e-mail (the newly notified school's contacts read it in their notice e-mail). Each pair once.
 */
@ApplicationScoped
public class CoordinatedInspections {

    @Inject
    Outbox outbox;
    @Inject
    InformContacts inform;
    @Inject
    NoticeEmails emails;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "notification.federation.coordination-window", defaultValue = "P7D")
    Duration window;

    public record Partner(UUID inspectionId, String urn, String schoolName, Instant identifiedAt) {
    }

    /** Looks for partners of {@code i} notified in the same window; returns how many were newly identified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int identify(Inspection i, Instant now) {
        School school = School.findById(i.urn);
        if (school == null || school.federationCode == null) {
            return 0;
        }
        Federation federation = Federation.findById(school.federationCode);
        String federationName = federation == null ? school.federationCode : federation.name;
        int identified = 0;
        for (School partnerSchool : School.inFederation(school.federationCode)) {
            if (partnerSchool.urn.equals(i.urn)) {
                continue;
            }
            Optional<Inspection> partner = Inspection.latestFor(partnerSchool.urn)
                    .filter(p -> p.state != InspectionState.WITHDRAWN)
                    .filter(p -> CoordinatedInspectionPolicy.notifiedInSameWindow(p.notifiedAt, i.notifiedAt, window));
            if (partner.isPresent() && firstTime(i, partner.get(), school.federationCode, now)) {
                coordinate(i, partner.get(), school.federationCode, federationName, now);
                identified++;
            }
        }
        return identified;
    }

    private void coordinate(Inspection i, Inspection partner, String federationCode, String federationName, Instant now) {
        i.identifyCoordination();
        partner.identifyCoordination();
        InspectionHistory.record(i.id, now, HistoryKind.COORDINATED_INSPECTION, null, "partner " + partner.urn + " "
                + partner.schoolName + " (inspection " + partner.id + ") notified in the same window: coordinated inspection");
        InspectionHistory.record(partner.id, now, HistoryKind.COORDINATED_INSPECTION, null, "partner " + i.urn + " "
                + i.schoolName + " (inspection " + i.id + ") notified in the same window: coordinated inspection");
        outbox.publish(new CoordinatedInspectionIdentified(i.id, i.urn, federationCode, federationName,
                partner.id, partner.urn, partner.schoolName));
        outbox.publish(new CoordinatedInspectionIdentified(partner.id, partner.urn, federationCode, federationName,
                i.id, i.urn, i.schoolName));
        NoticeEmails.Email email = emails.coordinated(partner, i, federationName);
        inform.tell(partner, now, role -> email);
    }

    /** Records the pair (both ways); false if it was already known. */
    private boolean firstTime(Inspection i, Inspection partner, String federationCode, Instant now) {
        em.flush(); // a new inspection must be in its table before a row refers to it
        int inserted = em.createNativeQuery("""
                        insert into coordinated_inspection (inspection_id, partner_inspection_id, federation_code, identified_at)
                        values (:a, :b, :code, :at), (:b, :a, :code, :at)
                        on conflict (inspection_id, partner_inspection_id) do nothing""")
                .setParameter("a", i.id)
                .setParameter("b", partner.id)
                .setParameter("code", federationCode)
                .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return inserted > 0;
    }

    /** The partners an inspection was found coordinated with, earliest first. */
    @SuppressWarnings("unchecked")
    public List<Partner> partnersOf(UUID inspectionId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select c.partner_inspection_id, p.urn, p.school_name, c.identified_at
                        from coordinated_inspection c join inspection p on p.id = c.partner_inspection_id
                        where c.inspection_id = :id order by c.identified_at, p.urn""")
                .setParameter("id", inspectionId)
                .getResultList();
        return rows.stream().map(r -> new Partner((UUID) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value);
    }
}
