package uk.gov.la.ei.platform.problem;

/** The caller has the role but not the relationship (e.g. a SIM of another school); 403. */
public class ForbiddenProblem extends RuntimeException {
    public ForbiddenProblem(String message) {
        super(message);
    }
}
