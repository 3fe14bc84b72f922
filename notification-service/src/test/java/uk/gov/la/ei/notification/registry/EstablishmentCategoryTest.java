package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EstablishmentCategoryTest {

    @ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Community school                          | Local authority maintained schools | Open                         | MAINTAINED
            Voluntary aided school                    | Local authority maintained schools | Open                         | MAINTAINED
            Voluntary controlled school               | Local authority maintained schools | Open                         | MAINTAINED
            Foundation school                         | Local authority maintained schools | Open, but proposed to close  | MAINTAINED
            Local authority nursery school            | Local authority maintained schools | Open                         | MAINTAINED
            Community special school                  | Special schools                    | Open                         | SPECIAL
            Foundation special school                 | Special schools                    | Open                         | SPECIAL
            Pupil referral unit                       | Local authority maintained schools | Open                         | PRU
            Academy converter                         | Academies                          | Open                         | ACADEMY
            Academy sponsor led                       | Academies                          | Open                         | ACADEMY
            Academy special converter                 | Academies                          | Open                         | ACADEMY
            Academy special sponsor led               | Academies                          | Open                         | ACADEMY
            Academy alternative provision converter   | Academies                          | Open                         | ACADEMY
            Academy alternative provision sponsor led | Academies                          | Open                         | ACADEMY
            Academy 16-19 converter                   | Academies                          | Open                         | ACADEMY
            City technology college                   | Independent schools                | Open                         | ACADEMY
            Free schools                              | Free Schools                       | Open                         | FREE_SCHOOL
            Free schools special                      | Free Schools                       | Open                         | FREE_SCHOOL
            Free schools alternative provision        | Free Schools                       | Open                         | FREE_SCHOOL
            Free schools 16 to 19                     | Free Schools                       | Open                         | FREE_SCHOOL
            University technical college              | Free Schools                       | Open                         | FREE_SCHOOL
            Studio schools                            | Free Schools                       | Open                         | FREE_SCHOOL
            Other independent school                  | Independent schools                | Open                         | INDEPENDENT
            Other independent special school          | Special schools                    | Open                         | INDEPENDENT
            Non-maintained special school             | Special schools                    | Open                         | INDEPENDENT
            Community school                          | Local authority maintained schools | Proposed to open             | NEW_SCHOOL
            Community special school                  | Special schools                    | Proposed to open             | NEW_SCHOOL
            Academy converter                         | Academies                          | Proposed to open             | ACADEMY
            Free schools                              | Free Schools                       | Proposed to open             | FREE_SCHOOL
            """)
    void mapsGiasTypesToTheLasCategory(String type, String group, String status, EstablishmentCategory expected) {
        assertThat(EstablishmentCategory.fromGias(type, group, status)).contains(expected);
    }

    @Test
    void ignoresCaseAndSurroundingSpace() {
        assertThat(EstablishmentCategory.fromGias("  community SCHOOL ", "x", " proposed TO open"))
                .contains(EstablishmentCategory.NEW_SCHOOL);
    }

    @Test
    void anUnknownTypeFallsBackOnAnUnambiguousGroup() {
        assertThat(EstablishmentCategory.fromGias("Some new maintained type", "Local authority maintained schools", "Open"))
                .contains(EstablishmentCategory.MAINTAINED);
        assertThat(EstablishmentCategory.fromGias("Academy something new", "Academies", "Open"))
                .contains(EstablishmentCategory.ACADEMY);
        assertThat(EstablishmentCategory.fromGias("Free schools something new", "Free Schools", "Open"))
                .contains(EstablishmentCategory.FREE_SCHOOL);
    }

    @ParameterizedTest(name = "{0} ({1}) is not placed")
    @CsvSource(delimiter = '|', textBlock = """
            Further education                | Colleges
            Sixth form centres               | Colleges
            Higher education institutions    | Universities
            Secure units                     | Other types
            Welsh establishment              | Welsh schools
            Online provider                  | Online provider
            Some new special type            | Special schools
            ''                               | ''
            """)
    void leavesTypesItCannotPlaceForTheCallerToReport(String type, String group) {
        assertThat(EstablishmentCategory.fromGias(type, group, "Open")).isEmpty();
    }

    @Test
    void nullsAreUnplaceableNotAnError() {
        assertThat(EstablishmentCategory.fromGias(null, null, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"MAINTAINED", "SPECIAL", "PRU", "NEW_SCHOOL"})
    void theLaIsFullyInvolvedWithSchoolsItMaintains(EstablishmentCategory category) {
        assertThat(category.isLaMaintained()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"ACADEMY", "FREE_SCHOOL", "INDEPENDENT"})
    void nonMaintainedSchoolsAreOfferedSupportOnly_HampshireSection7(EstablishmentCategory category) {
        assertThat(category.isLaMaintained()).isFalse();
    }
}
