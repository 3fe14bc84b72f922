package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.notice.NoticeType;
import uk.gov.la.ei.notification.domain.InspectionLifecycle.NoticeEffect;
import uk.gov.la.ei.notification.domain.InspectionLifecycle.Transition;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.la.ei.notification.domain.InspectionState.ACKNOWLEDGED;
import static uk.gov.la.ei.notification.domain.InspectionState.NOTIFIED;
import static uk.gov.la.ei.notification.domain.InspectionState.WITHDRAWN;

/** The life of an inspection: each step, from where it may be taken, and what is refused. */
class InspectionLifecycleTest {

    private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant MONDAY_FIVE = Instant.parse("2026-11-23T17:00:00Z");

    private static Inspection notified() {
        Inspection i = new Inspection();
        i.involvement = Involvement.FULL;
        i.knownSchool = true;
        i.notified(MONDAY_NOON, MONDAY_NOON, MONDAY_FIVE);
        return i;
    }

    private static Inspection acknowledged() {
        Inspection i = notified();
        i.acknowledge(MONDAY_NOON.plusSeconds(600), MONDAY_NOON.plusSeconds(900), "Mark", "mark@la.example", "Head",
                AgreedInvolvement.FULL, "[]", null);
        return i;
    }

    // ---------------------------------------------------------------- which notice does what

    @Test
    void aFirstNoticeCreatesTheInspectionAndAReschedulingOfOneNeverSeenDoesToo() {
        assertThat(InspectionLifecycle.effectOf(NoticeType.NOTIFIED, Optional.empty(), false)).isEqualTo(NoticeEffect.CREATE);
        assertThat(InspectionLifecycle.effectOf(NoticeType.RESCHEDULED, Optional.empty(), false)).isEqualTo(NoticeEffect.CREATE);
    }

    @Test
    void theSameNoticeAgainWithNothingMovedIsAnUpdate() {
        assertThat(InspectionLifecycle.effectOf(NoticeType.NOTIFIED, Optional.of(NOTIFIED), false)).isEqualTo(NoticeEffect.UPDATE);
        assertThat(InspectionLifecycle.effectOf(NoticeType.RESCHEDULED, Optional.of(ACKNOWLEDGED), false))
                .isEqualTo(NoticeEffect.UPDATE);
    }

    @Test
    void aMovedStartIsAReschedulingWhetherOfstedCallsItNotifiedOrRescheduled() {
        assertThat(InspectionLifecycle.effectOf(NoticeType.RESCHEDULED, Optional.of(NOTIFIED), true))
                .isEqualTo(NoticeEffect.RESCHEDULE);
        // a deferred inspection can be re-notified on any day (DOMAIN.md, Ofsted facts)
        assertThat(InspectionLifecycle.effectOf(NoticeType.NOTIFIED, Optional.of(ACKNOWLEDGED), true))
                .isEqualTo(NoticeEffect.RESCHEDULE);
    }

    @Test
    void aNoticeForAWithdrawnInspectionNotifiesItAgain() {
        assertThat(InspectionLifecycle.effectOf(NoticeType.NOTIFIED, Optional.of(WITHDRAWN), false)).isEqualTo(NoticeEffect.RENOTIFY);
        assertThat(InspectionLifecycle.effectOf(NoticeType.RESCHEDULED, Optional.of(WITHDRAWN), true)).isEqualTo(NoticeEffect.RENOTIFY);
    }

    @Test
    void aWithdrawalWithdrawsOnceAndOneOfAnInspectionNeverNotifiedIsRefused() {
        assertThat(InspectionLifecycle.effectOf(NoticeType.WITHDRAWN, Optional.of(ACKNOWLEDGED), false)).isEqualTo(NoticeEffect.WITHDRAW);
        assertThat(InspectionLifecycle.effectOf(NoticeType.WITHDRAWN, Optional.of(WITHDRAWN), false))
                .isEqualTo(NoticeEffect.ALREADY_WITHDRAWN);
        assertThat(InspectionLifecycle.effectOf(NoticeType.WITHDRAWN, Optional.empty(), false))
                .isEqualTo(NoticeEffect.NOTHING_TO_WITHDRAW);
    }

    // ---------------------------------------------------------------- the transitions

    @Test
    void aNoticeStartsTheInspectionAwaitingAcknowledgement() {
        Inspection i = notified();
        assertThat(i.state).isEqualTo(NOTIFIED);
        assertThat(i.acknowledgementDue).isEqualTo(MONDAY_FIVE);
    }

