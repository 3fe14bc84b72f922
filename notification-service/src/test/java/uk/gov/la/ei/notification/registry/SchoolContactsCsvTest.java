package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class SchoolContactsCsvTest {

    @Test
    void readsHeadAndChairContactsAndReportsBadRows() {
        CsvReadResult<SchoolContact> result = SchoolContactsCsv.read(new StringReader("""
                urn,head_email,chair_name,chair_email
                116123,executive.head.example@school.example,Margaret Ellison,chair.example@school.example
                150201,admissions.manydown@school.example,,
                116124,,Someone,someone@school.example
                116125,head@school.example,,chair@school.example
                116123,head@school.example,,
                """));
        assertThat(result.rows()).containsExactly(
                new SchoolContact("116123", "executive.head.example@school.example", "Margaret Ellison",
                        "chair.example@school.example"),
                new SchoolContact("150201", "admissions.manydown@school.example", null, null));
        assertThat(result.errors()).containsExactly(
                new RowError(4, "head_email", "e-mail address is missing"),
                new RowError(5, "chair_name", "chair of governors' name is missing (chair_email is given)"),
                new RowError(6, "urn", "URN 116123 appears again (first on line 2)"));
    }
}
