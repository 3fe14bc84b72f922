package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.platform.problem.ConflictProblem;

/**
 * A step the inspection's life does not allow from where it stands (e.g. acknowledging a withdrawn
 * inspection). Over HTTP a 409 problem; on Kafka a refusal, dead-lettered with its reason.
 */
public class IllegalTransition extends ConflictProblem {

    private final InspectionLifecycle.Transition transition;
    private final InspectionState state;

    public IllegalTransition(InspectionLifecycle.Transition transition, InspectionState state, String message) {
        super(message);
        this.transition = transition;
        this.state = state;
    }

    public InspectionLifecycle.Transition transition() {
        return transition;
    }

    public InspectionState state() {
        return state;
    }
}
