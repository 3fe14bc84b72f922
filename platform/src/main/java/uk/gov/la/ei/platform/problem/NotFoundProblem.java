package uk.gov.la.ei.platform.problem;

/** Something asked for by id or key does not exist; becomes a 404 problem. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String message) {
        super(message);
    }
}
