package uk.gov.la.ei.notification.registry;

import java.util.List;

/**
 * What a GIAS import did, so that nothing is dropped silently: every data row read is either
 * kept, skipped (another LA, or closed) or rejected with a reason.
 * {@code rowsRead == kept + skippedOtherLa + skippedClosed + rejected}.
 *
 * @param rowsRead         data rows read (the header row is not counted)
 * @param kept             rows handed to the sink
 * @param skippedOtherLa   rows of another local authority
 * @param skippedClosed    rows of this LA whose status is not open, open but proposed to close, or
 *                         proposed to open
 * @param rejected         rows of this LA that could not be used (bad URN, type not supported,
 *                         wrong number of fields)
 * @param rejectionReasons "line N: reason" for at most {@link #MAX_REASONS} of the rejected rows
 */
public record ImportSummary(
        long rowsRead,
        long kept,
        long skippedOtherLa,
        long skippedClosed,
        long rejected,
        List<String> rejectionReasons) {

    /** How many rejection reasons are kept; the count in {@link #rejected()} goes on past it. */
    public static final int MAX_REASONS = 100;

    public ImportSummary {
        rejectionReasons = List.copyOf(rejectionReasons);
    }
}
