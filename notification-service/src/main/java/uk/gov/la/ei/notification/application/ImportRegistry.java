package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.domain.Bounds;
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
import uk.gov.la.ei.notification.registry.RowErrors;
import uk.gov.la.ei.notification.registry.SchoolContact;
import uk.gov.la.ei.notification.registry.SchoolContactsCsv;
import uk.gov.la.ei.platform.problem.InvalidInputException;


import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the school registry: the GIAS extract (schools of the LA), and the LA's own files – SIM/AI
 * assignments, the annual categorisation, CEMs and linked SHMIs, school contacts. A file with any bad
 * row – including a value longer than the column that stores it – is refused whole with a 400 naming
 * the line and column of each (the first {@link RowErrors#MAX_LISTED}, and how many in all), and
 * nothing stored changes. A SIM or AI assigned by file reaches the school's open inspections.
 */
@ApplicationScoped
public class ImportRegistry {

    /** A GIAS column and how long a value of it may be (the column of {@code school} or {@code federation} it goes to). */
    public record GiasBound(String column, Function<GiasEstablishment, String> value, int max) {
    }

    public static final List<GiasBound> GIAS_BOUNDS = List.of(
            new GiasBound(GiasCsvReader.NAME, GiasEstablishment::name, Bounds.SCHOOL_NAME),
            new GiasBound(GiasCsvReader.TYPE, GiasEstablishment::typeOfEstablishment, Bounds.ESTABLISHMENT_TYPE),
            new GiasBound(GiasCsvReader.TYPE_GROUP, GiasEstablishment::typeGroup, Bounds.ESTABLISHMENT_TYPE),
            new GiasBound(GiasCsvReader.STATUS, GiasEstablishment::status, Bounds.STATUS),
            new GiasBound(GiasCsvReader.PHASE, GiasEstablishment::phase, Bounds.PHASE),
            new GiasBound(GiasCsvReader.DISTRICT, GiasEstablishment::district, Bounds.DISTRICT),
            new GiasBound(GiasCsvReader.HEAD_TITLE + " + " + GiasCsvReader.HEAD_FIRST_NAME + " + " + GiasCsvReader.HEAD_LAST_NAME,
                    GiasEstablishment::headFullName, Bounds.LEADER_NAME),
            new GiasBound(GiasCsvReader.FEDERATION_CODE, GiasEstablishment::federationCode, Bounds.FEDERATION_CODE),
            new GiasBound(GiasCsvReader.FEDERATION_NAME, GiasEstablishment::federationName, Bounds.FEDERATION_NAME),
            new GiasBound(GiasCsvReader.POSTCODE, GiasEstablishment::postcode, Bounds.POSTCODE),
            new GiasBound(GiasCsvReader.TELEPHONE, GiasEstablishment::telephone, Bounds.TELEPHONE),
            new GiasBound(GiasCsvReader.WEBSITE, GiasEstablishment::schoolWebsite, Bounds.WEBSITE));

    public static final Map<String, Integer> ASSIGNMENT_BOUNDS = Map.of(
            AssignmentsCsv.SIM_NAME, Bounds.PERSON_NAME, AssignmentsCsv.SIM_EMAIL, Bounds.EMAIL,
            AssignmentsCsv.AI_NAME, Bounds.PERSON_NAME, AssignmentsCsv.AI_EMAIL, Bounds.EMAIL);
    public static final Map<String, Integer> LA_CONTACT_BOUNDS = Map.of(
            LaContactsCsv.NAME, Bounds.PERSON_NAME, LaContactsCsv.EMAIL, Bounds.EMAIL);
    public static final Map<String, Integer> SCHOOL_CONTACT_BOUNDS = Map.of(
            SchoolContactsCsv.HEAD_EMAIL, Bounds.EMAIL, SchoolContactsCsv.CHAIR_NAME, Bounds.LEADER_NAME,
            SchoolContactsCsv.CHAIR_EMAIL, Bounds.EMAIL);

    @Inject
    Clock clock;
    @Inject
    ReassignContacts reassign;

    public record GiasImport(ImportSummary summary, long created, long updated, long federationsCreated) {
    }

    /** @param reassignedInspections open inspections whose contacts changed (and who were told) */
    public record LaFileImport(int applied, int reassignedInspections) {
    }

    /** GIAS keeps the LA's own data (assignments, categorisation, contacts) on every school it updates. */
    @Transactional
    public GiasImport gias(InputStream csv, String laCode) {
        Instant now = clock.instant();
        long[] counts = new long[3];
        RowErrors tooLong = new RowErrors();
        ImportSummary summary;
        try {
            summary = new GiasCsvReader().read(csv, laCode, e -> {
                if (!fits(e, tooLong)) {
                    return;
                }
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
        refuseIfBad(tooLong);
        ConcurrentChange.flush();
        return new GiasImport(summary, counts[0], counts[1], counts[2]);
    }

    /** A kept row whose values fit their columns; otherwise an error for each value too long. */
    private static boolean fits(GiasEstablishment e, RowErrors errors) {
        boolean fits = true;
        for (GiasBound bound : GIAS_BOUNDS) {
            String value = bound.value().apply(e);
            if (value != null && value.length() > bound.max()) {
                errors.add(new RowError(e.line(), bound.column(),
                        "is " + value.length() + " characters long; at most " + bound.max() + " fit"));
                fits = false;
            }
        }
        return fits;
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

    /** SIM and AI per school; each school whose SIM or AI changed passes the change on to its open inspections. */
    @Transactional
    public LaFileImport assignments(Reader csv) {
        Set<String> changed = new LinkedHashSet<>();
        int applied = applyRows(readable(() -> AssignmentsCsv.read(csv, ASSIGNMENT_BOUNDS)), Assignment::urn, (school, a) -> {
            String simEmail = lower(a.simEmail());
            String aiEmail = lower(a.aiEmail());
            if (!Objects.equals(school.simEmail, simEmail) || !Objects.equals(school.aiEmail, aiEmail)
                    || !Objects.equals(school.simName, a.simName()) || !Objects.equals(school.aiName, a.aiName())) {
                changed.add(school.urn);
            }
            school.simName = a.simName();
            school.simEmail = simEmail;
            school.aiName = a.aiName();
            school.aiEmail = aiEmail;
        });
        int reassigned = 0;
        for (String urn : changed) {
            reassigned += reassign.forSchool(urn).size();
        }
        ConcurrentChange.flush();
        return new LaFileImport(applied, reassigned);
    }

    @Transactional
    public LaFileImport categorisations(Reader csv) {
        int applied = applyRows(readable(() -> CategorisationCsv.read(csv)), Categorisation::urn, (school, c) -> {
            school.laCategorisation = c.categorisation();
            school.categorisationYear = c.academicYear();
        });
        ConcurrentChange.flush();
        return new LaFileImport(applied, 0);
    }

    @Transactional
    public LaFileImport schoolContacts(Reader csv) {
        int applied = applyRows(readable(() -> SchoolContactsCsv.read(csv, SCHOOL_CONTACT_BOUNDS)), SchoolContact::urn, (school, c) -> {
            school.headEmail = lower(c.headEmail());
            school.chairName = c.chairName();
            school.chairEmail = lower(c.chairEmail());
        });
        ConcurrentChange.flush();
        return new LaFileImport(applied, 0);
    }

    /** The LA's CEMs and linked SHMIs: the file replaces the whole list. */
    @Transactional
    public LaFileImport laContacts(Reader csv) {
        CsvReadResult<LaContact> read = readable(() -> LaContactsCsv.read(csv, LA_CONTACT_BOUNDS));
        RowErrors errors = new RowErrors();
        errors.addAll(read);
        refuseIfBad(errors);
        LaContactEntry.deleteAll();
        for (LaContact c : read.rows()) {
            LaContactEntry entry = new LaContactEntry();
            entry.role = c.role();
            entry.phase = c.phase();
            entry.name = c.name();
            entry.email = lower(c.email());
            entry.persist();
        }
        ConcurrentChange.flush();
        return new LaFileImport(read.rows().size(), 0);
    }

    private <T> int applyRows(CsvReadResult<T> read, Function<T, String> urnOf, RowUpdate<T> update) {
        RowErrors errors = new RowErrors();
        errors.addAll(read);
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
        return schools.size();
    }

    /** A file that is not one of ours at all (empty, its header lacks a column, not CSV) is a 400 naming the body. */
    private static <T> CsvReadResult<T> readable(java.util.function.Supplier<CsvReadResult<T>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }

    /** A 400 naming the first {@link RowErrors#MAX_LISTED} problems by line and column, and how many there are. */
    private static void refuseIfBad(RowErrors errors) {
        if (errors.isEmpty()) {
            return;
        }
        throw new InvalidInputException(errors.listed().stream()
                .map(e -> new Violation(e.line() == 0 ? "body" : "line " + e.line() + (e.column() == null ? "" : "." + e.column()),
                        e.message()))
                .toList(), errors.count());
    }

    private static String lower(String email) {
        return email == null ? null : email.trim().toLowerCase();
    }

    @FunctionalInterface
    private interface RowUpdate<T> {
        void apply(School school, T row);
    }
}
