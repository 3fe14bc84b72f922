package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CategorisationCsvTest {

    @Test
    void readsEachCategorisationWhateverItsCase() {
        CsvReadResult<Categorisation> result = CategorisationCsv.read(new StringReader("""
                urn,categorisation,academic_year
                116123,Good,2025/26
                115802,OUTSTANDING,2025/26
                116340,requires improvement,2025-26
                115906,Inadequate,2025/2026
                115906,Requires_Improvement,2024/25
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Categorisation("116123", LaCategorisation.GOOD, "2025/26"),
                new Categorisation("115802", LaCategorisation.OUTSTANDING, "2025/26"),
                new Categorisation("116340", LaCategorisation.REQUIRES_IMPROVEMENT, "2025/26"),
                new Categorisation("115906", LaCategorisation.INADEQUATE, "2025/26"),
                new Categorisation("115906", LaCategorisation.REQUIRES_IMPROVEMENT, "2024/25"));
    }

    @Test
    void reportsBadRows() {
        CsvReadResult<Categorisation> result = CategorisationCsv.read(new StringReader("""
                urn,categorisation,academic_year
                116123,good,2025/26
                116124,satisfactory,2025/26
                116125,good,2025/27
                116126,,2025/26
                116123,outstanding,2025/26
                ABC,good,
                """));
        assertThat(result.rows()).extracting(Categorisation::urn).containsExactly("116123");
        assertThat(result.errors()).containsExactly(
                new RowError(3, "categorisation",
                        "'satisfactory' is not one of outstanding, good, requires improvement, inadequate"),
                new RowError(4, "academic_year", "'2025/27' is not an academic year such as 2025/26"),
                new RowError(5, "categorisation", "categorisation is missing"),
                new RowError(6, "urn", "URN 116123 is already categorised for 2025/26 on line 2"),
                new RowError(7, "urn", "URN 'ABC' is not 6 or 7 digits"),
                new RowError(7, "academic_year", "academic year is missing"));
    }

    @Test
    void refusesAHeaderWithoutItsColumns() {
        assertThatThrownBy(() -> CategorisationCsv.read(new StringReader("urn,category,year\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("categorisation, academic_year");
    }

    @Test
    void ranksCategorisationsSoOutcomesCanBeCompared() {
        assertThat(LaCategorisation.OUTSTANDING.rank()).isLessThan(LaCategorisation.GOOD.rank());
        assertThat(LaCategorisation.GOOD.rank()).isLessThan(LaCategorisation.REQUIRES_IMPROVEMENT.rank());
        assertThat(LaCategorisation.REQUIRES_IMPROVEMENT.rank()).isLessThan(LaCategorisation.INADEQUATE.rank());
        assertThat(LaCategorisation.REQUIRES_IMPROVEMENT.isWorseThan(LaCategorisation.GOOD)).isTrue();
        assertThat(LaCategorisation.GOOD.isWorseThan(LaCategorisation.GOOD)).isFalse();
        assertThat(LaCategorisation.OUTSTANDING.isWorseThan(LaCategorisation.INADEQUATE)).isFalse();
    }

    @Test
    void parsesLabels() {
        assertThat(LaCategorisation.fromLabel(" Requires  Improvement ")).contains(LaCategorisation.REQUIRES_IMPROVEMENT);
        assertThat(LaCategorisation.fromLabel("requires-improvement")).contains(LaCategorisation.REQUIRES_IMPROVEMENT);
        assertThat(LaCategorisation.fromLabel("RI")).isEmpty();
        assertThat(LaCategorisation.fromLabel(null)).isEmpty();
        assertThat(LaCategorisation.INADEQUATE.label()).isEqualTo("inadequate");
    }

    @Test
    void normalisesAcademicYears() {
        assertThat(CategorisationCsv.academicYear("2025/26")).isEqualTo("2025/26");
        assertThat(CategorisationCsv.academicYear("2025-2026")).isEqualTo("2025/26");
        assertThat(CategorisationCsv.academicYear("2099/00")).isEqualTo("2099/00");
        assertThat(CategorisationCsv.academicYear("2025/25")).isNull();
        assertThat(CategorisationCsv.academicYear("25/26")).isNull();
        assertThat(CategorisationCsv.academicYear("2025 26")).isNull();
    }
}
