package uk.gov.la.ei.supporttracking.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the follow-up policy decided: the level, the rules that applied (by name), the actions that become
 * keep-in-touch points, the statutory clocks, and whether an internal review, complaint support and
 * sharing with the LA–Ofsted meetings follow.
 */
public record FollowUpDecision(FollowUpLevel level, List<String> rulesApplied, List<FollowUpAction> actions,
                               Set<StatutoryClock> clocks, List<String> internalReviewReasons, boolean complaintSupport,
                               boolean shareWithLaOfstedMeetings) {

    public boolean internalReview() {
        return !internalReviewReasons.isEmpty();
    }

    /** Collects what each rule contributes. */
    public static final class Builder {
        private FollowUpLevel level = FollowUpLevel.LIGHT_TOUCH;
        private final List<String> rules = new ArrayList<>();
        private final List<FollowUpAction> actions = new ArrayList<>();
        private final Set<StatutoryClock> clocks = new LinkedHashSet<>();
        private final List<String> reviewReasons = new ArrayList<>();
        private boolean complaintSupport;
        private boolean share;

        public Builder applied(String rule) {
            rules.add(rule);
            return this;
        }

        public Builder atLeast(FollowUpLevel l) {
            level = level.atLeast(l);
            return this;
        }

        public Builder action(FollowUpAction a) {
            actions.add(a);
            return this;
        }

        public Builder clock(StatutoryClock c) {
            clocks.add(c);
            return this;
        }

        public Builder internalReview(String reason) {
            reviewReasons.add(reason);
            return this;
        }

        public Builder complaintSupport() {
            complaintSupport = true;
            return this;
        }

        public Builder shareWithLaOfstedMeetings() {
            share = true;
            return this;
        }

        public FollowUpDecision build() {
            return new FollowUpDecision(level, List.copyOf(rules), List.copyOf(actions), clocks.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(clocks)),
                    List.copyOf(reviewReasons), complaintSupport, share);
        }
    }
}
