package uk.gov.la.ei.supporttracking.domain;

/**
 * Something the follow-up asks someone to do: it becomes a keep-in-touch point of the case, due by the end of
 * the {@code workingDaysAfterInspection}-th working day after the inspection's last day.
 */
public record FollowUpAction(String title, OwnerRole owner, int workingDaysAfterInspection) {
}
