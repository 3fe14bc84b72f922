package uk.gov.la.ei.platform.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A file sent with a queued e-mail (kept with it, as the record of what was sent). */
@Entity
@Table(name = "outgoing_mail_attachment")
public class MailAttachment extends PanacheEntity {
    @Column(name = "mail_id", nullable = false)
    public Long mailId;
    @Size(max = 200)
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Size(max = 100)
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(nullable = false)
    public byte[] content;

    /** The attachments of several mails in one query, by mail id (a mail without any is absent). */
    public static Map<Long, List<MailAttachment>> ofMails(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        return MailAttachment.<MailAttachment>list("mailId in ?1 order by id", mailIds).stream()
                .collect(Collectors.groupingBy(a -> a.mailId));
    }
}
