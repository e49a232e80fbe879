package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * One annotated story: its articles and the facts a careful reader finds in them (see the README of
 * {@code src/test/resources/eval}).
 *
 * @param id       the set's folder name, e.g. {@code p05-tokyo-seoul-talks}
 * @param dir      the folder holding {@code gold.json}
 * @param articles the files to ingest, sorted by name: those next to {@code gold.json}, or the corpus folder's
 * @param gold     the gold facts, with offsets already resolved to text
 */
public record GoldSet(String id, Path dir, List<Path> articles, Facts gold) {

    public static final String GOLD_FILE = "gold.json";

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf");

    public GoldSet {
        articles = List.copyOf(articles);
    }

    /**
     * The set folders under a path given on the command line: the path itself when it holds {@code gold.json},
     * otherwise its subfolders that do, and their subfolders in turn (so {@code eval/} finds both
     * {@code eval/p01-…} and {@code eval/sample/ukraine-talks}). Sorted by path.
     */
    public static List<Path> find(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(GOLD_FILE))) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is neither a gold set (a folder with " + GOLD_FILE + ") nor a folder of sets");
        }
        List<Path> sets = new ArrayList<>();
        for (Path child : subfolders(dir)) {
            if (Files.isRegularFile(child.resolve(GOLD_FILE))) {
                sets.add(child);
            } else {
                subfolders(child).stream().filter(c -> Files.isRegularFile(c.resolve(GOLD_FILE))).forEach(sets::add);
            }
        }
        return sets;
    }

    /**
     * Reads a set. A {@code corpus} path in the gold is relative to {@code projectRoot}.
     *
     * @throws MissingCorpusException when the gold names a corpus folder that does not exist here
     */
    public static GoldSet load(Path setDir, Path projectRoot) throws IOException {
        String id = setDir.getFileName().toString();
        Path goldFile = setDir.resolve(GOLD_FILE);
        JsonNode root;
        try (InputStream in = Files.newInputStream(goldFile)) {
            root = FactsReader.tree(in);
        } catch (IOException e) {
            throw new IOException(goldFile + ": " + e.getMessage(), e);
        }
        JsonNode corpus = root.path("corpus");
        Path textDir = setDir;
        if (corpus.isString()) {
            textDir = projectRoot.resolve(corpus.stringValue()).toAbsolutePath().normalize();
            if (!Files.isDirectory(textDir)) {
                throw new MissingCorpusException(id, textDir);
            }
        }
        List<Path> articles = articleFiles(textDir);
        if (articles.isEmpty()) {
            throw new IOException("gold set " + id + ": no article files (.txt, .md, .html, .htm, .pdf) in " + textDir);
        }
        try {
            Facts gold = FactsReader.readGold(root, textDir);
            checkReferences(gold);
            return new GoldSet(id, setDir, articles, gold);
        } catch (IllegalArgumentException | IOException e) {
            throw new IOException(goldFile + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> articleFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(GoldSet::isArticle).sorted().toList();
        }
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Path> subfolders(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** A typo in a hand-written id would silently turn a gold fact into a miss; refuse it instead. */
    private static void checkReferences(Facts gold) {
        Set<String> ids = new HashSet<>();
        for (Facts.Actor a : gold.actors()) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("actor id " + a.id() + " is used twice");
            }
        }
        List<String> used = new ArrayList<>();
        gold.meetings().forEach(m -> used.addAll(m.participants()));
        gold.criticisms().forEach(c -> used.addAll(List.of(c.critic(), c.target())));
        gold.statements().forEach(s -> used.add(s.speaker()));
        gold.roles().forEach(r -> used.add(r.person()));
        for (String u : used) {
            if (!ids.contains(u)) {
                throw new IllegalArgumentException("fact refers to unknown actor id " + u);
            }
        }
        for (Facts.Meeting m : gold.meetings()) {
            if (!m.status().equals("HELD") && !m.status().equals("PLANNED")) {
                throw new IllegalArgumentException("meeting status " + m.status() + " is not HELD or PLANNED");
            }
        }
    }
}
