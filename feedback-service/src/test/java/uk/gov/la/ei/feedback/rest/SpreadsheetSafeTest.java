package uk.gov.la.ei.feedback.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** School names come from outside: a CSV cell must never run as a spreadsheet formula. */
class SpreadsheetSafeTest {

    @Test
    void aCellThatWouldStartAFormulaIsPrefixedWithAQuote() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetSafe.cell("+44 1962")).isEqualTo("'+44 1962");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void anOrdinaryCellIsLeftAlone() {
        assertThat(SpreadsheetSafe.cell("Example Primary School")).isEqualTo("Example Primary School");
        assertThat(SpreadsheetSafe.cell("St Mary's C of E (Aided) = good")).isEqualTo("St Mary's C of E (Aided) = good");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
    }
}
