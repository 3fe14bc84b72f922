package uk.gov.la.ei.feedback.domain.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the LA representative records at the final feedback (H§4): who attended, each judgement with
 * whether its reasons were made clear, the category of concern, key feedback, the school's concerns
 * about the conduct of the inspection team, whether leaders need signposting to welfare support,
 * next steps, and the answers to the template's own questions. Checked against its template by
 * {@link FeedbackValidation}; the size limits hold for every template (Bean Validation here, the
 * judgements' and answers' in FeedbackValidation; either way a 400 naming the field).
 */
public record FeedbackContent(
        LocalDate feedbackMeetingOn,
        @Valid Attendance attendance,
        @Size(max = Limits.JUDGEMENTS) Map<String, JudgementEntry> judgements,
        @Size(max = Limits.CODE) String categoryOfConcern,
        @Size(max = Limits.LONG_TEXT) String keyFeedback,
        @Valid ConductConcerns conductConcerns,
        @Valid Signposting signposting,
        @Size(max = Limits.TEXT) String nextSteps,
        @Size(max = Limits.ANSWERS) Map<String, String> answers) {

    public FeedbackContent {
        judgements = judgements == null ? Map.of() : new LinkedHashMap<>(judgements);
        answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
    }

    /** The bounds of a record, in one place. */
    public static final class Limits {
        public static final int PEOPLE = 20;
        public static final int NAME = 200;
        public static final int ROLE = 100;
        public static final int JUDGEMENTS = 20;
        public static final int ANSWERS = 20;
        public static final int KEY = 40;
        public static final int CODE = 40;
        public static final int COMMENT = 2000;
        public static final int TEXT = 4000;
        public static final int LONG_TEXT = 8000;

        private Limits() {
        }
    }

    /** Who attended for the LA and for the school. */
    public record Attendance(
            @Size(max = Limits.PEOPLE) List<@Valid Attendee> la,
            @Size(max = Limits.PEOPLE) List<@Valid Attendee> school) {
    }

    public record Attendee(@Size(max = Limits.NAME) String name, @Size(max = Limits.ROLE) String role) {
    }

    /**
     * A judgement's grade (a code of the template's scale), whether its reasons were clear, and what was
     * not. Its bounds, like the answers' and the map keys', are checked by {@link FeedbackValidation}, so
     * that the field is named as the template names it ({@code judgements.inclusion.comment}).
     */
    public record JudgementEntry(String grade, Boolean reasonsClear, String comment) {
    }

    /** Concerns the school raised about the conduct of the inspection team (H§4, H§5). */
    public record ConductConcerns(Boolean raised, @Size(max = Limits.TEXT) String details) {
    }

    /** Whether school leaders need signposting to welfare support (H§4, H§6). */
    public record Signposting(Boolean needed, @Size(max = Limits.COMMENT) String notes) {
    }

    public boolean conductConcernsRaised() {
        return conductConcerns != null && Boolean.TRUE.equals(conductConcerns.raised());
    }

    public boolean signpostingNeeded() {
        return signposting != null && Boolean.TRUE.equals(signposting.needed());
    }
}
