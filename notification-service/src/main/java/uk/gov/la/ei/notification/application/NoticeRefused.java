package uk.gov.la.ei.notification.application;

import uk.gov.la.ei.platform.failure.Refusal;

/** A well-formed notice that cannot be acted on (e.g. withdrawing an inspection never notified). */
public class NoticeRefused extends Refusal {

    public NoticeRefused(String field, String message) {
        super(field, message);
    }
}
