package uk.gov.la.ei.platform.problem;

import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.failure.Refusal;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; becomes a 400 problem naming each field. */
public class InvalidInputException extends Refusal {

    private final List<Violation> violations;
    private final long total;

    public InvalidInputException(List<Violation> violations) {
        this(violations, violations.size());
    }

    /**
     * Refuses input with {@code total} problems of which {@code violations} are the ones listed (a file where
     * every row is wrong must not make an answer as large as the file).
     */
    public InvalidInputException(List<Violation> violations, long total) {
        super(violations.isEmpty() ? null : violations.get(0).field(),
                (total > violations.size() ? total + " problems, the first " + violations.size() + ": " : "")
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
        this.total = Math.max(total, violations.size());
    }

    /** How many problems there are, listed or not. */
    public long total() {
        return total;
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
