package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTest {

    private final DocumentReader reader = new DocumentReader();

    /** The wrapped fixture typeset as a PDF, one line of text per fixture line, a page break half way. */
    static byte[] articlePdf(String title) throws IOException {
        List<String> lines = Fixtures.text("wrapped-article.txt").lines()
                .filter(l -> !l.equals("ADVERTISEMENT") && !l.contains("Page 1 of 2")).toList();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            int half = lines.size() / 2;
            for (List<String> page : List.of(lines.subList(0, half), lines.subList(half, lines.size()))) {
                PDPage p = new PDPage();
                pdf.addPage(p);
                try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(60, 720);
                    for (String line : page) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor("Mara Quint");
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pdfTextIsUnwrappedIntoParagraphs() throws IOException, SourceException {
        Document d = reader.read("talks.pdf", articlePdf("Harbour workers and port operator resume talks"), null);
        Document web = Fixtures.read("web-article.md");
        assertThat(d.text()).isEqualTo(web.text());
        assertThat(d.title()).isEqualTo("Harbour workers and port operator resume talks");
        assertThat(d.authors()).containsExactly("Mara Quint");
        assertThat(Fingerprint.of(d.text()).jaccard(Fingerprint.of(web.text()))).isEqualTo(1.0);
    }

    @Test
    void paragraphMarksOnEveryLineAreDropped() {
        String everyLine = "one line of text\n\nanother line\n\na third line\n\nand a fourth\n";
        assertThat(Pdf.trustedParagraphs(everyLine)).isEqualTo("one line of text\nanother line\na third line\nand a fourth\n");
        String some = "a first line\nof a paragraph\n\na second\nparagraph here\n\nand a third\none\n";
        assertThat(Pdf.trustedParagraphs(some)).isEqualTo(some);
    }

    @Test
    void fileNameAsPdfTitleIsIgnored() throws IOException, SourceException {
        Document d = reader.read("talks.pdf", articlePdf("draft3.docx"), "application/pdf");
        assertThat(d.title()).isNull();
    }

    @Test
    void truncatedPdfFailsWithAReason() throws IOException {
        byte[] pdf = articlePdf("Some title for the test");
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> reader.read("x.pdf", truncated, null)).isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("x.pdf: "));
    }

    @Test
    void notAPdfFails() {
        assertThatThrownBy(() -> reader.read("x.pdf", "just some text, not a PDF".getBytes(), null))
                .isInstanceOf(SourceException.class).hasMessage("x.pdf: not a PDF (damaged or encrypted)");
    }

    @Test
    void encryptedPdfFails() throws IOException {
        byte[] encrypted;
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(articlePdf("A title for this one"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("locked.pdf", encrypted, null))
                .isInstanceOf(SourceException.class).hasMessage("locked.pdf: not a PDF (damaged or encrypted)");
    }

    @Test
    void pdfWithoutTextFails() throws IOException {
        byte[] empty;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            empty = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("scan.pdf", empty, null))
                .hasMessageStartingWith("scan.pdf: no article text");
    }
}
