package org.newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.function.Consumer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.neo4j.driver.Driver;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.ArticleInput;
import org.newsgraph.graph.ArticleWriter;
import org.newsgraph.graph.NearDuplicates;
import org.newsgraph.graph.WriteOutcome;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Document;
import org.newsgraph.source.DocumentReader;
import org.newsgraph.source.Fingerprint;
import org.newsgraph.source.SourceException;

/**
 * The ingestion run: read and clean each file, annotate and extract in parallel (one CoreNLP pipeline shared by
 * the worker threads), then resolve and write one article at a time in input order, each in its own
 * transaction. A file that fails is reported with its reason; the others still go in.
 */
final class Ingestion {

    /** A document read and fingerprinted, ready for the expensive part. */
    private record Prepared(Path path, Document document, Fingerprint fingerprint) {
    }

    private final Driver driver;
    private final NlpPipeline nlp;
    private final DocumentReader reader;
    private final Extractor extractor = new Extractor();
    private final ArticleWriter writer;

    Ingestion(Driver driver, NlpPipeline nlp, DocumentReader reader) {
        this.driver = driver;
        this.nlp = nlp;
        this.reader = reader;
        this.writer = new ArticleWriter(driver, new Resolver());
    }

    IngestReport run(List<Path> inputs, IngestListener listener) {
        long start = System.nanoTime();
        List<ArticleResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.exists(input)) {
                files.addAll(reader.collect(List.of(input)));
            } else {
                missing.add(input);
            }
        }
        int total = files.size() + missing.size();
        Consumer<ArticleResult> progress = r -> listener.onArticle(r, results.size(), total);
        for (Path m : missing) {
            report(results, progress, ArticleResult.failed(m.toString(), "no such file or directory", List.of()));
        }
        int threads = Math.max(1, nlp.settings().threads());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            // Annotation runs ahead of writing by a bounded window, so memory stays flat on big batches.
            Deque<Future<Analysed>> window = new ArrayDeque<>();
            List<Prepared> seen = new ArrayList<>();
            for (Path file : files) {
                Optional<Prepared> prepared = prepare(file, seen, results, progress);
                if (prepared.isEmpty()) {
                    continue;
                }
                seen.add(prepared.get());
                window.add(pool.submit(() -> analyse(prepared.get())));
                while (window.size() > threads * 2) {
                    report(results, progress, writeNext(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                report(results, progress, writeNext(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    /** One uploaded article, as the REST API receives it. */
    ArticleResult one(String name, byte[] content, String type) {
        Document document;
        try {
            document = reader.read(name, content, type);
        } catch (SourceException e) {
            return ArticleResult.failed(name, e.getMessage(), List.of());
        }
        if (!"en".equals(document.language())) {
            return ArticleResult.skipped(name, "not English (detected: " + document.language() + ")", document.warnings());
        }
        Fingerprint fingerprint = Fingerprint.of(document.text());
        return write(analyse(new Prepared(Path.of(name), inherit(document, fingerprint, List.of()), fingerprint)));
    }

    private static void report(List<ArticleResult> results, Consumer<ArticleResult> progress, ArticleResult r) {
        results.add(r);
        progress.accept(r);
    }

    private Optional<Prepared> prepare(Path file, List<Prepared> seen, List<ArticleResult> results,
                                       Consumer<ArticleResult> progress) {
        Document document;
        try {
            document = reader.read(file);
        } catch (SourceException e) {
            report(results, progress, ArticleResult.failed(file.toString(), e.getMessage(), List.of()));
            return Optional.empty();
        }
        if (!"en".equals(document.language())) {
            report(results, progress, ArticleResult.skipped(file.toString(),
                    "not English (detected: " + document.language() + ")", document.warnings()));
            return Optional.empty();
        }
        Fingerprint fingerprint = Fingerprint.of(document.text());
        return Optional.of(new Prepared(file, inherit(document, fingerprint, seen), fingerprint));
    }

    /**
     * A copy that lacks a date or outlet (PDF text pasted without its header) takes them from the article it
     * copies, earlier in this batch or already in the graph, so its relative dates resolve the same way.
     */
    private Document inherit(Document d, Fingerprint fp, List<Prepared> seen) {
        if (d.published() != null && d.outlet() != null) {
            return d;
        }
        for (Prepared p : seen) {
            if (p.fingerprint().jaccard(fp) >= 0.8) {
                return withMetadata(d, p.document().published(), p.document().outlet(), p.document().title());
            }
        }
        return NearDuplicates.find(driver, fp.bands(), fp.signature())
                .map(o -> withMetadata(d, o.published() == null ? null : LocalDate.parse(o.published()), o.outlet(), o.title()))
                .orElse(d);
    }

    private static Document withMetadata(Document d, LocalDate published, String outlet, String title) {
        return new Document(d.source(), d.title() != null ? d.title() : title, d.outlet() != null ? d.outlet() : outlet,
                d.published() != null ? d.published() : published, d.authors(), d.url(), d.text(), d.language(),
                d.warnings());
    }

    private record Analysed(Prepared prepared, ArticleFacts facts, String error, List<String> warnings) {
    }

    /** Annotation and extraction: the expensive part, run in parallel. Writing stays in input order. */
    private Analysed analyse(Prepared p) {
        try {
            AnnotatedArticle annotated = nlp.annotate(p.document());
            return new Analysed(p, extractor.extract(annotated), null, unparsed(annotated));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser that recurses too deep on one odd text fails that article, not the batch.
            return new Analysed(p, null, "extraction failed: " + e, List.of());
        }
    }

    /** Sentences over the parser's cap are skipped silently by the pipeline; the user should hear of it. */
    private List<String> unparsed(AnnotatedArticle annotated) {
        int cap = nlp.settings().maxSentenceTokens();
        int count = 0;
        int longest = 0;
        for (CoreMap sentence : annotated.sentences()) {
            int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            if (tokens > cap) {
                count++;
                longest = Math.max(longest, tokens);
            }
        }
        if (count == 0) {
            return List.of();
        }
        return List.of(count + (count == 1 ? " sentence" : " sentences") + " longer than " + cap
                + " tokens (the longest " + longest + ") not parsed: no facts taken from "
                + (count == 1 ? "it" : "them"));
    }

    private ArticleResult writeNext(Future<Analysed> next) {
        try {
            return write(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingestion worker failed", e.getCause());
        }
    }

    /** Synchronized: uploads over REST and a batch run share one writer, one article at a time. */
    private synchronized ArticleResult write(Analysed a) {
        String source = a.prepared().document().source();
        List<String> warnings = new ArrayList<>(a.prepared().document().warnings());
        warnings.addAll(a.warnings());
        if (a.error() != null) {
            return ArticleResult.failed(source, a.error(), warnings);
        }
        Fingerprint fp = a.prepared().fingerprint();
        String id = "art-" + fp.contentHash().substring(0, 16);
        try {
            WriteOutcome o = writer.write(new ArticleInput(id, fp.contentHash(), fp.bands(), fp.signature(), a.facts()));
            ArticleResult.Status status = switch (o.status()) {
                case NEW -> ArticleResult.Status.NEW;
                case ALREADY_PRESENT -> ArticleResult.Status.ALREADY_PRESENT;
                case DUPLICATE -> ArticleResult.Status.DUPLICATE;
            };
            return new ArticleResult(source, status, id, o.duplicateOf(), null, o.meetings(), o.statements(),
                    o.criticisms(), o.roles(), warnings);
        } catch (RuntimeException e) {
            return ArticleResult.failed(source, "could not write to the graph: " + e.getMessage(), warnings);
        }
    }
}
