package uk.gov.la.ei.feedback.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.la.ei.feedback.domain.collation.CollationReport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The collation report as one CSV table for a spreadsheet: a row per count, with the school where a row
 * is about one. Columns: section, measure, breakdown, urn, school, value. Every cell goes through
 * {@link SpreadsheetSafe}.
 */
public final class CollationCsv {

    static final String[] HEADER = {"section", "measure", "breakdown", "urn", "school", "value"};

    private CollationCsv() {
    }

    public static String of(CollationReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\r\n").get())) {
            row(csv, "period", "from", "", "", "", r.from());
            row(csv, "period", "to", "", "", "", r.to());

            CollationReport.Inspections i = r.inspections();
            row(csv, "inspections", "notified", "", "", "", i.notified());
            row(csv, "inspections", "withdrawn", "", "", "", i.withdrawn());
            row(csv, "inspections", "feedback recorded", "", "", "", i.feedbackRecorded());
            row(csv, "inspections", "adverse outcome", "", "", "", i.adverse());
            row(csv, "inspections", "unexpected outcome", "", "", "", i.unexpectedOutcomes());
            row(csv, "inspections", "safeguarding not effective", "", "", "", i.safeguardingNotEffective());
            for (CollationReport.TypeAndOutcome t : i.byTypeAndOutcome()) {
                row(csv, "inspections by type and outcome", t.inspectionType(), t.outcome(), "", "", t.count());
            }

            row(csv, "concerns", "logged", "", "", "", r.concerns().logged());
            counts(csv, "concerns by category", "logged", r.concerns().byCategory());

            CollationReport.ConductConcerns c = r.conductConcerns();
            row(csv, "conduct concerns", "logged during the inspection", "", "", "", c.loggedDuringInspection());
            row(csv, "conduct concerns", "raised at the final feedback", "", "", "", c.raisedAtFeedback());
            for (CollationReport.School s : c.schools()) {
                row(csv, "conduct concern", s.source().equals("FEEDBACK") ? "raised at the final feedback" : "logged during the inspection",
                        s.inspectionId(), s.urn(), s.schoolName(), 1);
            }

            CollationReport.ShmiEscalations e = r.escalationsToShmi();
            row(csv, "escalations to SHMI", "escalated", "", "", "", e.escalated());
            counts(csv, "escalations to SHMI by outcome", "escalated", e.byOutcome());
            for (CollationReport.Escalation x : e.escalations()) {
                row(csv, "escalation to SHMI", x.category(), x.outcome(), x.urn(), x.schoolName(), 1);
            }

            CollationReport.Acknowledgement a = r.acknowledgement();
            row(csv, "acknowledgement", "acknowledged", "", "", "", a.acknowledged());
            row(csv, "acknowledgement", "acknowledged late", "", "", "", a.acknowledgedLate());
            row(csv, "acknowledgement", "not acknowledged", "", "", "", a.notAcknowledged());
            row(csv, "acknowledgement", "median time to acknowledge (minutes)", "", "", "", a.medianMinutes());

            row(csv, "keep-in-touch points missed", "missed", "", "", "", r.keepInTouchPointsMissed().missed());
            counts(csv, "keep-in-touch points missed by point", "missed", r.keepInTouchPointsMissed().byPoint());

            CollationReport.Signposting s = r.signposting();
            row(csv, "signposting", "leaders flagged at the final feedback", "", "", "", s.leadersFlagged());
            row(csv, "signposting", "flagged and signposted", "", "", "", s.flaggedAndSignposted());
            row(csv, "signposting", "share signposted", "", "", "", s.share());
            row(csv, "signposting", "referrals opened", "", "", "", s.referralsOpened());
            row(csv, "signposting", "referrals signposted", "", "", "", s.referralsSignposted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void counts(CSVPrinter csv, String section, String measure, Map<String, Long> counts) throws IOException {
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            row(csv, section, measure, entry.getKey(), "", "", entry.getValue());
        }
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int n = 0; n < cells.length; n++) {
            safe[n] = SpreadsheetSafe.cell(cells[n] == null ? "" : cells[n].toString());
        }
        csv.printRecord(safe);
    }
}
