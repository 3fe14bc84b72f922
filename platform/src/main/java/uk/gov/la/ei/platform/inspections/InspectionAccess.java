package uk.gov.la.ei.platform.inspections;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.security.CurrentUser;
import uk.gov.la.ei.platform.security.Roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with an inspection's records, the same in every service (DOMAIN.md roles):
 * the SIM and the AI assigned to the inspection act on it, and so does the CEM it was routed to; a
 * senior officer reads every one. Anyone else gets 403. The relationship comes from the latest
 * ContactsAssigned ({@link KnownInspection}), the role from the token: both must hold.
 */
@RequestScoped
public class InspectionAccess {

    /** How the caller stands to an inspection. */
    public enum Relation {
        SIM, ATTACHED_INSPECTOR, CEM, SENIOR_OFFICER
    }

    @Inject
    CurrentUser user;

    public Set<Relation> relationsTo(KnownInspection i) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        String email = user.email();
        Set<String> roles = user.roles();
        if (email != null) {
            if (roles.contains(Roles.SIM) && email.equalsIgnoreCase(i.simEmail)) {
                relations.add(Relation.SIM);
            }
            if (roles.contains(Roles.ATTACHED_INSPECTOR) && email.equalsIgnoreCase(i.aiEmail)) {
                relations.add(Relation.ATTACHED_INSPECTOR);
            }
            if (roles.contains(Roles.CEM) && email.equalsIgnoreCase(i.cemEmail)) {
                relations.add(Relation.CEM);
            }
        }
        if (roles.contains(Roles.SENIOR_OFFICER)) {
            relations.add(Relation.SENIOR_OFFICER);
        }
        return relations;
    }

    /** The SIM or AI of the inspection, or the CEM it was routed to. */
    public boolean mayAct(KnownInspection i) {
        Set<Relation> r = relationsTo(i);
        return r.contains(Relation.SIM) || r.contains(Relation.ATTACHED_INSPECTOR) || r.contains(Relation.CEM);
    }

    public boolean mayRead(KnownInspection i) {
        return mayAct(i) || relationsTo(i).contains(Relation.SENIOR_OFFICER);
    }

    public void requireToAct(KnownInspection i) {
        if (!mayAct(i)) {
            throw new ForbiddenProblem("only the SIM or AI of URN " + i.urn + ", or the CEM it is routed to, may act on inspection "
                    + i.inspectionId);
        }
    }

    public void requireToRead(KnownInspection i) {
        if (!mayRead(i)) {
            throw new ForbiddenProblem("inspection " + i.inspectionId + " of URN " + i.urn
                    + " is not one of yours (SIM, AI or CEM), and you are not a senior officer");
        }
    }

    /**
     * A JPQL condition on an entity's {@code inspectionId} property that keeps only the inspections the
     * caller may read (for lists: a list never shows what a single read would refuse).
     *
     * @param inspectionIdPath e.g. {@code "c.inspectionId"} or {@code "inspectionId"}
     */
    public Filter readableFilter(String inspectionIdPath) {
        Set<String> roles = user.roles();
        if (roles.contains(Roles.SENIOR_OFFICER)) {
            return new Filter("1 = 1", Map.of());
        }
        String email = user.email() == null ? "" : user.email().toLowerCase();
        List<String> conditions = new ArrayList<>();
        if (roles.contains(Roles.SIM)) {
            conditions.add("k.simEmail = :accessEmail");
        }
        if (roles.contains(Roles.ATTACHED_INSPECTOR)) {
            conditions.add("k.aiEmail = :accessEmail");
        }
        if (roles.contains(Roles.CEM)) {
            conditions.add("k.cemEmail = :accessEmail");
        }
        if (conditions.isEmpty()) {
            return new Filter("1 = 0", Map.of());
        }
        return new Filter(inspectionIdPath + " in (select k.inspectionId from KnownInspection k where "
                + String.join(" or ", conditions) + ")", Map.of("accessEmail", email));
    }

    /** A JPQL condition and its named parameters. */
    public record Filter(String jpql, Map<String, Object> parameters) {
    }

    /** The caller as recorded on a change: e-mail (and name), never empty. */
    public String actor() {
        String email = user.email();
        return email == null ? "unknown" : email;
    }
}
