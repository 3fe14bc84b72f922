package uk.gov.la.ei.platform.problem;

/** The request is valid but clashes with the current state (e.g. acknowledging a withdrawn inspection); 409. */
public class ConflictProblem extends RuntimeException {
    public ConflictProblem(String message) {
        super(message);
    }
}
