package uk.gov.la.ei.feedback.application;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF is laid out from the form's XHTML by a kept library, in the Unicode font it registers, whatever was pasted into the free text. */
class FeedbackDocumentsTest {

    @Test
    void textPastedWithControlCharactersStillMakesAReadablePdf() throws IOException {
        String xhtml = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8" /><style>body { font-family: 'Liberation Sans'; }</style></head>
                <body><p>Key feedback\fwith a form feed\u000B and a bell\u0007 – Zoë Łukasiewicz, Ψ, Ж</p></body></html>
                """;
        byte[] pdf = new FeedbackDocuments().pdf(xhtml, "test");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Key feedbackwith a form feed and a bell – Zoë Łukasiewicz, Ψ, Ж");
        }
    }
}
