package uk.gov.la.ei.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.mail.MailMessage;
import uk.gov.la.ei.platform.mail.MailQueue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The local authority officer attending the feedback will complete the appropriate feedback form …
 * This will be shared with senior local authority officers and governor services who will determine if
 * further action is required" (H§4). Each submitted or corrected version is mailed to every configured
 * senior-officer and Governor Services mailbox – the form as the HTML body, as plain text, and as a PDF
 * attachment – through the mail queue, in the transaction that submits it.
 */
@ApplicationScoped
public class DistributeFeedback {

    private static final Logger LOG = Logger.getLogger(DistributeFeedback.class);

    @Inject
    MailQueue mail;
    @Inject
    FeedbackDocuments documents;
    @ConfigProperty(name = "feedback.distribution.senior-officers")
    Optional<List<String>> seniorOfficers;
    @ConfigProperty(name = "feedback.distribution.governor-services")
    Optional<List<String>> governorServices;

    /** Everyone who receives every form, each once. */
    public List<String> recipients() {
        Set<String> all = new LinkedHashSet<>();
        seniorOfficers.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).forEach(all::add);
        governorServices.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).forEach(all::add);
        return new ArrayList<>(all);
    }

    /** Queues the form to every recipient; returns how many mails were queued. */
    public int distribute(FormView form, String feedbackId, LocalDate meetingOn) {
        List<String> to = recipients();
        if (to.isEmpty()) {
            LOG.errorf("feedback %s of URN %s was not distributed: set feedback.distribution.senior-officers and "
                    + "feedback.distribution.governor-services", feedbackId, form.urn());
            return 0;
        }
        String subject = (form.recordVersion() > 1 ? "Corrected final feedback (version " + form.recordVersion() + "): "
                : "Final feedback: ") + form.schoolName() + " (URN " + form.urn() + "), " + form.inspectionType().toLowerCase(Locale.ROOT)
                + " inspection";
        subject = subject.replaceAll("[\\r\\n\\t]+", " ");
        String html = documents.html(form);
        String text = documents.text(form);
        byte[] pdf = documents.pdf(form);
        String fileName = "feedback-" + form.urn() + (meetingOn == null ? "" : "-" + meetingOn) + "-v" + form.recordVersion() + ".pdf";
        for (String recipient : to) {
            mail.queue(MailMessage.text(recipient, subject, text, feedbackId)
                    .withHtml(html)
                    .withAttachment(fileName, "application/pdf", pdf));
        }
        return to.size();
    }
}
