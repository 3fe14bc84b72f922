package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.platform.failure.Refusal;

/** The caller has the role but not the relationship (e.g. a SIM of another school); 403. */
public class ForbiddenProblem extends Refusal {
    public ForbiddenProblem(String message) {
        super(null, message);
    }
}
