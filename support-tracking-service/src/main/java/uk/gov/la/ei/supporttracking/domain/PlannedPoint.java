package uk.gov.la.ei.supporttracking.domain;

import java.time.Instant;

/** One point of the default keep-in-touch plan: what, whose, by when, and whether it is optional. */
public record PlannedPoint(PointKind kind, OwnerRole owner, Instant dueAt, boolean optional) {
}
