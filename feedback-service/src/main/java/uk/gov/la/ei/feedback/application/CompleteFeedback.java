package uk.gov.la.ei.feedback.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.domain.record.Assessment;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackRecord;
import uk.gov.la.ei.feedback.domain.record.FeedbackRules;
import uk.gov.la.ei.feedback.domain.record.FeedbackState;
import uk.gov.la.ei.feedback.domain.record.FeedbackValidation;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.feedback.domain.record.UnexpectedOutcomeRule;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The LA representative completes the final-feedback template (H§4): starts a draft on the template
 * for the inspection's type and framework, edits it, submits it – after which it never changes in
 * place – and corrects it, with a reason, as a new version. Submitting (or correcting) publishes
 * FeedbackRecorded for the follow-up and wellbeing services, flags an unexpected outcome, and sends the
 * form to senior officers and Governor Services, all in one transaction.
 */
@ApplicationScoped
public class CompleteFeedback {

    @Inject
    KnownInspections inspections;
    @Inject
    FeedbackTemplates templates;
    @Inject
    FeedbackAccess access;
    @Inject
    Outbox outbox;
    @Inject
    DistributeFeedback distribution;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper mapper;

    public record Start(UUID inspectionId, String templateId, Integer templateVersion, FeedbackContent content) {
    }

    @Transactional
    public FeedbackRecord start(Start command) {
        if (command.inspectionId() == null) {
            throw new InvalidInputException("inspectionId", "is required");
        }
        inspections.require(command.inspectionId());
        // one record per inspection: two people starting at once are put in line on the inspection's row
        KnownInspection i = KnownInspection.findById(command.inspectionId(), LockModeType.PESSIMISTIC_WRITE);
        access.requireToComplete(i);
        if (i.withdrawn) {
            throw new ConflictProblem("inspection " + i.inspectionId + " was withdrawn by Ofsted: there is no final feedback to record");
        }
        Optional<FeedbackRecord> existing = FeedbackRecord.ofInspection(i.inspectionId);
        if (existing.isPresent()) {
            throw new ConflictProblem("inspection " + i.inspectionId + " already has feedback record " + existing.get().feedbackId
                    + " (" + existing.get().state + "): edit the draft, or correct the submitted record");
        }
        FeedbackTemplate t = templates.choose(command.templateId(), command.templateVersion(), i.framework, i.inspectionType, "");
        refuseIfInvalid(t, command.content(), FeedbackValidation.Stage.DRAFT, "content.", i);
        Instant now = clock.instant();
        FeedbackRecord r = new FeedbackRecord();
        r.feedbackId = UUID.randomUUID();
        r.inspectionId = i.inspectionId;
        r.urn = i.urn;
        r.templateId = t.id();
        r.templateVersion = t.version();
        r.state = FeedbackState.DRAFT;
        r.draftContent = json(command.content() == null ? empty() : command.content());
        r.createdBy = access.actorEmail();
        r.createdAt = now;
        r.updatedBy = r.createdBy;
        r.updatedAt = now;
        r.persist();
        return r;
    }

    /** Replaces the draft's content (a draft may be incomplete; what it holds must fit the template). */
    @Transactional
    public FeedbackRecord update(UUID feedbackId, FeedbackContent content) {
        FeedbackRecord r = lock(feedbackId);
        KnownInspection i = inspections.require(r.inspectionId);
        access.requireToComplete(i);
        if (r.state != FeedbackState.DRAFT) {
            throw submittedAlready(r);
        }
        refuseIfInvalid(templates.require(r.templateId, r.templateVersion), content, FeedbackValidation.Stage.DRAFT, "", i);
        r.draftContent = json(content == null ? empty() : content);
        r.updatedBy = access.actorEmail();
        r.updatedAt = clock.instant();
        return r;
    }

    @Transactional
    public FeedbackVersion submit(UUID feedbackId) {
        FeedbackRecord r = lock(feedbackId);
        KnownInspection i = inspections.require(r.inspectionId);
        access.requireToComplete(i);
        if (r.state != FeedbackState.DRAFT) {
            throw submittedAlready(r);
        }
        if (i.withdrawn) {
            throw new ConflictProblem("inspection " + i.inspectionId + " was withdrawn by Ofsted: there is no final feedback to submit");
        }
        FeedbackTemplate t = templates.require(r.templateId, r.templateVersion);
        FeedbackContent content = content(r.draftContent);
        // named as in the draft's body (PUT /api/v1/feedback/{id}), which is where it is put right
        refuseIfInvalid(t, content, FeedbackValidation.Stage.SUBMISSION, "", i);
        FeedbackVersion v = record(r, i, t, content, null);
        r.state = FeedbackState.SUBMITTED;
        r.draftContent = null;
        r.submittedAt = v.recordedAt;
        return v;
    }

