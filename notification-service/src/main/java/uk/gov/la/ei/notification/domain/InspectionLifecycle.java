package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.contracts.notice.NoticeType;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static uk.gov.la.ei.notification.domain.InspectionState.ACKNOWLEDGED;
import static uk.gov.la.ei.notification.domain.InspectionState.NOTIFIED;
import static uk.gov.la.ei.notification.domain.InspectionState.WITHDRAWN;

/**
 * The life of an inspection, in one place: every step it can take, from which states, to which state.
 * A step the table does not allow is refused ({@link IllegalTransition}); {@link Inspection}'s methods are
 * the only code that changes an inspection's state, and each goes through {@link Transition#from}.
 *
 * <pre>
 *              NOTIFY                 ACKNOWLEDGE
 *   (notice) ─────────► NOTIFIED ────────────────► ACKNOWLEDGED
 *                        ▲  │ ▲ ESCALATE_OVERDUE        │
 *                        │  │ └── (once per deadline)   │
 *            RENOTIFY    │  │ RESCHEDULE (from either: a fresh deadline, acknowledge again)
 *                        │  ▼                           │
 *                      WITHDRAWN ◄──────── WITHDRAW ────┘
 * </pre>
 * UPDATE_DETAILS, ASSIGN_CONTACTS and IDENTIFY_COORDINATION keep the state and are allowed while the
 * inspection is open (NOTIFIED or ACKNOWLEDGED).
 */
public final class InspectionLifecycle {

    private InspectionLifecycle() {
    }

    /** The named steps. {@code to == null}: the state stays what it was. */
    public enum Transition {
        /** A first notice for this URN and Ofsted reference (flow steps 1–2): the acknowledgement deadline starts. */
        NOTIFY(EnumSet.noneOf(InspectionState.class), NOTIFIED),
        /** The same notice again (a new event id) with nothing moved: details updated, nobody told twice. */
        UPDATE_DETAILS(EnumSet.of(NOTIFIED, ACKNOWLEDGED), null),
        /**
         * The start moved (a deferral, then Ofsted re-notifies; DOMAIN.md "a deferred inspection can be
         * re-notified on any day"): a fresh deadline, the SIM/AI told again, acknowledged again (H§4).
         */
        RESCHEDULE(EnumSet.of(NOTIFIED, ACKNOWLEDGED), NOTIFIED),
        /** Ofsted withdrew the notice. */
        WITHDRAW(EnumSet.of(NOTIFIED, ACKNOWLEDGED), WITHDRAWN),
        /** Notified again after a withdrawal: a fresh deadline, everyone told again. */
        RENOTIFY(EnumSet.of(WITHDRAWN), NOTIFIED),
        /** The SIM, the AI or the routed CEM contacted the school and agreed involvement (H§4). */
        ACKNOWLEDGE(EnumSet.of(NOTIFIED), ACKNOWLEDGED),
        /** The deadline passed without an acknowledgement: escalated to the CEM, once per deadline. */
        ESCALATE_OVERDUE(EnumSet.of(NOTIFIED), null),
        /** The school's SIM or AI was assigned or changed after the notice: the open inspection takes them. */
        ASSIGN_CONTACTS(EnumSet.of(NOTIFIED, ACKNOWLEDGED), null),
        /** A partner school of the federation was notified in the same window (federation briefing). */
        IDENTIFY_COORDINATION(EnumSet.of(NOTIFIED, ACKNOWLEDGED), null);

        private final Set<InspectionState> from;
        private final InspectionState to;

        Transition(Set<InspectionState> from, InspectionState to) {
            this.from = from;
            this.to = to;
        }

        public boolean allowedFrom(InspectionState state) {
            return state == null ? this == NOTIFY : from.contains(state);
        }

        /** The state after this step from {@code state}, or a refusal saying why not. */
        public InspectionState from(InspectionState state) {
            if (!allowedFrom(state)) {
                throw new IllegalTransition(this, state, refusal(state));
            }
            return to == null ? state : to;
        }

        private String refusal(InspectionState state) {
            if (state == WITHDRAWN) {
                return "the inspection was withdrawn by Ofsted: it cannot be " + pastTense();
            }
            if (this == ACKNOWLEDGE && state == ACKNOWLEDGED) {
                return "the inspection is already acknowledged";
            }
            if (this == ESCALATE_OVERDUE && state == ACKNOWLEDGED) {
                return "the inspection is acknowledged: there is nothing to escalate";
            }
            if (this == NOTIFY) {
                return "the inspection already exists (" + state + "): a new notice updates it";
            }
            return "an inspection that is " + state + " cannot be " + pastTense();
        }

        private String pastTense() {
            return switch (this) {
                case NOTIFY -> "notified";
                case UPDATE_DETAILS -> "updated";
                case RESCHEDULE -> "rescheduled";
                case WITHDRAW -> "withdrawn";
                case RENOTIFY -> "notified again";
                case ACKNOWLEDGE -> "acknowledged";
                case ESCALATE_OVERDUE -> "escalated as overdue";
                case ASSIGN_CONTACTS -> "given new contacts";
                case IDENTIFY_COORDINATION -> "coordinated with a partner school";
            };
        }
    }

    /** What a notice does to the inspection it names. */
    public enum NoticeEffect {
        /** {@link Transition#NOTIFY}: a new inspection. */
        CREATE,
        /** {@link Transition#UPDATE_DETAILS}. */
        UPDATE,
        /** {@link Transition#RESCHEDULE}. */
        RESCHEDULE,
        /** {@link Transition#RENOTIFY}. */
        RENOTIFY,
        /** {@link Transition#WITHDRAW}. */
        WITHDRAW,
        /** A second withdrawal (a new event id) of an inspection already withdrawn: recorded, nobody told twice. */
        ALREADY_WITHDRAWN,
        /** A withdrawal of an inspection never notified here: refused. */
        NOTHING_TO_WITHDRAW
    }

    /**
     * The rule for notices (DOMAIN.md inbound contract: "the same ofstedReference + URN again with a new id
     * is an update, not a second inspection"):
     * <ul>
     *   <li>notified or rescheduled, no such inspection: a new one (a reschedule of an inspection never
     *       notified here is still an inspection to act on);</li>
     *   <li>notified or rescheduled, the inspection withdrawn: notified again;</li>
     *   <li>notified or rescheduled, the inspection open: rescheduled if its start moved, else updated;</li>
     *   <li>withdrawn: withdraws an open inspection; a second withdrawal changes nothing; a withdrawal of an
     *       inspection never notified is refused.</li>
     * </ul>
     */
    public static NoticeEffect effectOf(NoticeType type, Optional<InspectionState> current, boolean startMoved) {
        if (type == NoticeType.WITHDRAWN) {
            if (current.isEmpty()) {
                return NoticeEffect.NOTHING_TO_WITHDRAW;
            }
            return current.get() == WITHDRAWN ? NoticeEffect.ALREADY_WITHDRAWN : NoticeEffect.WITHDRAW;
        }
        if (current.isEmpty()) {
            return NoticeEffect.CREATE;
        }
        if (current.get() == WITHDRAWN) {
            return NoticeEffect.RENOTIFY;
        }
        return startMoved ? NoticeEffect.RESCHEDULE : NoticeEffect.UPDATE;
    }
}
