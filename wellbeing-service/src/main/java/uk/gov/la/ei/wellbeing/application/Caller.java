package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.inspections.InspectionAccess.Relation;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.security.CurrentUser;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule.Standing;

import java.util.Set;

/**
 * The person calling the API and how they stand to an inspection: their relation to it comes from the
 * platform ({@link InspectionAccess#relationsTo}: role and e-mail against the latest ContactsAssigned);
 * what that allows here is decided by this service's own rules ({@code ReferralReadRule}).
 */
@RequestScoped
public class Caller {

    @Inject
    CurrentUser user;
    @Inject
    InspectionAccess access;

    public Actor actor() {
        return Actor.person(user.email(), user.name(), user.roles());
    }

    public String email() {
        return user.email();
    }

    public String name() {
        return user.name();
    }

    public boolean isWellbeingOfficer() {
        return user.roles().contains(Roles.WELLBEING_OFFICER);
    }

    public Set<String> roles() {
        return user.roles();
    }

    /** @param inspection null when the inspection is not (yet) known here: only a wellbeing officer stands to it */
    public Standing standingTo(KnownInspection inspection) {
        if (inspection == null) {
            return new Standing(isWellbeingOfficer(), false, false, false);
        }
        Set<Relation> relations = access.relationsTo(inspection);
        return new Standing(isWellbeingOfficer(), relations.contains(Relation.SIM),
                relations.contains(Relation.ATTACHED_INSPECTOR), relations.contains(Relation.CEM));
    }
}
