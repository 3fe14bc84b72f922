package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.domain.Federation;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.Assignment;
import uk.gov.la.ei.notification.registry.AssignmentsCsv;
import uk.gov.la.ei.notification.registry.Categorisation;
import uk.gov.la.ei.notification.registry.CategorisationCsv;
import uk.gov.la.ei.notification.registry.CsvReadResult;
import uk.gov.la.ei.notification.registry.GiasCsvReader;
import uk.gov.la.ei.notification.registry.GiasEstablishment;
import uk.gov.la.ei.notification.registry.ImportSummary;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.notification.registry.LaContactsCsv;
import uk.gov.la.ei.notification.registry.RowError;
import uk.gov.la.ei.notification.registry.SchoolContact;
import uk.gov.la.ei.notification.registry.SchoolContactsCsv;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the school registry: the GIAS extract (schools of the LA), and the LA's own files – SIM/AI
 * assignments, the annual categorisation, CEMs and linked SHMIs, school contacts. A file with any bad
 * row is refused whole, naming every bad row, and nothing stored changes.
 */
@ApplicationScoped
public class ImportRegistry {

    @Inject
    Clock clock;

    public record GiasImport(ImportSummary summary, long created, long updated, long federationsCreated) {
    }

    public record LaFileImport(int applied) {
    }

    /** GIAS keeps the LA's own data (assignments, categorisation, contacts) on every school it updates. */
    @Transactional
    public GiasImport gias(InputStream csv, String laCode) {
        Instant now = clock.instant();
        long[] counts = new long[3];
        ImportSummary summary;
        try {
            summary = new GiasCsvReader().read(csv, laCode, e -> {
                School school = School.findById(e.urn());
                if (school == null) {
                    school = new School();
                    school.urn = e.urn();
                    counts[0]++;
                } else {
                    counts[1]++;
                }
                apply(school, e, now);
                school.persist();
                if (e.federationCode() != null && upsertFederation(e, now)) {
                    counts[2]++;
                }
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
        return new GiasImport(summary, counts[0], counts[1], counts[2]);
    }

    private static void apply(School s, GiasEstablishment e, Instant now) {
        s.laCode = e.laCode();
        s.name = e.name();
        s.typeOfEstablishment = e.typeOfEstablishment();
        s.typeGroup = e.typeGroup();
        s.status = e.status();
        s.category = e.category();
        s.phase = e.phase();
        s.district = e.district();
        s.headName = e.headFullName();
        s.federationCode = e.federationCode();
        s.postcode = e.postcode();
        s.telephone = e.telephone();
        s.website = e.schoolWebsite();
        s.openDate = e.openDate();
        s.updatedAt = now;
    }

    private static boolean upsertFederation(GiasEstablishment e, Instant now) {
        Federation f = Federation.findById(e.federationCode());
        boolean created = f == null;
        if (created) {
            f = new Federation();
            f.code = e.federationCode();
            // GIAS records federations with one governing body only
            f.kind = "HARD";
        }
        f.name = e.federationName() == null ? e.federationCode() : e.federationName();
        f.updatedAt = now;
        f.persist();
        return created;
    }

    @Transactional
    public LaFileImport assignments(Reader csv) {
        return applyRows(AssignmentsCsv.read(csv), Assignment::urn, (school, a) -> {
            school.simName = a.simName();
            school.simEmail = lower(a.simEmail());
            school.aiName = a.aiName();
            school.aiEmail = lower(a.aiEmail());
        });
    }

    @Transactional
    public LaFileImport categorisations(Reader csv) {
        return applyRows(CategorisationCsv.read(csv), Categorisation::urn, (school, c) -> {
            school.laCategorisation = c.categorisation();
            school.categorisationYear = c.academicYear();
        });
    }

    @Transactional
    public LaFileImport schoolContacts(Reader csv) {
        return applyRows(SchoolContactsCsv.read(csv), SchoolContact::urn, (school, c) -> {
            school.headEmail = lower(c.headEmail());
            school.chairName = c.chairName();
            school.chairEmail = lower(c.chairEmail());
        });
    }

    /** The LA's CEMs and linked SHMIs: the file replaces the whole list. */
    @Transactional
    public LaFileImport laContacts(Reader csv) {
        CsvReadResult<LaContact> read = LaContactsCsv.read(csv);
        refuseIfBad(read.errors());
        LaContactEntry.deleteAll();
        for (LaContact c : read.rows()) {
            LaContactEntry entry = new LaContactEntry();
            entry.role = c.role();
            entry.phase = c.phase();
            entry.name = c.name();
            entry.email = lower(c.email());
            entry.persist();
        }
        return new LaFileImport(read.rows().size());
    }

    private <T> LaFileImport applyRows(CsvReadResult<T> read, Function<T, String> urnOf, RowUpdate<T> update) {
        List<RowError> errors = new ArrayList<>(read.errors());
        List<School> schools = new ArrayList<>();
        for (int n = 0; n < read.rows().size(); n++) {
            T row = read.rows().get(n);
            School school = School.findById(urnOf.apply(row));
            if (school == null) {
                errors.add(new RowError(n + 2, "urn", "URN " + urnOf.apply(row) + " is not in the school registry (import GIAS first)"));
            }
            schools.add(school);
        }
        refuseIfBad(errors);
        Instant now = clock.instant();
        for (int n = 0; n < schools.size(); n++) {
            update.apply(schools.get(n), read.rows().get(n));
            schools.get(n).updatedAt = now;
        }
        return new LaFileImport(schools.size());
    }

    private static void refuseIfBad(List<RowError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream()
                    .map(e -> new Violation(e.line() == 0 ? "body" : "line " + e.line() + (e.column() == null ? "" : "." + e.column()),
                            e.message()))
                    .toList());
        }
    }

    private static String lower(String email) {
        return email == null ? null : email.trim().toLowerCase();
    }

    @FunctionalInterface
    private interface RowUpdate<T> {
        void apply(School school, T row);
    }
}
