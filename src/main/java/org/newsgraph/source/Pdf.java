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
            // Reading order by position, not by content-stream order. Pages end in a plain line break, so a
            // paragraph that runs on over a page break is joined like any wrapped line; a blank line marks where
            // PDFBox sees a paragraph end (a wider gap or an indent).
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\n");
            stripper.setParagraphEnd("\n");
            return new Extracted(trustedParagraphs(stripper.getText(pdf)), metadata(pdf.getDocumentInformation()));
        } catch (IOException e) {
            throw new SourceException(name, "not a PDF (damaged or encrypted)", e);
        }
    }

    /**
     * Some layouts (loose line spacing) get a paragraph mark after nearly every line; such marks say nothing,
     * so they are dropped and the line lengths alone decide where paragraphs end.
     */
    static String trustedParagraphs(String text) {
        String[] blocks = text.strip().split("\n\\s*\n");
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        return blocks.length > 2 && lines < 1.5 * blocks.length ? text.replaceAll("\n\\s*\n", "\n") : text;
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
