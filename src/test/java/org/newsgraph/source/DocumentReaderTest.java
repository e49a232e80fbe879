package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private Document plain(String text) throws SourceException {
        return reader.read("test.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    private static final String BODY = """
            The two delegations met for more than four hours in the capital on Monday and agreed to meet again next week, officials said.

            Neither side would say what had been agreed, but both described the talks as useful.
            """;

    @Test
    void plainTextHeaderBlockGivesMetadataAndLeavesTheBody() throws SourceException {
        Document d = Fixtures.read("header-block.txt");
        assertThat(d.title()).isEqualTo("Council approves new tram line after months of debate");
        assertThat(d.outlet()).isEqualTo("The Riverside Herald");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(d.authors()).containsExactly("Petra Lune", "Jonas Brack");
        assertThat(d.url()).isEqualTo("https://www.riversideherald.example/news/2024/11/05/tram-line");
        assertThat(d.text()).startsWith("The city council voted 31 to 12").doesNotContain("Title:", "Outlet:", "URL:");
        assertThat(d.text().split("\n\n")).hasSize(3);
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.source()).isEqualTo("header-block.txt");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void scrapedPageLosesItsFurniture() throws SourceException {
        Document d = Fixtures.read("scraped.txt");
        assertThat(d.title()).isEqualTo("Mayor meets farmers over flood barrier plan");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(d.authors()).containsExactly("Sven Aldous");
        assertThat(d.outlet()).isEqualTo("The Valley Gazette");
        assertThat(d.text().split("\n\n")).hasSize(4);
        assertThat(d.text()).startsWith("The mayor of Brackwater").contains("Its chair, Ruben Asker, said")
                .doesNotContainIgnoringCase("advertisement")
                .doesNotContain("Skip to", "Menu", "Home |", "Politics >", "Photo:", "Getty", "Related article",
                        "Watch:", "embed", "Instagram", "Share this", "Click here", "Sign up", "cookies",
                        "Join the discussion", "Comments are", "We welcome", "Image caption", "Image source",
                        "Most read", "Bridge closure", "School choir", "Follow us", "©", "VALLEY GAZETTE");
    }

    @Test
    void markdownWebPageGivesTitleBylineDateAndAReadableOutlet() throws SourceException {
        Document d = Fixtures.read("web-article.md");
        assertThat(d.title()).isEqualTo("Harbour workers and port operator resume talks over night shifts");
        assertThat(d.authors()).containsExactly("Mara Quint", "Tobias Elling");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(d.url()).isEqualTo("https://www.coastalledger.example/2025/03/03/harbour-talks-resume");
        // The host says "coastalledger"; the photo credit spells the same name properly.
        assertThat(d.outlet()).isEqualTo("The Coastal Ledger");
        assertThat(d.text()).doesNotContain("](", "![", "**", "ADVERTISEMENT", "Related:", "Follow us", "Share this",
                "Original url", "Photo:", "# ").contains("resume negotiations over the so-called night shift rota");
        assertThat(d.text().split("\n\n")).hasSize(7);
    }

    @Test
    void hardWrappedTextBecomesTheOriginalParagraphs() throws SourceException {
        Document d = Fixtures.read("wrapped-article.txt");
        Document web = Fixtures.read("web-article.md");
        assertThat(d.text()).isEqualTo(web.text());
        assertThat(d.title()).isNull();
    }

    @Test
    void oneParagraphPerLineIsLeftAlone() throws SourceException {
        Document d = plain("""
                Ministers meet to discuss the grain corridor
                The foreign ministers of the two countries met in Istanbul on Friday to discuss how grain ships could pass safely through the Black Sea, their ministries said.
                The talks lasted three hours.
                A third paragraph says that another meeting is planned for next month in Ankara, where officials from the shipping industry will also take part.
                """);
        assertThat(d.title()).isEqualTo("Ministers meet to discuss the grain corridor");
        assertThat(d.text().split("\n\n")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "December 02, 2025 => 2025-12-02",
            "Dec. 2, 2025 => 2025-12-02",
            "2 December 2025 => 2025-12-02",
            "Thursday, 04 December 2025 => 2025-12-04",
            "Published 04.12.25, 07:06 AM => 2025-12-04",
            "2025-12-04 => 2025-12-04",
            "Updated: 5 December 2025 => 2025-12-05",
            "Published: 14 May 2024, 17:05 CEST | Updated: 14 May 2024, 18:42 CEST => 2024-05-14",
            "Tuesday, 19 March 2024 - 4:55pm => 2024-03-19",
            "8 March 2024 | 06:00 GMT => 2024-03-08",
            "regular-logo Thursday, 04 December 2025 => 2025-12-04"})
    void dateLinesUnderTheTitle(String line, LocalDate expected) throws SourceException {
        Document d = plain("Talks resume after a long pause in the capital\n" + line + "\n\n" + BODY);
        assertThat(d.published()).isEqualTo(expected);
        assertThat(d.title()).isEqualTo("Talks resume after a long pause in the capital");
        assertThat(d.text()).startsWith("The two delegations").doesNotContain(line);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "By Jane Doe and John Roe => Jane Doe;John Roe => ",
            "By Jane Doe, Reuters => Jane Doe => Reuters",
            "By Jane Doe, Diplomatic Editor, The Morning Courier => Jane Doe => The Morning Courier",
            "By Jane Doe, Warsaw correspondent => Jane Doe => ",
            "By Jane Doe | The Valley Times => Jane Doe => The Valley Times",
            "July 10, 2024 - by Ana de la Cruz => Ana de la Cruz => ",
            "Jane Doe, John Roe Published 04.12.25, 07:06 AM => Jane Doe;John Roe => "})
    void bylines(String line, String authors, String outlet) throws SourceException {
        Document d = plain("Talks resume after a long pause in the capital\n" + line + "\n\n" + BODY);
        assertThat(d.authors()).containsExactly(authors.split(";"));
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(d.text()).startsWith("The two delegations");
    }

    @Test
    void bylineLikeSentenceIsText() throws SourceException {
        Document d = plain("Talks resume after a long pause\nBy Tuesday morning the board had rejected the offer, its chair said.\n\n" + BODY);
        assertThat(d.authors()).isEmpty();
        assertThat(d.text()).startsWith("By Tuesday morning the board had rejected the offer");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "MOSCOW (AP) — The two delegations met. => AP",
            "MOSCOW, Dec 2 (Reuters) - The two delegations met. => Reuters",
            "KYIV, Dec. 3 (Northwind Press) - The two delegations met. => Northwind Press"})
    void datelineCreditNamesTheOutletAndStays(String first, String outlet) throws SourceException {
        Document d = plain("Talks resume after a long pause in the capital\n\n" + first + "\n\n" + BODY);
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(d.text()).startsWith(first);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Original url: https://www.theguardian.com/world/2025/dec/02/talks => The Guardian",
            "Source: https://www.capitolwire.example/2025/12/02/talks => Capitol Wire",
            "URL: <https://edition.cnn.com/2025/12/02/talks> => CNN",
            "Source: The Evening Ledger => The Evening Ledger",
            "Outlet: Evening Ledger => Evening Ledger"})
    void outletFromSourceLines(String line, String outlet) throws SourceException {
        Document d = plain("Talks resume after a long pause in the capital\n\n" + BODY + "\n" + line + "\n");
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(d.text()).doesNotContain(line);
    }

    @Test
    void urlOnTheLineAfterItsLabel() throws SourceException {
        Document d = plain(BODY + "\nOriginal url:\n\n<https://www.themorningpost.example/2025/12/02/a-story>\n");
        assertThat(d.url()).isEqualTo("https://www.themorningpost.example/2025/12/02/a-story");
        assertThat(d.outlet()).isEqualTo("The Morning Post");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(d.text()).doesNotContain("Original url", "https://");
    }

    @Test
    void sentenceStartingWithSourceIsText() throws SourceException {
        Document d = plain(BODY + "\nSource: a senior official who asked not to be named because the talks are private.\n");
        assertThat(d.outlet()).isNull();
        assertThat(d.text()).contains("Source: a senior official");
    }

    @Test
    void htmlPageUsesMetaTagsJsonLdAndReadability() throws SourceException {
        Document d = Fixtures.read("page.html");
        assertThat(d.title()).isEqualTo("Lake ferry service to resume after safety review");
        assertThat(d.outlet()).isEqualTo("North Shore Post");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(d.authors()).containsExactly("Anika Strand", "Paul Vesey");
        assertThat(d.url()).isEqualTo("https://www.northshorepost.example/transport/2024/04/09/ferry-resumes");
        assertThat(d.text().split("\n\n")).hasSize(5);
        assertThat(d.text()).startsWith("The ferry between Holm and Varberg Point")
                .doesNotContainIgnoringCase("advertisement")
                .doesNotContain("Skip to", "Subscribe", "Photo:", "inbox", "Most read", "©", "By Anika");
    }

    @Test
    void htmlWithoutMetaTagsFallsBackToTitleAndTime() throws SourceException {
        Document d = Fixtures.read("page-minimal.html");
        assertThat(d.title()).isEqualTo("Library extends opening hours for exam season");
        assertThat(d.outlet()).isEqualTo("Westvale Courier");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.authors()).containsExactly("Maren Tolle");
        assertThat(d.text()).contains("Opening hours will return to normal in July.").doesNotContain("By Maren");
    }

    @Test
    void jsonLdInAGraphWithAuthorAsString() throws SourceException {
        String html = """
                <html><head><script type="application/ld+json">
                [{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Graph headline here",
                "datePublished":"2023-01-31","author":"Ina Vold","publisher":"Fjord Times"}]}]
                </script></head><body><article><p>%s</p></article></body></html>
                """.formatted(BODY.replace("\n\n", "</p><p>"));
        Document d = reader.read("page", html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        assertThat(d.title()).isEqualTo("Graph headline here");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(d.authors()).containsExactly("Ina Vold");
        assertThat(d.outlet()).isEqualTo("Fjord Times");
    }

    @Test
    void brokenJsonLdIsIgnored() throws SourceException {
        String html = "<html><head><title>A headline for the story | Site</title><script type=\"application/ld+json\">{not json"
                + "</script></head><body><p>" + BODY + "</p></body></html>";
        Document d = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.title()).isEqualTo("A headline for the story");
        assertThat(d.text()).contains("The two delegations met");
    }

    @Test
    void decodingFallsBackToWindows1252WithAWarning() throws SourceException {
        byte[] bytes = ("Caf\u00e9 owners met the mayor\n\n" + BODY + "\n\u201cWe are pleased,\u201d said Ren\u00e9e.\n")
                .getBytes(Charset.forName("windows-1252"));
        Document d = reader.read("old.txt", bytes, null);
        assertThat(d.warnings()).singleElement().asString().contains("windows-1252");
        assertThat(d.text()).contains("\u201cWe are pleased,\u201d said Ren\u00e9e.");
    }

    @Test
    void unicodeIsNormalizedButCurlyQuotesStay() throws SourceException {
        String text = "\uFEFFA title for this story\n\nThe caf\u0065\u0301 opened\u00a0on Monday, said the owner, who "
                + "called it a long-awaited day.\u00ad\u200b\u0007 \u201cIt\u2019s done,\u201d she said, and every"
                + "one clapped.\r\n\r\nA second paragraph closes the piece.";
        Document d = plain(text);
        assertThat(d.title()).isEqualTo("A title for this story");
        assertThat(d.text()).contains("The caf\u00e9 opened on Monday").contains("\u201cIt\u2019s done,\u201d")
                .doesNotContain("\u00ad", "\u200b", "\u0007", "\r", "\uFEFF", "\u00a0");
    }

    @Test
    void softHyphenAtLineEndJoinsTheWord() {
        assertThat(TextDecoding.normalize("negoti\u00ad\nations")).isEqualTo("negotiations");
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws SourceException {
        byte[] bytes = ("Talks resume after a long pause\n\n" + BODY).getBytes(StandardCharsets.UTF_16);
        assertThat(reader.read("wide.txt", bytes, null).text()).startsWith("The two delegations");
    }

    @Test
    void emptyWhitespaceAndFurnitureOnlyFilesFail() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0], null))
                .isInstanceOf(SourceException.class).hasMessage("empty.txt: empty file");
        assertThatThrownBy(() -> reader.read("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(SourceException.class).hasMessage("blank.txt: no article text");
        assertThatThrownBy(() -> reader.read("ads.txt", "ADVERTISEMENT\nShare this article\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(SourceException.class).hasMessage("ads.txt: no article text");
    }

    @Test
    void binaryContentFails() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> reader.read("bin.txt", png, "text/plain"))
                .isInstanceOf(SourceException.class).hasMessage("bin.txt: binary content, not text");
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : i % 31 + 1);
        }
        assertThatThrownBy(() -> reader.read("ctl.md", controls, null)).hasMessage("ctl.md: binary content, not text");
    }

    @Test
    void tooLargeFails() {
        byte[] big = new byte[5_000_001];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> reader.read("big.txt", big, "txt")).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("big.txt: too large");
    }

    @Test
    void unsupportedTypesFail() {
        assertThatThrownBy(() -> reader.read("x.docx", new byte[] {1}, "application/msword"))
                .hasMessage("x.docx: unsupported type application/msword");
        assertThatThrownBy(() -> reader.read(Path.of("notes.docx")))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("notes.docx: unsupported file type");
    }

    @Test
    void missingFileFails() {
        assertThatThrownBy(() -> reader.read(Path.of("/nonexistent/dir/missing.txt")))
                .isInstanceOf(SourceException.class).hasMessage("missing.txt: no such file");
    }

    @ParameterizedTest
    @CsvSource({"text/markdown", "md", ".markdown", "text/x-markdown; charset=UTF-8"})
    void typeMayBeAMediaTypeOrAnExtension(String type) throws SourceException {
        byte[] md = "# A headline in Markdown form\n\n**Bold** words and a [link](https://example.org) in a sentence that is long enough.".getBytes(StandardCharsets.UTF_8);
        Document d = reader.read("upload", md, type);
        assertThat(d.title()).isEqualTo("A headline in Markdown form");
        assertThat(d.text()).isEqualTo("Bold words and a link in a sentence that is long enough.");
    }

    @Test
    void withoutATypeTheContentDecides() throws SourceException {
        String html = "<!DOCTYPE html><html><head><title>Headline of the page here</title></head><body><p>"
                + BODY + "</p></body></html>";
        assertThat(reader.read("upload", html.getBytes(StandardCharsets.UTF_8), null).title()).isEqualTo("Headline of the page here");
        assertThat(reader.read("upload", BODY.getBytes(StandardCharsets.UTF_8), null).text()).startsWith("The two delegations");
    }

    @Test
    void readsFilesFromDisk(@TempDir Path dir) throws IOException, SourceException {
        Path file = dir.resolve("story.md");
        Files.write(file, Fixtures.bytes("web-article.md"));
        Document d = reader.read(file);
        assertThat(d.source()).isEqualTo(file.toString());
        assertThat(d.title()).startsWith("Harbour workers");
    }

    @Test
    void collectWalksFoldersKeepsSupportedFilesAndSortsThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String name : List.of("z.txt", "a.md", "b/c.HTML", "b/deeper/d.pdf", "b/e.htm", "b/notes.docx",
                ".secret.txt", ".hidden/f.txt", "b/g.markdown", "image.png")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Path single = dir.resolve("image.png");
        List<Path> found = reader.collect(List.of(dir, single, dir.resolve("z.txt")));
        assertThat(found).containsExactly(dir.resolve("a.md"), dir.resolve("b/c.HTML"), dir.resolve("b/deeper/d.pdf"),
                dir.resolve("b/e.htm"), dir.resolve("b/g.markdown"), dir.resolve("z.txt"), single);
    }
}
