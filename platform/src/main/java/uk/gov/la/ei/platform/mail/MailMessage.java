package uk.gov.la.ei.platform.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * An e-mail to queue: a plain-text body always (every client reads it), an HTML body and attachments
 * optionally (e.g. a completed feedback form as HTML and PDF). {@code reference} says what it is about
 * (an inspection id, a referral id) so it can be found again.
 */
public record MailMessage(String recipient, String subject, String textBody, String htmlBody,
                          List<Attachment> attachments, String reference) {

    public MailMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static MailMessage text(String recipient, String subject, String textBody, String reference) {
        return new MailMessage(recipient, subject, textBody, null, List.of(), reference);
    }

    public MailMessage withHtml(String html) {
        return new MailMessage(recipient, subject, textBody, html, attachments, reference);
    }

    public MailMessage withAttachment(String fileName, String contentType, byte[] content) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(new Attachment(fileName, contentType, content));
        return new MailMessage(recipient, subject, textBody, htmlBody, more, reference);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
