package org.newsgraph.source;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, page by page, and the title and author its document information gives. */
final class Pdf {

    /** Raw text (still hard-wrapped) and the document information. */
    record Extracted(String text, Metadata metadata) {
    }

    private Pdf() {
    }

    static Extracted read(String name, byte[] content) throws SourceException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new SourceException(name, "PDF does not permit text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // A blank line between pages, so a page break is never taken for a wrapped line.
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(pdf);
            return new Extracted(text, metadata(pdf.getDocumentInformation()));
        } catch (IOException e) {
            throw new SourceException(name, "not a PDF (damaged or encrypted)", e);
        }
    }

    private static Metadata metadata(PDDocumentInformation info) {
        String title = info.getTitle();
        // Word processors fill in the file name or "Untitled"; only a headline-like title is worth keeping.
        if (title != null && (title.strip().split("\\s+").length < 3
                || title.matches("(?i).*\\.(docx?|pdf|odt|rtf|txt|html?)\\s*$")
                || title.toLowerCase(Locale.ROOT).startsWith("microsoft "))) {
            title = null;
        }
        // Likewise the author is often a login name; keep it only when it reads as a person's name.
        String author = info.getAuthor() == null ? "" : info.getAuthor().strip();
        List<String> authors = Header.isPersonName(author) ? List.of(author) : List.of();
        return new Metadata(title, null, null, authors, null);
    }
}
