package uk.gov.la.ei.feedback.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.feedback.domain.record.FeedbackRecord;
import uk.gov.la.ei.feedback.domain.record.FeedbackState;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.security.CurrentUser;
import uk.gov.la.ei.platform.security.Roles;

import java.util.Set;

/**
 * Who may complete and who may read a final-feedback record:
 * <ul>
 *   <li>the LA representative completes it – the SIM or the AI of the inspection (H§4 "The local
 *       authority officer attending the feedback will complete the appropriate feedback form"); for a
 *       school not in the registry, which has neither, the CEM the inspection was routed to;</li>
 *   <li>a draft is seen only by those who may complete it;</li>
 *   <li>a submitted form is read by them, the CEM, senior officers and Governor Services (H§4 "shared
 *       with senior local authority officers and governor services").</li>
 * </ul>
 */
@RequestScoped
public class FeedbackAccess {

    @Inject
    InspectionAccess inspections;
    @Inject
    CurrentUser user;

    public boolean mayComplete(KnownInspection i) {
        Set<InspectionAccess.Relation> r = inspections.relationsTo(i);
        if (r.contains(InspectionAccess.Relation.SIM) || r.contains(InspectionAccess.Relation.ATTACHED_INSPECTOR)) {
            return true;
        }
        boolean noRepresentative = i.simEmail == null && i.aiEmail == null;
        return noRepresentative && r.contains(InspectionAccess.Relation.CEM);
    }

    public void requireToComplete(KnownInspection i) {
        if (!mayComplete(i)) {
            throw new ForbiddenProblem("only the SIM or AI of URN " + i.urn + " (the LA representative at the final feedback) "
                    + "may complete the feedback of inspection " + i.inspectionId);
        }
    }

    public boolean mayRead(KnownInspection i, FeedbackRecord record) {
        if (record.state == FeedbackState.DRAFT) {
            return mayComplete(i);
        }
        return inspections.mayRead(i) || readsEveryForm();
    }

    public void requireToRead(KnownInspection i, FeedbackRecord record) {
        if (!mayRead(i, record)) {
            throw new ForbiddenProblem(record.state == FeedbackState.DRAFT
                    ? "the feedback of inspection " + i.inspectionId + " is a draft: only the SIM or AI completing it see it until it is submitted"
                    : "the feedback of inspection " + i.inspectionId + " is read by its SIM, AI and CEM, senior officers and Governor Services");
        }
    }

    /** Senior officers and Governor Services receive every submitted form (H§4). */
    public boolean readsEveryForm() {
        Set<String> roles = user.roles();
        return roles.contains(Roles.SENIOR_OFFICER) || roles.contains(Roles.GOVERNOR_SERVICES);
    }

    public String actorEmail() {
        return inspections.actor();
    }

    public String actorName() {
        return user.name();
    }
}
