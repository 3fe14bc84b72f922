package uk.gov.la.ei.notification.application;

import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.util.List;

/**
 * An imported file refused whole: the first problems by line and column (at most 100), and how many
 * there are in all – a file where every row is wrong must not make an answer as large as the file.
 */
public class FileRefused extends InvalidInputException {

    private final long problems;

    public FileRefused(List<Violation> listed, long problems) {
        super(listed);
        this.problems = problems;
    }

    /** How many problems the file has, listed or not. */
    public long problems() {
        return problems;
    }
}