    /** A submitted record is corrected by a new, complete version with the reason for it. */
    @Transactional
    public FeedbackVersion correct(UUID feedbackId, String reason, FeedbackContent content) {
        FeedbackRecord r = lock(feedbackId);
        KnownInspection i = inspections.require(r.inspectionId);
        access.requireToComplete(i);
        if (r.state != FeedbackState.SUBMITTED) {
            throw new ConflictProblem("feedback " + feedbackId + " is still a draft: edit it (PUT) and submit it; only a submitted record is corrected");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: why the submitted record is corrected");
        }
        FeedbackTemplate t = templates.require(r.templateId, r.templateVersion);
        refuseIfInvalid(t, content, FeedbackValidation.Stage.SUBMISSION, "content.", i);
        return record(r, i, t, content, reason.trim());
    }

    private FeedbackVersion record(FeedbackRecord r, KnownInspection i, FeedbackTemplate t, FeedbackContent content,
                                   String correctionReason) {
        Instant now = clock.instant();
        Assessment a = FeedbackRules.assess(t, content, i.laCategorisation);
        FeedbackVersion v = new FeedbackVersion();
        v.versionId = UUID.randomUUID();
        v.feedbackId = r.feedbackId;
        v.recordVersion = r.currentVersion + 1;
        v.content = json(content);
        v.outcomeBand = a.outcomeBand();
        v.safeguarding = a.safeguarding();
        v.safeguardingEffective = a.safeguardingEffective();
        v.categoryOfConcern = a.categoryOfConcern();
        v.adverse = a.adverse();
        v.signpostingNeeded = a.signpostingNeeded();
        v.conductConcerns = a.conductConcerns();
        v.unexpectedOutcome = a.unexpectedOutcome();
        v.laCategorisation = a.laCategorisation();
        v.correctionReason = correctionReason;
        v.recordedByEmail = access.actorEmail();
        v.recordedByName = truncate(access.actorName(), 200);
        v.recordedAt = now;
        v.persist();
        r.currentVersion = v.recordVersion;
        r.updatedBy = v.recordedByEmail;
        r.updatedAt = now;

        Person by = new Person(v.recordedByName, v.recordedByEmail);
        outbox.publish(new FeedbackRecorded(r.feedbackId, r.inspectionId, r.urn, t.id(), t.version(), v.recordVersion,
                i.framework, i.inspectionType, a.judgements(), a.outcomeBand(), a.safeguarding(), a.safeguardingEffective(),
                a.categoryOfConcern(), a.adverse(), a.signpostingNeeded(), a.conductConcerns(), a.unexpectedOutcome(), by, now));
        if (a.unexpectedOutcome() && r.unexpectedOutcomeFlaggedAt == null) {
            // once per record: support-tracking opens one concern of category UNEXPECTED_OUTCOME for it
            r.unexpectedOutcomeFlaggedAt = now;
            outbox.publish(new UnexpectedOutcomeFlagged(r.feedbackId, r.inspectionId, r.urn,
                    UnexpectedOutcomeRule.categorisation(i.laCategorisation).map(Enum::name).orElse(i.laCategorisation),
                    a.outcomeBand(), now));
        }
        distribution.distribute(FeedbackViews.form(t, content, i, v, a), r.feedbackId.toString(), content.feedbackMeetingOn());
        return v;
    }

    private void refuseIfInvalid(FeedbackTemplate t, FeedbackContent content, FeedbackValidation.Stage stage, String prefix,
                                 KnownInspection i) {
        LocalDate earliest = LocalDate.ofInstant(i.notifiedAt, WorkingDays.ENGLAND);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ENGLAND);
        List<Violation> violations = FeedbackValidation.check(t, content, stage, prefix, earliest, today);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static FeedbackRecord lock(UUID feedbackId) {
        FeedbackRecord r = FeedbackRecord.findById(feedbackId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundProblem("no feedback record " + feedbackId);
        }
        return r;
    }

    private static ConflictProblem submittedAlready(FeedbackRecord r) {
        return new ConflictProblem("feedback " + r.feedbackId + " was submitted (version " + r.currentVersion + " is current): "
                + "a submitted record is never changed in place – POST a correction with the reason to make a new version");
    }

    private static FeedbackContent empty() {
        return new FeedbackContent(null, null, null, null, null, null, null, null, null);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    String json(FeedbackContent content) {
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    FeedbackContent content(String json) {
        try {
            return mapper.readValue(json, FeedbackContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable feedback content", e);
        }
    }
}
