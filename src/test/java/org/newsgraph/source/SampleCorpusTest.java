package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five real-world files of the shared sample corpus: a web page as Markdown, its PDF text, three others. */
class SampleCorpusTest {

    private static final List<Document> DOCS = new ArrayList<>();

    @BeforeAll
    static void read() throws SourceException {
        Path corpus = Fixtures.besideProject(Fixtures.CORPUS).orElse(null);
        Assumptions.assumeTrue(corpus != null, "sample corpus not found beside the project");
        DocumentReader reader = new DocumentReader();
        List<Path> files = reader.collect(List.of(corpus));
        assertThat(files).hasSize(5);
        for (Path f : files) {
            DOCS.add(reader.read(f));
        }
    }

    private static Document doc(int index) {
        return DOCS.get(index);
    }

    @Test
    void webPageAndItsPdfTextAreTheSameArticle() {
        double same = Fingerprint.of(doc(0).text()).jaccard(Fingerprint.of(doc(1).text()));
        assertThat(same).isGreaterThanOrEqualTo(0.8);
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                if (i != 0 || j != 1) {
                    assertThat(Fingerprint.of(doc(i).text()).jaccard(Fingerprint.of(doc(j).text())))
                            .as("files %d and %d", i, j).isLessThan(0.5);
                }
            }
        }
    }

    @Test
    void titlesAndDatesAsTheFilesGiveThem() {
        assertThat(doc(0).title()).startsWith("Witkoff and Kushner Meet With Putin");
        assertThat(doc(0).published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(doc(0).authors()).containsExactly("Brawley Benson");
        assertThat(doc(0).url()).startsWith("https://www.themoscowtimes.com/2025/12/02/");
        assertThat(doc(0).outlet()).isEqualTo("The Moscow Times");
        // The PDF text starts straight with the body: no title, date or outlet to find.
        assertThat(doc(1).title()).isNull();
        assertThat(doc(1).published()).isNull();
        assertThat(doc(2).title()).startsWith("Witkoff and Kushner Hold Five-Hour Meeting");
        assertThat(doc(2).published()).as("only a photo caption has a date").isNull();
        assertThat(doc(2).outlet()).isEqualTo("Antiwar.com");
        assertThat(doc(3).title()).startsWith("Witkoff and Kushner Meet Putin in Moscow");
        assertThat(doc(4).title()).startsWith("Putin, Kushner and Witkoff hold marathon talks");
        assertThat(doc(4).published()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(doc(4).authors()).containsExactly("Paul Sonne", "Valerie Hopkins");
    }

    @Test
    void noFurnitureOrMarkupIsLeft() {
        for (Document d : DOCS) {
            assertThat(d.text()).as(d.source()).doesNotContain("ADVERTISEMENT", "](", "**", "Follow us",
                    "Related article", "Read more", "Original url", "pic.twitter.com", "Comment Policy",
                    "Join the Discussion", "From left");
            assertThat(d.language()).isEqualTo("en");
            assertThat(d.text()).doesNotContain(d.title() == null ? "\u0000" : d.title());
        }
    }

    @Test
    void pdfTextComesBackAsParagraphsOfSentences() {
        Document pdf = doc(1);
        String[] paragraphs = pdf.text().split("\n\n");
        assertThat(pdf.text()).doesNotContain("\n\n\n").contains("Jared Kushner have arrived in Moscow");
        for (String p : paragraphs) {
            assertThat(p).doesNotContain("\n");
            assertThat(p.length() < 60 || p.matches("(?s).*[.!?:”\"]$")).as(p).isTrue();
        }
        long multiSentence = List.of(paragraphs).stream().filter(p -> p.split("[.!?][”\"]? ").length >= 2).count();
        assertThat(multiSentence).isGreaterThanOrEqualTo(8);
        assertThat(paragraphs.length).isBetween(25, 45);
    }

    @Test
    void oneParagraphPerLineTextIsNotJoined() {
        assertThat(doc(3).text().split("\n\n")).hasSizeGreaterThanOrEqualTo(20);
    }
}
