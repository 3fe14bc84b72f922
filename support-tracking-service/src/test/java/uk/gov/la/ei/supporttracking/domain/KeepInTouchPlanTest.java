package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** H§4 "Expected contact … following notification", H§7 (non-maintained schools), School Inspection Handbook ¶100. */
class KeepInTouchPlanTest {

    private final WorkingDays workingDays = new WorkingDays();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.ENGLAND).toInstant();
    }

    private Map<PointKind, PlannedPoint> plan(Involvement involvement, String start, int days, String notifiedLocal, String ackDueLocal) {
        List<PlannedPoint> points = KeepInTouchPlan.defaultPlan(new KeepInTouchPlan.Inspection(involvement, LocalDate.parse(start), days,
                london(notifiedLocal), ackDueLocal == null ? null : london(ackDueLocal)), workingDays);
        return points.stream().collect(Collectors.toMap(PlannedPoint::kind, Function.identity()));
    }

    @Test
    void aMaintainedSchoolNotifiedOnMondayForTuesdayHasTheSixPointsOfH4AndHandbookParagraph100() {
        var plan = plan(Involvement.FULL, "2026-11-24", 2, "2026-11-23T12:04", "2026-11-23T17:00");

        assertThat(plan).containsOnlyKeys(PointKind.INITIAL_CONTACT, PointKind.AI_VISIT_BEFORE_START, PointKind.SIM_CALL_TO_INSPECTOR,
                PointKind.LEAD_INSPECTOR_MEETING, PointKind.END_OF_DAY_ONE_CALL, PointKind.FINAL_FEEDBACK);
        assertThat(plan.get(PointKind.INITIAL_CONTACT)).isEqualTo(new PlannedPoint(PointKind.INITIAL_CONTACT, OwnerRole.SIM,
                london("2026-11-23T17:00"), false));
        assertThat(plan.get(PointKind.AI_VISIT_BEFORE_START)).isEqualTo(new PlannedPoint(PointKind.AI_VISIT_BEFORE_START,
                OwnerRole.ATTACHED_INSPECTOR, london("2026-11-23T17:00"), true));
        assertThat(plan.get(PointKind.SIM_CALL_TO_INSPECTOR)).isEqualTo(new PlannedPoint(PointKind.SIM_CALL_TO_INSPECTOR,
                OwnerRole.SIM, london("2026-11-23T17:00"), true));
        assertThat(plan.get(PointKind.LEAD_INSPECTOR_MEETING)).isEqualTo(new PlannedPoint(PointKind.LEAD_INSPECTOR_MEETING,
                OwnerRole.SIM, london("2026-11-24T17:00"), false));
        assertThat(plan.get(PointKind.END_OF_DAY_ONE_CALL)).isEqualTo(new PlannedPoint(PointKind.END_OF_DAY_ONE_CALL,
                OwnerRole.ATTACHED_INSPECTOR, london("2026-11-24T18:30"), false));
        assertThat(plan.get(PointKind.FINAL_FEEDBACK)).isEqualTo(new PlannedPoint(PointKind.FINAL_FEEDBACK,
                OwnerRole.ATTACHED_INSPECTOR, london("2026-11-25T18:00"), false));
    }

    @Test
    void aTuesdayStartAfterABankHolidayMondayHasItsBeforeTheStartPointsOnTheFridayBefore() {
        // Monday 25 May 2026 is the Spring bank holiday: the notice comes on the Friday
        var plan = plan(Involvement.FULL, "2026-05-26", 2, "2026-05-22T11:00", "2026-05-22T17:00");

        assertThat(plan.get(PointKind.AI_VISIT_BEFORE_START).dueAt()).isEqualTo(london("2026-05-22T17:00"));
        assertThat(plan.get(PointKind.SIM_CALL_TO_INSPECTOR).dueAt()).isEqualTo(london("2026-05-22T17:00"));
        assertThat(plan.get(PointKind.LEAD_INSPECTOR_MEETING).dueAt()).isEqualTo(london("2026-05-26T17:00"));
        assertThat(plan.get(PointKind.END_OF_DAY_ONE_CALL).dueAt()).isEqualTo(london("2026-05-26T18:30"));
        assertThat(plan.get(PointKind.FINAL_FEEDBACK).dueAt()).isEqualTo(london("2026-05-27T18:00"));
    }

    @Test
    void aFridayStartRunsItsSecondDayOnTheNextWorkingDayAfterABankHoliday() {
        // Monday 31 August 2026 is the Summer bank holiday
        var plan = plan(Involvement.FULL, "2026-08-28", 2, "2026-08-27T10:00", "2026-08-27T17:00");

        assertThat(plan.get(PointKind.END_OF_DAY_ONE_CALL).dueAt()).isEqualTo(london("2026-08-28T18:30"));
        assertThat(plan.get(PointKind.FINAL_FEEDBACK).dueAt()).isEqualTo(london("2026-09-01T18:00"));
    }

    @Test
    void aNoticeTooLateForTheDayBeforeMakesTheBeforeTheStartPointsDueAtTheStartOfTheSchoolDay() {
        var plan = plan(Involvement.FULL, "2026-11-24", 2, "2026-11-23T17:30", "2026-11-24T17:00");

        assertThat(plan.get(PointKind.AI_VISIT_BEFORE_START).dueAt()).isEqualTo(london("2026-11-24T08:00"));
        assertThat(plan.get(PointKind.SIM_CALL_TO_INSPECTOR).dueAt()).isEqualTo(london("2026-11-24T08:00"));
    }

    @Test
    void anAcademyIsOfferedSupportTheLaJoinsInspectorConversationsOnlyIfInvitedSoTheInitialContactIsThePlan() {
        var plan = plan(Involvement.OFFER_SUPPORT, "2026-11-24", 2, "2026-11-23T12:04", "2026-11-23T17:00");

        assertThat(plan).containsOnlyKeys(PointKind.INITIAL_CONTACT);
        assertThat(plan.get(PointKind.INITIAL_CONTACT).owner()).isEqualTo(OwnerRole.SIM);
    }

    @Test
    void aUrnTheRegistryDoesNotKnowIsTheInitialContactOfTheCemItWasRoutedTo() {
        var plan = plan(Involvement.UNKNOWN_SCHOOL, "2026-11-24", 2, "2026-11-23T12:04", "2026-11-23T17:00");

        assertThat(plan).containsOnlyKeys(PointKind.INITIAL_CONTACT);
        assertThat(plan.get(PointKind.INITIAL_CONTACT).owner()).isEqualTo(OwnerRole.CEM);
    }

    @Test
    void aOneDayInspectionHasNoEndOfDayOneCallAndItsFeedbackIsOnDayOne() {
        var plan = plan(Involvement.FULL, "2026-11-24", 1, "2026-11-23T12:04", "2026-11-23T17:00");

        assertThat(plan).doesNotContainKey(PointKind.END_OF_DAY_ONE_CALL);
        assertThat(plan.get(PointKind.FINAL_FEEDBACK).dueAt()).isEqualTo(london("2026-11-24T18:00"));
    }

    @Test
    void withoutAnAcknowledgementDeadlineTheInitialContactIsDueByTheEndOfTheNoticesWorkingDay() {
        var plan = plan(Involvement.FULL, "2026-11-24", 2, "2026-11-23T12:04", null);

        assertThat(plan.get(PointKind.INITIAL_CONTACT).dueAt()).isEqualTo(london("2026-11-23T17:00"));
    }

    @Test
    void theLastDayOfAnInspectionIsCountedInWorkingDaysFromTheStart() {
        assertThat(InspectionDays.lastDay(LocalDate.parse("2026-11-24"), 2, workingDays)).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(InspectionDays.lastDay(LocalDate.parse("2026-08-28"), 2, workingDays)).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(InspectionDays.lastDay(LocalDate.parse("2026-11-24"), 3, workingDays)).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(InspectionDays.lastDay(LocalDate.parse("2026-11-24"), 1, workingDays)).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void theRolesAreNamedAsInTokensAndInTheEventsAlertedRole() {
        assertThat(OwnerRole.SIM.role()).isEqualTo("sim");
        assertThat(OwnerRole.ATTACHED_INSPECTOR.role()).isEqualTo("attached-inspector");
        assertThat(OwnerRole.CEM.role()).isEqualTo("cem");
    }

    @Test
    void aPointWithNobodyInItsRoleFallsToTheSimThenTheCem() {
        assertThat(OwnerRole.ATTACHED_INSPECTOR.fallback()).isEqualTo(OwnerRole.SIM);
        assertThat(OwnerRole.SIM.fallback()).isEqualTo(OwnerRole.CEM);
        assertThat(OwnerRole.CEM.fallback()).isEqualTo(OwnerRole.CEM);
    }
}
