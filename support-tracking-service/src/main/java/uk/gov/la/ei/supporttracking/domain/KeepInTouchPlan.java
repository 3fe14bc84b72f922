package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The default keep-in-touch plan, fitted to the LA's involvement and the inspection's dates (H§4, H§7;
 * School Inspection Handbook ¶100). The SIM and AI then make it bespoke ("a bespoke approach is
 * implemented for each school"): they add, move or cancel points with a reason.
 *
 * <p>Full involvement (a maintained school, H§4):
 * <ul>
 *   <li><b>initial contact</b> (SIM) – by the acknowledgement deadline notification-service set (end of the
 *       working day of the notice);</li>
 *   <li><b>AI visit before the start</b> (AI, optional) and <b>SIM call to the inspector with context</b>
 *       (SIM, optional) – by the end of the last working day before the start (a Tuesday start after a
 *       bank-holiday Monday: the Friday before); when the notice came too late for that, by
 *       {@link #BEFORE_THE_SCHOOL_DAY} on day 1;</li>
 *   <li><b>the lead inspector's meeting or call with the LA</b> (SIM, ¶100) – by the end of day 1;</li>
 *   <li><b>end-of-day-1 call with the headteacher</b> (AI) – by {@link #END_OF_DAY_ONE_CALL_BY} on day 1, when
 *       the areas of focus for day 2 are known (only for an inspection of more than one day);</li>
 *   <li><b>attendance at the final feedback</b> (AI, ¶100) – by {@link #FINAL_FEEDBACK_BY} on the last day.</li>
 * </ul>
 * Offer of support (an academy, free school or other non-maintained school, H§7): the initial contact
 * only, in which the SIM acknowledges and offers support; the LA joins inspector conversations or feedback
 * only when the school invites it or Ofsted asks, and the SIM then adds those points. A URN the registry
 * does not know: the initial contact, owned by the CEM it was routed to.
 */
public final class KeepInTouchPlan {

    /** Inspectors arrive at the start of the school day: a before-the-start point left too late is due by then. */
    public static final LocalTime BEFORE_THE_SCHOOL_DAY = LocalTime.of(8, 0);
    /** H§4: "the AI speak with the headteacher at the end of day 1 when the key areas of focus for day 2 have been identified". */
    public static final LocalTime END_OF_DAY_ONE_CALL_BY = LocalTime.of(18, 30);
    /** The final feedback meeting ends the last day; it often runs after the end of the working day. */
    public static final LocalTime FINAL_FEEDBACK_BY = LocalTime.of(18, 0);

    private KeepInTouchPlan() {
    }

    /** What the plan is built from (all of it carried by ContactsAssigned / InspectionRescheduled). */
    public record Inspection(Involvement involvement, LocalDate startDate, int expectedDays, Instant notifiedAt,
                             Instant acknowledgementDue) {
    }

    public static List<PlannedPoint> defaultPlan(Inspection i, WorkingDays workingDays) {
        List<PlannedPoint> plan = new ArrayList<>();
        Instant acknowledgeBy = i.acknowledgementDue() != null ? i.acknowledgementDue() : workingDays.endOfWorkingDay(i.notifiedAt());
        switch (i.involvement()) {
            case UNKNOWN_SCHOOL -> plan.add(new PlannedPoint(PointKind.INITIAL_CONTACT, OwnerRole.CEM, acknowledgeBy, false));
            case OFFER_SUPPORT -> plan.add(new PlannedPoint(PointKind.INITIAL_CONTACT, OwnerRole.SIM, acknowledgeBy, false));
            case FULL -> {
                List<LocalDate> days = InspectionDays.of(i.startDate(), i.expectedDays(), workingDays);
                LocalDate dayOne = days.get(0);
                LocalDate lastDay = days.get(days.size() - 1);
                Instant beforeStart = beforeTheStart(dayOne, i.notifiedAt(), workingDays);
                plan.add(new PlannedPoint(PointKind.INITIAL_CONTACT, OwnerRole.SIM, acknowledgeBy, false));
                plan.add(new PlannedPoint(PointKind.AI_VISIT_BEFORE_START, OwnerRole.ATTACHED_INSPECTOR, beforeStart, true));
                plan.add(new PlannedPoint(PointKind.SIM_CALL_TO_INSPECTOR, OwnerRole.SIM, beforeStart, true));
                plan.add(new PlannedPoint(PointKind.LEAD_INSPECTOR_MEETING, OwnerRole.SIM, InspectionDays.endOf(dayOne, workingDays), false));
                if (days.size() > 1) {
                    plan.add(new PlannedPoint(PointKind.END_OF_DAY_ONE_CALL, OwnerRole.ATTACHED_INSPECTOR,
                            InspectionDays.at(dayOne, END_OF_DAY_ONE_CALL_BY), false));
                }
                plan.add(new PlannedPoint(PointKind.FINAL_FEEDBACK, OwnerRole.ATTACHED_INSPECTOR,
                        InspectionDays.at(lastDay, FINAL_FEEDBACK_BY), false));
            }
        }
        return plan;
    }

    /**
     * By the end of the last working day before day 1; if the notice arrived after that, by the start of the
     * school day on day 1.
     */
    static Instant beforeTheStart(LocalDate dayOne, Instant notifiedAt, WorkingDays workingDays) {
        Instant endOfDayBefore = InspectionDays.endOf(InspectionDays.previousWorkingDay(dayOne, workingDays), workingDays);
        return endOfDayBefore.isAfter(notifiedAt) ? endOfDayBefore : InspectionDays.at(dayOne, BEFORE_THE_SCHOOL_DAY);
    }
}
