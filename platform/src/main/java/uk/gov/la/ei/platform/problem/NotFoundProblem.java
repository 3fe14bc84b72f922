package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.platform.failure.Refusal;

/** Something asked for by id or key does not exist; becomes a 404 problem. */
public class NotFoundProblem extends Refusal {
    public NotFoundProblem(String message) {
        super(null, message);
    }
}
