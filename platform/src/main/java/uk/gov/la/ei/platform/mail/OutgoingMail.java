package uk.gov.la.ei.platform.mail;

import uk.gov.la.ei.platform.relay.RelayedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** An e-mail the system decided to send: queued with the decision, kept as the record of what was sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends RelayedRecord {
    @Column(nullable = false)
    public String recipient;
    @Column(nullable = false)
    public String subject;
    @Column(nullable = false, columnDefinition = "text")
    public String body;
    /** What the mail is about (e.g. an inspection id), to find it again. */
    public String reference;

    public static List<OutgoingMail> pending(int limit) {
        return find("sentAt is null order by id").page(0, limit).list();
    }

    public static List<OutgoingMail> about(String reference) {
        return list("reference = ?1 order by id", reference);
    }
}
