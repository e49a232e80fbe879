package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.source.Document;
import org.newsgraph.source.DocumentReader;
import org.newsgraph.source.SourceException;

/**
 * How fast newsgraph turns articles into a graph, against plain CoreNLP doing only the annotation.
 *
 * <p>The baseline is what a Java developer writes first: {@code new StanfordCoreNLP(props)} with the annotators
 * newsgraph uses and no other setting. CoreNLP's quote annotator by default attributes quotes, and for that
 * requires coreference; without {@code coref} in the list the constructor refuses to build the pipeline. So the
 * default baseline is {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}. A second, stricter baseline
 * turns quote attribution off ({@code quote.attributeQuotes=false}, the one setting newsgraph shares with it) so
 * that no coreference runs; both are printed.
 *
 * <p>Both sides handle the same documents (read by {@link DocumentReader}) and are credited with the same token
 * count, taken once with CoreNLP's default tokenizer. Each side runs one warm-up pass, then several timed passes;
 * newsgraph's passes each go into a fresh embedded store in a temporary folder (its models load once per process,
 * during the warm-up). Store start-up is timed apart from ingestion.
 */
public final class IngestBench {

    static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    static final String NO_COREF_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,quote";

    /** One phase's figures. */
    record Phase(String name, long tokens, int docs, int passes, double seconds, long poolPeakMb, long sampledPeakMb) {
        double tokensPerSecond() {
            return tokens * passes / seconds;
        }
    }

    private final Path dir;
    private final int passes;
    private final boolean noCorefBaseline;
    private final PrintStream out;
    private final PrintStream log;

    public IngestBench(Path dir, int passes, boolean noCorefBaseline, PrintStream out, PrintStream log) {
        this.dir = dir;
        this.passes = passes;
        this.noCorefBaseline = noCorefBaseline;
        this.out = out;
        this.log = log;
    }

    public void run() {
        if (System.getProperty("newsgraph.nlp.cache") != null) {
            // The developers' annotation cache would time disk reads, not annotation.
            log.println("bench: ignoring -Dnewsgraph.nlp.cache for this run");
            System.clearProperty("newsgraph.nlp.cache");
        }
        List<Document> docs = read();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no English article could be read from " + dir.toAbsolutePath());
        }
        long tokens = countTokens(docs);
        out.printf(Locale.ROOT, "INFO corpus=%s docs=%d tokens=%d passes=%d cores=%d max_heap_mb=%d%n",
                dir, docs.size(), tokens, passes, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        Phase corenlp = baseline("corenlp", BASELINE_ANNOTATORS, new Properties(), docs, tokens);
        Phase noCoref = null;
        if (noCorefBaseline) {
            Properties p = new Properties();
            p.setProperty("quote.attributeQuotes", "false");
            noCoref = baseline("corenlp-nocoref", NO_COREF_ANNOTATORS, p, docs, tokens);
        }
        // The baseline's models must not count in ingestion's heap.
        StanfordCoreNLP.clearAnnotatorPool();
        HeapMeter.collect();

        Phase ingest = ingest(docs, tokens);
        print(corenlp);
        if (noCoref != null) {
            print(noCoref);
        }
        print(ingest);
        out.printf(Locale.ROOT, "RATIO ingest/corenlp=%.2f%n", ingest.tokensPerSecond() / corenlp.tokensPerSecond());
        if (noCoref != null) {
            out.printf(Locale.ROOT, "RATIO ingest/corenlp-nocoref=%.2f%n",
                    ingest.tokensPerSecond() / noCoref.tokensPerSecond());
        }
    }

    private void print(Phase p) {
        out.printf(Locale.ROOT, "RESULT %s tokens/s=%.1f docs=%d peak_heap_mb=%d%n",
                p.name(), p.tokensPerSecond(), p.docs(), p.poolPeakMb());
        out.printf(Locale.ROOT, "INFO %s passes=%d seconds=%.2f sampled_peak_heap_mb=%d%n",
                p.name(), p.passes(), p.seconds(), p.sampledPeakMb());
    }

