package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.platform.failure.Refusal;

/** The request (or the event it would produce) is larger than the system can carry; 413 naming the field. */
public class PayloadTooLargeProblem extends Refusal {
    public PayloadTooLargeProblem(String field, String message) {
        super(field, message);
    }
}
