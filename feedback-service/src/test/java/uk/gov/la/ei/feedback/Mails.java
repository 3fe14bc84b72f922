package uk.gov.la.ei.feedback;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mails the SMTP test server received, taken apart: recipients, subject, text, HTML and attachments. */
public final class Mails {

    private Mails() {
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public record Mail(List<String> to, String subject, String text, String html, List<Attachment> attachments) {
    }

    public static List<Mail> withSubjectContaining(String part) {
        return Arrays.stream(SmtpTestServer.server().getReceivedMessages())
                .filter(m -> subject(m).contains(part)).map(Mails::read).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            List<String> to = Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            List<Attachment> attachments = new ArrayList<>();
            walk(m, text, html, attachments);
            return new Mail(to, m.getSubject(), text.toString(), html.toString(), attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, StringBuilder text, StringBuilder html, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int n = 0; n < multipart.getCount(); n++) {
                BodyPart child = multipart.getBodyPart(n);
                walk(child, text, html, attachments);
            }
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    public static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
