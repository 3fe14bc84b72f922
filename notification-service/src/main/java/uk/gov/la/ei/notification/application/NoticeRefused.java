package uk.gov.la.ei.notification.application;

/** A well-formed notice that cannot be acted on (e.g. withdrawing an inspection never notified). */
public class NoticeRefused extends RuntimeException {
    private final String field;

    public NoticeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