    @Test
    void anInspectionIsNotifiedOnlyOnce() {
        Inspection i = notified();
        assertThatThrownBy(() -> i.notified(MONDAY_NOON, MONDAY_NOON, MONDAY_FIVE)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anAcknowledgedInspectionCannotBeAcknowledgedAgain() {
        Inspection i = acknowledged();
        assertThat(i.state).isEqualTo(ACKNOWLEDGED);
        assertThatThrownBy(i::requireAcknowledgeable).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("already acknowledged by mark@la.example");
    }

    @Test
    void aWithdrawnInspectionCannotBeAcknowledgedRescheduledEscalatedOrGivenNewContacts() {
        Inspection i = notified();
        i.withdraw(MONDAY_NOON);
        assertThat(i.state).isEqualTo(WITHDRAWN);
        assertThatThrownBy(i::requireAcknowledgeable).isInstanceOf(IllegalTransition.class).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> i.reschedule(MONDAY_NOON, MONDAY_NOON, MONDAY_FIVE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> i.escalateOverdue(MONDAY_FIVE.plusSeconds(1))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> i.assignContacts(i.contacts(), MONDAY_NOON)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> i.withdraw(MONDAY_NOON)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void onlyAWithdrawnInspectionIsNotifiedAgainAndItStartsAfreshDeadline() {
        Inspection open = notified();
        assertThatThrownBy(() -> open.renotify(MONDAY_NOON, MONDAY_NOON, MONDAY_FIVE)).isInstanceOf(IllegalTransition.class);

        Inspection i = acknowledged();
        i.withdraw(MONDAY_NOON);
        Instant tuesday = Instant.parse("2026-11-24T09:00:00Z");
        Instant tuesdayFive = Instant.parse("2026-11-24T17:00:00Z");
        i.renotify(tuesday, tuesday, tuesdayFive);
        assertThat(i.state).isEqualTo(NOTIFIED);
        assertThat(i.acknowledgementDue).isEqualTo(tuesdayFive);
        assertThat(i.acknowledgedAt).isNull();
        assertThat(i.overdueEscalatedAt).isNull();
    }

    @Test
    void aRescheduledInspectionAwaitsAcknowledgementAgainAndMayBeEscalatedAgain() {
        Inspection i = notified();
        i.escalateOverdue(MONDAY_FIVE.plusSeconds(60));
        Instant wednesday = Instant.parse("2026-11-25T10:00:00Z");
        Instant wednesdayFive = Instant.parse("2026-11-25T17:00:00Z");
        i.reschedule(wednesday, wednesday, wednesdayFive);
        assertThat(i.state).isEqualTo(NOTIFIED);
        assertThat(i.acknowledgementDue).isEqualTo(wednesdayFive);
        assertThat(i.isAwaitingEscalation(wednesdayFive.plusSeconds(1))).isTrue();

        Inspection ack = acknowledged();
        ack.reschedule(wednesday, wednesday, wednesdayFive);
        assertThat(ack.state).isEqualTo(NOTIFIED);
        assertThat(ack.acknowledgedAt).isNull();
        assertThat(ack.keepInTouch).isNull();
    }

    @Test
    void anOverdueInspectionIsEscalatedOnceAndOnlyAfterItsDeadline() {
        Inspection i = notified();
        assertThat(i.isAwaitingEscalation(MONDAY_FIVE)).isFalse();
        assertThatThrownBy(() -> i.escalateOverdue(MONDAY_FIVE)).isInstanceOf(IllegalTransition.class);
        i.escalateOverdue(MONDAY_FIVE.plusSeconds(1));
        assertThat(i.isAwaitingEscalation(MONDAY_FIVE.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> i.escalateOverdue(MONDAY_FIVE.plusSeconds(2))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> acknowledged().escalateOverdue(MONDAY_FIVE.plusSeconds(2)))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("acknowledged");
    }

    @Test
    void newContactsReachNotifiedAndAcknowledgedInspectionsAndSayWhetherAnyoneChanged() {
        Inspection i = acknowledged();
        Inspection.Contacts same = i.contacts();
        assertThat(i.assignContacts(same, MONDAY_NOON)).isFalse();
        Inspection.Contacts withSim = new Inspection.Contacts("Mark", "mark@la.example", null, null, "C", "c@la.example");
        assertThat(i.assignContacts(withSim, MONDAY_NOON)).isTrue();
        assertThat(i.simEmail).isEqualTo("mark@la.example");
        assertThat(i.dataFixNeeded).isFalse();
        assertThat(i.state).isEqualTo(ACKNOWLEDGED);
    }

    @Test
    void everyStepIsAllowedFromTheStatesTheDiagramShows() {
        assertThat(Transition.ACKNOWLEDGE.allowedFrom(NOTIFIED)).isTrue();
        assertThat(Transition.ACKNOWLEDGE.allowedFrom(ACKNOWLEDGED)).isFalse();
        assertThat(Transition.ACKNOWLEDGE.allowedFrom(WITHDRAWN)).isFalse();
        assertThat(Transition.RESCHEDULE.allowedFrom(ACKNOWLEDGED)).isTrue();
        assertThat(Transition.RENOTIFY.allowedFrom(WITHDRAWN)).isTrue();
        assertThat(Transition.RENOTIFY.allowedFrom(NOTIFIED)).isFalse();
        assertThat(Transition.NOTIFY.allowedFrom(null)).isTrue();
        for (Transition t : Transition.values()) {
            if (t != Transition.RENOTIFY) {
                assertThat(t.allowedFrom(WITHDRAWN)).as(t + " from WITHDRAWN").isFalse();
            }
        }
    }
}
