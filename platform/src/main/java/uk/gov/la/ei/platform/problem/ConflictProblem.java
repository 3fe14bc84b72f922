package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.platform.failure.Refusal;

/** The request is valid but clashes with the current state (e.g. acknowledging a withdrawn inspection); 409. */
public class ConflictProblem extends Refusal {
    public ConflictProblem(String message) {
        super(null, message);
    }
}
