package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.platform.problem.NotFoundProblem;

import java.time.Clock;

/**
 * A CEM or senior officer assigns a school's SIM and AI (H§4): the registry changes, and so do the
 * school's open inspections ({@link ReassignContacts}) – the people newly assigned are told, and
 * ContactsAssigned goes out again with reason REASSIGNED.
 */
@ApplicationScoped
public class AssignSchoolContacts {

    @Inject
    ReassignContacts reassign;
    @Inject
    Clock clock;

    /** @return how many open inspections took the new contacts */
    @Transactional
    public int assign(String urn, String simName, String simEmail, String aiName, String aiEmail) {
        School s = School.findById(urn);
        if (s == null) {
            throw new NotFoundProblem("URN " + urn + " is not in the school registry");
        }
        s.simName = simName;
        s.simEmail = simEmail;
        s.aiName = aiName;
        s.aiEmail = aiEmail;
        s.updatedAt = clock.instant();
        int reassigned = reassign.forSchool(urn).size();
        ConcurrentChange.flush();
        return reassigned;
    }
}
