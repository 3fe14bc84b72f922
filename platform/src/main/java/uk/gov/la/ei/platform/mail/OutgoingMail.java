package uk.gov.la.ei.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.platform.relay.RelayedRecord;

import java.time.Instant;
import java.util.List;

/** An e-mail the system decided to send: queued with the decision, kept as the record of what was sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends RelayedRecord {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        SENT,
        /** Refused on every attempt (or for good, by a 5xx reply): for operations to fix and re-send. */
        FAILED
    }

    @Size(max = 320)
    @Column(nullable = false)
    public String recipient;
    @Size(max = 500)
    @Column(nullable = false)
    public String subject;
    @Column(nullable = false, columnDefinition = "text")
    public String body;
    @Column(name = "html_body", columnDefinition = "text")
    public String htmlBody;
    /** What the mail is about (e.g. an inspection id), to find it again. */
    @Size(max = 200)
    public String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Mails due for an attempt, oldest first: a mail waiting out its backoff holds back nothing. */
    public static List<OutgoingMail> due(Instant now, int limit) {
        return find("status = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2) order by id", Status.PENDING, now)
                .page(0, limit).list();
    }

    public static List<OutgoingMail> about(String reference) {
        return list("reference = ?1 order by id", reference);
    }

    public static long countWith(Status status) {
        return count("status", status);
    }
}