    private List<Document> read() {
        DocumentReader reader = new DocumentReader();
        List<Document> docs = new ArrayList<>();
        for (Path file : reader.collect(List.of(dir))) {
            try {
                Document d = reader.read(file);
                if ("en".equals(d.language())) {
                    docs.add(d);
                } else {
                    log.println("bench: skipping " + file + " (not English)");
                }
            } catch (SourceException e) {
                log.println("bench: skipping " + file + ": " + e.getMessage());
            }
        }
        return docs;
    }

    /** Tokens as CoreNLP's default tokenizer counts them, once for both sides. */
    static long countTokens(List<Document> docs) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        long n = 0;
        for (Document d : docs) {
            Annotation a = new Annotation(d.text());
            tokenizer.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    private Phase baseline(String name, String annotators, Properties extra, List<Document> docs, long tokens) {
        log.printf("bench: loading CoreNLP (%s)...%n", annotators);
        Properties props = new Properties();
        props.putAll(extra);
        props.setProperty("annotators", annotators);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        log.println("bench: warm-up pass");
        annotateAll(pipeline, docs);
        HeapMeter.collect();
        try (HeapMeter heap = HeapMeter.start()) {
            long start = System.nanoTime();
            for (int pass = 0; pass < passes; pass++) {
                log.printf("bench: %s pass %d/%d%n", name, pass + 1, passes);
                annotateAll(pipeline, docs);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Phase(name, tokens, docs.size(), passes, seconds, heap.poolPeakMb(), heap.sampledPeakMb());
        }
    }

    private static void annotateAll(StanfordCoreNLP pipeline, List<Document> docs) {
        for (Document d : docs) {
            pipeline.annotate(new Annotation(d.text()));
        }
    }

    private Phase ingest(List<Document> docs, long tokens) {
        log.println("bench: newsgraph warm-up pass (loads the models)");
        ingestOnce(-1);
        HeapMeter.collect();
        double seconds = 0;
        double openSeconds = 0;
        try (HeapMeter heap = HeapMeter.start()) {
            for (int pass = 0; pass < passes; pass++) {
                log.printf("bench: ingest pass %d/%d%n", pass + 1, passes);
                double[] t = ingestOnce(pass);
                openSeconds += t[0];
                seconds += t[1];
            }
            out.printf(Locale.ROOT, "INFO ingest store_open_seconds_per_pass=%.2f (not counted)%n", openSeconds / passes);
            return new Phase("ingest", tokens, docs.size(), passes, seconds, heap.poolPeakMb(), heap.sampledPeakMb());
        }
    }

    /** One ingestion into a fresh store; returns the seconds to open it and to ingest. */
    private double[] ingestOnce(int pass) {
        Path store = tempDir("newsgraph-bench-ingest");
        try {
            long t0 = System.nanoTime();
            try (NewsGraph graph = NewsGraph.openEmbedded(store)) {
                long t1 = System.nanoTime();
                IngestReport report = graph.ingest(dir);
                long t2 = System.nanoTime();
                long failed = report.count(ArticleResult.Status.FAILED);
                if (failed > 0) {
                    report.articles().stream().filter(r -> r.status() == ArticleResult.Status.FAILED)
                            .forEach(r -> log.println("bench: FAILED " + r.source() + ": " + r.reason()));
                }
                if (pass == 0) {
                    int facts = report.articles().stream()
                            .mapToInt(r -> r.meetings() + r.statements() + r.criticisms() + r.roles()).sum();
                    out.printf(Locale.ROOT, "INFO ingest articles=%d new=%d failed=%d facts=%d%n",
                            report.articles().size(), report.count(ArticleResult.Status.NEW), failed, facts);
                }
                return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9};
            }
        } finally {
            deleteTree(store);
        }
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
