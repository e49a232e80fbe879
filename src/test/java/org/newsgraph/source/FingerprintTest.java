package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void normalizationIgnoresCaseQuotesPunctuationAndLineBreaks() {
        String web = "“We came here to listen,” said Oona Festh — the union's general secretary.";
        String pdf = "\"We came here to\nlisten,\" said OONA FESTH -- the union’s general   secretary";
        assertThat(Fingerprint.normalize(web)).isEqualTo("we came here to listen said oona festh the unions general secretary");
        assertThat(Fingerprint.of(web).contentHash()).isEqualTo(Fingerprint.of(pdf).contentHash());
    }

    @Test
    void contentHashIsSha256Hex() {
        assertThat(Fingerprint.of("Hello, world.").contentHash())
                .isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"); // sha256("hello world")
    }

    @Test
    void signatureIsDeterministicAndSized() {
        String text = Fixtures.text("other-article.txt");
        Fingerprint a = Fingerprint.of(text);
        Fingerprint b = Fingerprint.of(text);
        assertThat(a.signature()).hasSize(128).containsExactly(b.signature());
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(a.bands()).hasSize(32).isEqualTo(b.bands());
        assertThat(a.bands()).allMatch(k -> k.matches("b\\d{2}:[0-9a-f]{16}"));
        assertThat(a.bands().get(7)).startsWith("b07:");
    }

    @Test
    void signatureIsACopy() {
        Fingerprint f = Fingerprint.of("one two three four five six seven");
        f.signature()[0] = 42;
        assertThat(f.signature()[0]).isNotEqualTo(42);
    }

    @Test
    void sameArticleAsWebPageAndAsWrappedPdfTextScoresHigh() throws SourceException {
        Document web = Fixtures.read("web-article.md");
        Document pdf = reader.read("wrapped-article.pdf.txt", Fixtures.bytes("wrapped-article.txt"), "text/plain");
        assertThat(Fingerprint.of(web.text()).jaccard(Fingerprint.of(pdf.text()))).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void anotherReportOfTheSameStoryScoresLow() throws SourceException {
        Document web = Fixtures.read("web-article.md");
        Document other = Fixtures.read("other-article.txt");
        assertThat(Fingerprint.of(web.text()).jaccard(Fingerprint.of(other.text()))).isLessThan(0.5);
    }

    @Test
    void smallEditsKeepMostOfTheSimilarity() {
        String text = Fixtures.text("other-article.txt");
        String edited = text.replace("Tuesday", "Wednesday").replace("60 km", "sixty kilometres");
        double s = Fingerprint.of(text).jaccard(Fingerprint.of(edited));
        assertThat(s).isBetween(0.75, 0.99);
    }

    @Test
    void nearDuplicatesShareBands() {
        String text = Fixtures.text("other-article.txt");
        List<String> a = Fingerprint.of(text).bands();
        List<String> b = Fingerprint.of(text.replace("Tuesday", "Wednesday")).bands();
        assertThat(a.stream().filter(b::contains).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void similarityOfIncomparableSignaturesIsZero() {
        assertThat(Fingerprint.similarity(new long[] {1, 2}, new long[] {1, 2, 3})).isZero();
        assertThat(Fingerprint.similarity(new long[0], new long[0])).isZero();
        assertThat(Fingerprint.similarity(null, new long[] {1})).isZero();
        assertThat(Fingerprint.similarity(new long[] {1, 2, 3, 4}, new long[] {1, 2, 0, 0})).isEqualTo(0.5);
    }

    @Test
    void shortAndEmptyTextsStillGetAFingerprint() {
        assertThat(Fingerprint.of("Too short").signature()).hasSize(128);
        assertThat(Fingerprint.of("").bands()).hasSize(32);
        assertThat(Fingerprint.of(null).contentHash()).hasSize(64);
    }
}
