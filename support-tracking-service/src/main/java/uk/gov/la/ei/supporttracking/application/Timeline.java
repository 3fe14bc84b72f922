package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.supporttracking.domain.SupportCase;
import uk.gov.la.ei.supporttracking.domain.TimelineEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the inspection's timeline: this service's own steps in the transaction that takes them, and the
 * other services' events in the transaction that consumes them – so the timeline has a step exactly when
 * the step happened.
 */
@ApplicationScoped
public class Timeline {

    private static final int ACTOR_MAX = 320;

    @Inject
    Clock clock;

    /** One of this service's own steps on a case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void own(SupportCase c, Instant at, String kind, String actor, String summary, Object ref) {
        record(c.inspectionId, c.urn, at, Sources.SUPPORT_TRACKING, kind, actor, summary, ref, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID inspectionId, String urn, Instant at, String source, String kind, String actor, String summary,
                       Object ref, String eventId) {
        TimelineEntry e = new TimelineEntry();
        e.inspectionId = inspectionId;
        e.urn = urn != null && urn.length() <= 7 ? urn : null;
        e.at = at != null ? at : clock.instant();
        e.source = source;
        e.kind = kind;
        e.actor = actor == null || actor.isBlank() ? Sources.SYSTEM
                : actor.length() > ACTOR_MAX ? actor.substring(0, ACTOR_MAX) : actor;
        e.summary = summary == null ? "" : summary;
        e.ref = ref == null ? null : truncate(ref.toString(), 100);
        e.eventId = eventId == null ? null : truncate(eventId, 200);
        e.recordedAt = clock.instant();
        e.persist();
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
