package uk.gov.la.ei.feedback.application;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The completed form as documents a person reads: HTML (the e-mail body, and over REST), plain text
 * (the e-mail's text part) and PDF (the attachment). The HTML comes from a Qute template, which escapes
 * everything that came from outside (names, free text); the PDF is that same HTML laid out by Open HTML
 * to PDF on Apache PDFBox, so the two cannot say different things.
 */
@ApplicationScoped
public class FeedbackDocuments {

    /** A Unicode TrueType font that ships inside PDFBox: names from outside may hold any Latin, Greek or Cyrillic letter. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    @Inject
    @Location("feedback-form.html")
    Template html;
    @Inject
    @Location("feedback-form.txt")
    Template text;

    public String html(FormView form) {
        return html.data("form", form).render();
    }

    public String text(FormView form) {
        return text.data("form", form).render();
    }

    public byte[] pdf(FormView form) {
        return pdf(html(form), form.title() + " – " + form.schoolName());
    }

    /** Characters XML 1.0 does not allow (a form feed pasted from a word processor): the PDF's parser would refuse them. */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    byte[] pdf(String xhtml, String title) {
        xhtml = NOT_XML.matcher(xhtml).replaceAll("");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("inspection-support feedback-service");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the feedback form as PDF: " + title, e);
        }
    }

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
        }
        return in;
    }
}
