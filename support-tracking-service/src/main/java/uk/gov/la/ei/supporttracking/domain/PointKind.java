package uk.gov.la.ei.supporttracking.domain;

/** The kinds of keep-in-touch point (H§4 "Expected contact between E&I and schools following notification"). */
public enum PointKind {
    INITIAL_CONTACT("Initial contact: acknowledge the notice, agree LA involvement and keep-in-touch times (H§4)"),
    AI_VISIT_BEFORE_START("Attached inspector's visit to support senior leaders before the inspection starts (H§4)"),
    SIM_CALL_TO_INSPECTOR("SIM's call to the lead inspector with context: leadership turbulence, a community event (H§4)"),
    LEAD_INSPECTOR_MEETING("The lead inspector's meeting or call with the LA (School Inspection Handbook ¶100)"),
    END_OF_DAY_ONE_CALL("End-of-day-1 call with the headteacher: the areas of focus for day 2 (H§4)"),
    FINAL_FEEDBACK("Attendance at the final feedback meeting (School Inspection Handbook ¶100)"),
    AGREED("Keep-in-touch time agreed with the school"),
    FOLLOW_UP("Follow-up after the inspection (H§4)"),
    OTHER("Keep-in-touch point");

    private final String title;

    PointKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The points whose reminder carries the context for the conversation with the lead inspector (DOMAIN step 4). */
    public boolean isInspectorConversation() {
        return this == SIM_CALL_TO_INSPECTOR || this == LEAD_INSPECTOR_MEETING;
    }
}
