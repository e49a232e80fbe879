package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.newsgraph.ArticleResult;
import org.newsgraph.ArticleResult.Status;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.source.DocumentReader;

/**
 * Nothing lost, nothing let in: one batch of damaged, hostile, huge, foreign and vanishing files plus a good article
 * goes into a store that already holds one good article. Each bad file gets a result that names it and says why;
 * the good one is NEW; what was stored before is exactly as it was. All texts are our own.
 */
class BadInputTest {

    private static final String SCRIPT_MARK = "Zorblat Quenvix";
    private static final String STYLE_MARK = "quenvix-zorblat";

    @TempDir
    Path tmp;

    @Test
    void aBatchOfBadFilesChangesNothingThatWasStoredAndSaysWhyForEachFile() throws Exception {
        Path first = tmp.resolve("first");
        Path batch = tmp.resolve("batch");
        Files.createDirectories(batch);
        GraphState.copyArticles(first, List.of("u1-library-fund.txt"));

        write(batch, "b01-empty.txt", new byte[0]);
        write(batch, "b02-photo.pdf", png());
        write(batch, "b03-archive.txt", binaryWithNuls());
        write(batch, "b04-windows-1252.txt", LATIN1_ARTICLE.getBytes(Charset.forName("windows-1252")));
        write(batch, "b05-mixed-encodings.txt", mixedEncodings());
        Path huge = batch.resolve("b06-huge.txt");
        writeHuge(huge, 50L * 1024 * 1024);
        write(batch, "b07-run-on.txt", runOnSentence(5000).getBytes(StandardCharsets.UTF_8));
        write(batch, "b08-german.txt", GERMAN_ARTICLE.getBytes(StandardCharsets.UTF_8));
        write(batch, "b09-scripts.html", SCRIPTED_PAGE.getBytes(StandardCharsets.UTF_8));
        write(batch, "b10-encrypted.pdf", encryptedPdf());
        write(batch, "b11-corrupt.pdf", corruptPdf());
        GraphState.copyArticles(batch, List.of("u2-ferry-strike.txt"));
        Path vanishing = batch.resolve("z99-vanishing.txt");
        write(batch, vanishing.getFileName().toString(), VANISHING_ARTICLE.getBytes(StandardCharsets.UTF_8));

        // The reader must see the scripts out of the page's text before anything is stored.
        String pageText = new DocumentReader().read(batch.resolve("b09-scripts.html")).text();
        assertThat(pageText).contains("Marisol Ferreira").doesNotContain(SCRIPT_MARK).doesNotContain(STYLE_MARK);

        try (NewsGraph graph = NewsGraph.openEmbedded(tmp.resolve("store"))) {
            IngestReport before = graph.ingest(first);
            assertThat(before.articles()).singleElement().extracting(ArticleResult::status).isEqualTo(Status.NEW);
            Map<String, Long> countsBefore = GraphState.counts(graph.driver());
            Map<String, String> snapshot = GraphState.snapshot(graph.driver());

            // The vanishing file is listed by collect() but deleted once the first result is in, before it is read.
            AtomicBoolean deleted = new AtomicBoolean();
            IngestReport report = graph.ingest(List.of(batch), (r, done, total) -> {
                if (deleted.compareAndSet(false, true)) {
                    try {
                        Files.delete(vanishing);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            Map<String, ArticleResult> byFile = report.articles().stream()
                    .collect(Collectors.toMap(r -> Path.of(r.source()).getFileName().toString(), Function.identity()));
            report.articles().forEach(r -> System.out.printf("bad input: %-24s %-8s %s %s%n",
                    Path.of(r.source()).getFileName(), r.status(), r.reason() == null ? "" : r.reason(), r.warnings()));
            assertThat(byFile).hasSize(13);

            refused(byFile, "b01-empty.txt", Status.FAILED, "empty");
            refused(byFile, "b02-photo.pdf", Status.FAILED, "not a PDF");
            refused(byFile, "b03-archive.txt", Status.FAILED, "binary");
            refused(byFile, "b06-huge.txt", Status.FAILED, "over 5 MB");
            refused(byFile, "b08-german.txt", Status.SKIPPED, "not English");
            refused(byFile, "b10-encrypted.pdf", Status.FAILED, "encrypted");
            refused(byFile, "b11-corrupt.pdf", Status.FAILED, "not a PDF");
            refused(byFile, "z99-vanishing.txt", Status.FAILED, "no such file");

            // Read with a warning, not refused: the text is still worth having.
            assertThat(byFile.get("b04-windows-1252.txt").status()).isEqualTo(Status.NEW);
            assertThat(byFile.get("b04-windows-1252.txt").warnings()).anySatisfy(w -> assertThat(w).contains("UTF-8"));
            assertThat(byFile.get("b05-mixed-encodings.txt").status()).isEqualTo(Status.NEW);
            assertThat(byFile.get("b05-mixed-encodings.txt").warnings()).anySatisfy(w -> assertThat(w).contains("UTF-8"));
            // A 5,000-word sentence is tagged but not parsed (the parser's cap), and the user is told.
            assertThat(byFile.get("b07-run-on.txt").status()).isEqualTo(Status.NEW);
            assertThat(byFile.get("b07-run-on.txt").warnings()).anySatisfy(w -> assertThat(w).contains("not parsed"));
            assertThat(byFile.get("b09-scripts.html").status()).isEqualTo(Status.NEW);
            assertThat(byFile.get("u2-ferry-strike.txt").status()).isEqualTo(Status.NEW);
            assertThat(byFile.get("u2-ferry-strike.txt").meetings()).isPositive();

            // Nothing already stored changed: every node and relationship of the snapshot is still there as it was.
            Map<String, String> after = GraphState.snapshot(graph.driver());
            List<String> changed = new ArrayList<>();
            snapshot.forEach((k, v) -> {
                if (!v.equals(after.get(k))) {
                    changed.add(k + "\n   was " + v + "\n   now " + after.get(k));
                }
            });
            assertThat(changed).as("stored before the batch and changed by it").isEmpty();
            Map<String, Long> countsAfter = GraphState.counts(graph.driver());
            System.out.println("bad input: counts after the first article " + countsBefore + ", after the batch " + countsAfter);

            // Nothing let in: only the NEW files became articles, and nothing was taken from scripts or styles.
            List<String> newSources = report.articles().stream().filter(r -> r.status() == Status.NEW)
                    .map(ArticleResult::source).toList();
            try (Session s = graph.driver().session()) {
                List<String> stored = s.run("MATCH (a:Article) RETURN a.source AS s").list(r -> r.get("s").asString());
                assertThat(stored).hasSize(1 + newSources.size()).containsAll(newSources);
                long leaked = s.run("MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND "
                                + "(n[k] CONTAINS $a OR n[k] CONTAINS $b)) RETURN count(n) AS c",
                        Map.of("a", SCRIPT_MARK, "b", STYLE_MARK)).single().get("c").asLong();
                assertThat(leaked).as("nodes holding script or style text").isZero();
            }
            assertThat(GraphState.integrityProblems(graph.driver(), false)).isEmpty();
        }
    }

    private static void refused(Map<String, ArticleResult> byFile, String file, Status status, String why) {
        ArticleResult r = byFile.get(file);
        assertThat(r).as(file).isNotNull();
        assertThat(r.status()).as(file + ": " + r.reason()).isEqualTo(status);
        assertThat(r.source()).endsWith(file);
        assertThat(r.reason()).as(file).containsIgnoringCase(why);
        if (status == Status.FAILED) {
            assertThat(r.reason()).as("the reason names the file").startsWith(file + ": ");
        }
        assertThat(r.articleId()).isNull();
    }

    private static void write(Path folder, String name, byte[] content) throws IOException {
        Files.write(folder.resolve(name), content);
    }

    /** Real text, well over the 5 MB limit for text; written in chunks. */
    private static void writeHuge(Path file, long size) throws IOException {
        byte[] line = "The ferry left the harbour at dawn and the gulls followed it out past the breakwater.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[line.length * 10_000];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(line, 0, chunk, i * line.length, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static byte[] png() {
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] binaryWithNuls() {
        byte[] bytes = new byte[8192];
        Random random = new Random(2);
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = 0;
        }
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    /** UTF-8 for the first paragraphs, then a paragraph in windows-1252, as a careless copy and paste leaves it. */
    private static byte[] mixedEncodings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MIXED_UTF8_PART.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(MIXED_LATIN1_PART.getBytes(Charset.forName("windows-1252")));
        return out.toByteArray();
    }

    /** A title, then one "sentence" of the given number of words with no punctuation at all. */
    static String runOnSentence(int words) {
        String[] vocabulary = ("the council and the harbour board would keep talking about the old bridge and the new "
                + "road while the boats waited and the traders counted their losses in every market town along the "
                + "river").split(" ");
        StringBuilder text = new StringBuilder("Harbour board keeps talking\n\n");
        Random random = new Random(3);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "The" : vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString().strip() + "\n";
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("The harbour board met the ferry operators on Monday to agree a timetable.");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            pdf.protect(policy);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] corruptPdf() {
        byte[] junk = new byte[3000];
        new Random(4).nextBytes(junk);
        byte[] header = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, junk, 0, header.length);
        return junk;
    }

    private static final String LATIN1_ARTICLE = """
            Caf\u00e9 owners and the port authority settle a rent dispute
            Riviera Chronicle
            Tuesday, 10 March 2026
            By Odile Marchetti

            NICE (Riviera Chronicle) - Port authority director Thierry Rocheval met the caf\u00e9 owners' spokesman \
            Bastien Lefebvre in Nice on Monday to settle a dispute over waterfront rents.

            \u201cWe pay twice what we paid two years ago,\u201d Lefebvre said after the meeting.
            """;

    private static final String MIXED_UTF8_PART = """
            Orchard growers and the rail freight company agree on winter rates
            Valley Freight Journal
            Wednesday, 11 March 2026
            By Ren\u00e9e Alvarado

            YAKIMA (Valley Freight Journal) - Orchard growers' leader Dolores Ib\u00e1\u00f1ez met rail freight executive \
            Warren Pettigrew in Yakima on Tuesday to agree on winter shipping rates.

            """;

    private static final String MIXED_LATIN1_PART = """
            \u201cA cold car is worth more than a cheap one,\u201d Pettigrew said, adding that the new rates would start in \
            December for every caf\u00e9 and packing house along the line.
            """;

    private static final String GERMAN_ARTICLE = """
            Bürgermeister einigen sich auf neue Radwege
            Rheinische Rundschau
            Donnerstag, 12. März 2026

            KÖLN - Die Bürgermeisterin von Köln hat sich am Mittwoch mit ihrem Amtskollegen aus Bonn getroffen, um über \
            einen Radweg entlang des Rheins zu sprechen. „Wir wollen, dass die Menschen ohne Auto zur Arbeit kommen \
            können“, sagte sie nach dem Treffen. Die beiden Städte wollen die Kosten teilen und noch in diesem Jahr mit \
            dem Bau beginnen. Umweltverbände begrüßten den Plan, forderten aber mehr Tempo.
            """;

    private static final String SCRIPTED_PAGE = """
            <!doctype html>
            <html><head><title>Lighthouse keepers win a reprieve | Coastal Times</title>
            <meta property="og:site_name" content="Coastal Times">
            <meta property="article:published_time" content="2026-03-13">
            <style>.%2$s { color: red } body::after { content: "%1$s met %1$s in Paris on Monday." }</style>
            <script>var s = "%1$s met the %1$s Minister in Paris on Monday, officials said."; document.write(s);</script>
            </head><body>
            <article>
            <h1>Lighthouse keepers win a reprieve</h1>
            <script type="text/javascript">window.track("%1$s said the talks were over.");</script>
            <p>HALIFAX - Maritime heritage minister Marisol Ferreira met the keepers' association chair Duncan \
            Abernethy-Lowe in Halifax on Thursday to stop the sale of three lighthouses.</p>
            <p>&ldquo;These towers kept sailors alive for a hundred and fifty years,&rdquo; Ferreira said.</p>
            <p class="%2$s">Abernethy-Lowe said the keepers would open the towers to visitors in summer.</p>
            </article>
            </body></html>
            """.formatted(SCRIPT_MARK, STYLE_MARK);

    private static final String VANISHING_ARTICLE = """
            Glassworks to reopen after a long closure
            Lakeside Courier

            The regional development minister Oskar Lindgren met the glassworks owner Freja Dahl in Orrefors on Friday.
            """;
}
