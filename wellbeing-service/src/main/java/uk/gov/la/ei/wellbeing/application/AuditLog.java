package uk.gov.la.ei.wellbeing.application;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the append-only audit log. An allowed read or change is written in the transaction
 * that does it (no change without its line, and a line only for what happened); a refusal is written in a
 * transaction of its own, because the refusal rolls the request's transaction back.
 */
@ApplicationScoped
public class AuditLog {

    private static final int WHY_MAX = 300;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(Actor actor, AuditAction action, UUID referralId, String subject, String why) {
        write(actor, action, AuditEntry.Outcome.ALLOWED, referralId, subject, why);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Actor actor, AuditAction action, UUID referralId, String subject, String why) {
        write(actor, action, AuditEntry.Outcome.REFUSED, referralId, subject, why);
    }

    private void write(Actor actor, AuditAction action, AuditEntry.Outcome outcome, UUID referralId, String subject,
                       String why) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = cut(actor.id(), 320);
        e.actorRoles = cut(actor.roles(), 200);
        e.action = action;
        e.outcome = outcome;
        e.referralId = referralId;
        e.subject = subject == null ? null : cut(subject, 100);
        e.why = cut(why == null || why.isBlank() ? "-" : why, WHY_MAX);
        e.persist();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** A query of the log (for a wellbeing officer). */
    public record Query(UUID referralId, String actor, AuditAction action, Instant from, Instant to) {
    }

    public record Page(List<AuditEntry> entries, long total) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Page find(Query q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.referralId() != null) {
            where.add("referralId = :referralId");
            params.and("referralId", q.referralId());
        }
        if (q.actor() != null) {
            where.add("actor = :actor");
            params.and("actor", q.actor().toLowerCase());
        }
        if (q.action() != null) {
            where.add("action = :action");
            params.and("action", q.action());
        }
        if (q.from() != null) {
            where.add("at >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("at < :to");
            params.and("to", q.to());
        }
        Sort sort = Sort.descending("at").and("id", Sort.Direction.Descending);
        var query = where.isEmpty() ? AuditEntry.<AuditEntry>findAll(sort)
                : AuditEntry.<AuditEntry>find(String.join(" and ", where), sort, params);
        return new Page(query.page(page, size).list(), query.count());
    }
}
