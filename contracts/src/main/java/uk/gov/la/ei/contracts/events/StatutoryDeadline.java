package uk.gov.la.ei.contracts.events;

import java.time.LocalDate;

/** One clock of a programme of support (Tri-borough framework §4–§5), e.g. the statement of action. */
public record StatutoryDeadline(String step, LocalDate dueOn) {
}
