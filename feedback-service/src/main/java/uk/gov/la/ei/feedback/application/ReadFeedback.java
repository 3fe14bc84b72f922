package uk.gov.la.ei.feedback.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackRecord;
import uk.gov.la.ei.feedback.domain.record.FeedbackState;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.NotFoundProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading records and their versions, for those {@link FeedbackAccess} lets read them. */
@ApplicationScoped
public class ReadFeedback {

    @Inject
    KnownInspections inspections;
    @Inject
    FeedbackAccess access;
    @Inject
    InspectionAccess inspectionAccess;
    @Inject
    FeedbackTemplates templates;
    @Inject
    CompleteFeedback complete;
    @Inject
    FeedbackDocuments documents;

    /** A record as it stands: the draft's content, or the current version's. */
    public record Current(FeedbackRecord record, KnownInspection inspection, FeedbackTemplate template,
                          FeedbackContent content, List<FeedbackVersion> versions) {
        public Optional<FeedbackVersion> currentVersion() {
            return versions.stream().filter(v -> v.recordVersion == record.currentVersion).findFirst();
        }
    }

    public record Page(List<Current> items, int page, int size, long total) {
    }

    @Transactional
    public Current get(UUID feedbackId) {
        FeedbackRecord r = FeedbackRecord.findById(feedbackId);
        if (r == null) {
            throw new NotFoundProblem("no feedback record " + feedbackId);
        }
        return current(r, true);
    }

    @Transactional
    public Current ofInspection(UUID inspectionId) {
        KnownInspection i = inspections.require(inspectionId);
        FeedbackRecord r = FeedbackRecord.ofInspection(inspectionId).orElseThrow(() -> new NotFoundProblem(
                "no feedback has been started for inspection " + inspectionId + " of URN " + i.urn));
        return current(r, true);
    }

    /** One version exactly as submitted. */
    @Transactional
    public Current version(UUID feedbackId, int recordVersion) {
        Current c = get(feedbackId);
        FeedbackVersion v = FeedbackVersion.of(feedbackId, recordVersion).orElseThrow(() -> new NotFoundProblem(
                "feedback " + feedbackId + " has no version " + recordVersion + " (current: " + c.record().currentVersion + ")"));
        return new Current(c.record(), c.inspection(), c.template(), complete.content(v.content), List.of(v));
    }

    /** The form as HTML or PDF: the current version (or draft), or the version asked for. */
    @Transactional
    public FormView form(UUID feedbackId, Integer recordVersion) {
        Current c = recordVersion == null ? get(feedbackId) : version(feedbackId, recordVersion);
        FeedbackVersion v = recordVersion == null ? c.currentVersion().orElse(null) : c.versions().get(0);
        return FeedbackViews.form(c.template(), c.content(), c.inspection(), v, null);
    }

    public String html(FormView form) {
        return documents.html(form);
    }

    public byte[] pdf(FormView form) {
        return documents.pdf(form);
    }

    /** Submitted records (and the caller's own drafts), newest first, for those who may read them. */
    @Transactional
    public Page list(String urn, FeedbackState state, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String me = access.actorEmail().toLowerCase();
        String mine = "inspectionId in (select k.inspectionId from KnownInspection k where k.simEmail = :me or k.aiEmail = :me)";
        if (access.readsEveryForm()) {
            where.add("(state = :submitted or " + mine + ")");
        } else {
            InspectionAccess.Filter readable = inspectionAccess.readableFilter("inspectionId");
            where.add("((state = :submitted and " + readable.jpql() + ") or " + mine + ")");
            readable.parameters().forEach(params::and);
        }
        params.and("submitted", FeedbackState.SUBMITTED).and("me", me);
        if (urn != null) {
            where.add("urn = :urn");
            params.and("urn", urn);
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        PanacheQuery<FeedbackRecord> q = FeedbackRecord.find(String.join(" and ", where), Sort.descending("updatedAt"), params);
        List<Current> items = q.page(page, size).list().stream().map(r -> current(r, false)).toList();
        return new Page(items, page, size, q.count());
    }

    private Current current(FeedbackRecord r, boolean check) {
        KnownInspection i = inspections.require(r.inspectionId);
        if (check) {
            access.requireToRead(i, r);
        }
        FeedbackTemplate t = templates.require(r.templateId, r.templateVersion);
        List<FeedbackVersion> versions = FeedbackVersion.of(r.feedbackId);
        String json = r.state == FeedbackState.DRAFT ? r.draftContent
                : versions.stream().filter(v -> v.recordVersion == r.currentVersion).findFirst().map(v -> v.content).orElseThrow();
        return new Current(r, i, t, complete.content(json), versions);
    }
}
