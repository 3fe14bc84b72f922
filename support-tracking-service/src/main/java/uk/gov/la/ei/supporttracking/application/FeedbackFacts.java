package uk.gov.la.ei.supporttracking.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.supporttracking.domain.AwaitingCase;
import uk.gov.la.ei.supporttracking.domain.SchoolOutcome;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the case does with feedback-service's facts (topic ei.feedback.records): the final feedback decides
 * the follow-up (DOMAIN.md step 8); an unexpected outcome opens a concern (step 7). Each goes on the
 * timeline as it arrives. A fact that arrives before its inspection's case (topics are not ordered with each
 * other) waits in {@code awaiting_case} and is applied, in order, when the case opens.
 */
@ApplicationScoped
public class FeedbackFacts {

    @Inject
    FollowUps followUps;
    @Inject
    Concerns concerns;
    @Inject
    Timeline timeline;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackRecorded(FeedbackRecorded f, String eventId) {
        String by = f.recordedBy() == null || f.recordedBy().email() == null ? Sources.FEEDBACK : f.recordedBy().email();
        timeline.record(f.inspectionId(), f.urn(), f.recordedAt(), Sources.FEEDBACK, "FeedbackRecorded", by,
                "final feedback recorded (" + f.templateId() + " v" + f.templateVersion() + ", record version " + f.recordVersion()
                        + "): outcome " + f.outcomeBand() + ", category of concern " + f.categoryOfConcern() + ", safeguarding "
                        + (f.safeguardingEffective() ? "effective" : "not effective") + (f.adverse() ? ", adverse" : "")
                        + (f.conductConcerns() ? ", conduct concerns" : "") + (f.unexpectedOutcome() ? ", unexpected outcome" : "")
                        + (f.signpostingNeeded() ? ", signposting needed" : ""), f.feedbackId(), eventId);
        keepOutcome(f);
        Optional<SupportCase> c = SupportCase.lockForInspection(f.inspectionId());
        if (c.isPresent()) {
            followUps.onFeedback(c.get(), f);
        } else {
            await(f.inspectionId(), eventId, f);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unexpectedOutcomeFlagged(UnexpectedOutcomeFlagged u, String eventId) {
        timeline.record(u.inspectionId(), u.urn(), u.flaggedAt(), Sources.FEEDBACK, "UnexpectedOutcomeFlagged", Sources.FEEDBACK,
                "outcome " + u.outcomeBand() + " is worse than the LA's categorisation " + u.laCategorisation(), u.feedbackId(), eventId);
        Optional<SupportCase> c = SupportCase.lockForInspection(u.inspectionId());
        if (c.isPresent()) {
            concerns.unexpectedOutcome(c.get(), u);
        } else {
            await(u.inspectionId(), eventId, u);
        }
    }

    /** The latest outcome of each school, for the partner schools shown in another inspection's context. */
    private void keepOutcome(FeedbackRecorded f) {
        if (f.urn() == null || f.urn().length() > 7) {
            return;
        }
        Instant at = f.recordedAt() == null ? clock.instant() : f.recordedAt();
        SchoolOutcome o = SchoolOutcome.findById(f.urn());
        if (o != null && o.recordedAt.isAfter(at)) {
            return;
        }
        boolean isNew = o == null;
        if (isNew) {
            o = new SchoolOutcome();
            o.urn = f.urn();
        }
        o.inspectionId = f.inspectionId();
        o.outcomeBand = f.outcomeBand();
        o.categoryOfConcern = f.categoryOfConcern();
        o.recordedAt = at;
        if (isNew) {
            o.persist();
        }
    }

    private void await(UUID inspectionId, String eventId, IntegrationEvent event) {
        AwaitingCase a = new AwaitingCase();
        a.inspectionId = inspectionId;
        a.eventId = eventId;
        a.eventType = EventCatalog.of(event).type();
        try {
            a.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep " + a.eventType + " " + eventId, e);
        }
        a.receivedAt = clock.instant();
        a.persist();
    }

    /** Applies, in arrival order, the facts that waited for this case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replayAwaiting(SupportCase c) {
        for (AwaitingCase a : AwaitingCase.of(c.inspectionId)) {
            EventCatalog entry = EventCatalog.ofType(a.eventType).orElseThrow();
            IntegrationEvent event;
            try {
                event = mapper.readValue(a.payload, entry.payload());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable awaiting " + a.eventType + " " + a.eventId, e);
            }
            if (event instanceof FeedbackRecorded f) {
                followUps.onFeedback(c, f);
            } else if (event instanceof UnexpectedOutcomeFlagged u) {
                concerns.unexpectedOutcome(c, u);
            }
            a.delete();
        }
    }
}
