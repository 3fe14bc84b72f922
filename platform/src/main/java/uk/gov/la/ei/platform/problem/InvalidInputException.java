package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.failure.Refusal;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; becomes a 400 problem naming each field. */
public class InvalidInputException extends Refusal {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? null : violations.get(0).field(),
                violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
