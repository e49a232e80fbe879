package org.newsgraph.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one article from a .txt, .md, .html or .pdf file (or the same as bytes) into a {@link Document}: main
 * text as paragraphs without page furniture, and the title, outlet, date, authors and URL the file states.
 * Whatever the bytes, the outcome is a Document or a {@link SourceException} that says why not.
 */
public final class DocumentReader {

    /** More text than any article: a book, a log file or a dump. */
    static final int MAX_TEXT_CHARS = Kind.TEXT_LIMIT;

    public DocumentReader() {
    }

    /** Reads a file, its type taken from the extension. */
    public Document read(Path file) throws SourceException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Kind kind = Kind.fromName(name);
        if (kind == null) {
            throw new SourceException(name, "unsupported file type (expected .txt, .md, .html or .pdf)");
        }
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(name, "is a directory");
            }
            if (Files.size(file) > kind.maxBytes()) {
                throw new SourceException(name, kind.tooLarge());
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SourceException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(name, "permission denied", e);
        } catch (IOException e) {
            throw new SourceException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return read(file.toString(), name, content, kind);
    }

    /**
     * Reads an article given as bytes, e.g. an upload.
     *
     * @param type a media type ("text/html; charset=utf-8"), a file extension ("md", ".pdf"), or null to go by
     *             the name's extension and then by the content
     */
    public Document read(String name, byte[] content, String type) throws SourceException {
        String label = name == null || name.isBlank() ? "(unnamed)" : name;
        Kind kind = type == null || type.isBlank() ? Kind.fromName(label) : Kind.fromType(type);
        if (kind == null && type != null && !type.isBlank()) {
            throw new SourceException(label, "unsupported type " + type.strip());
        }
        byte[] bytes = content == null ? new byte[0] : content;
        return read(label, label, bytes, kind == null ? Kind.sniff(bytes) : kind);
    }

    /**
     * The article files under the given paths: folders are walked recursively, keeping supported extensions and
     * skipping hidden files and folders; files named directly are kept as given, so an unsupported one is
     * reported when read rather than silently dropped. Each folder's files come sorted by path; duplicates once.
     */
    public List<Path> collect(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else {
                files.add(input);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && Kind.fromName(file.getFileName().toString()) != null) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable entry is skipped; the rest of the folder still counts.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // walkFileTree reports per-entry failures above; nothing else can fail here.
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private Document read(String source, String name, byte[] content, Kind kind) throws SourceException {
        if (content.length == 0) {
            throw new SourceException(name, "empty file");
        }
        if (content.length > kind.maxBytes()) {
            throw new SourceException(name, kind.tooLarge());
        }
        try {
            return extract(source, name, content, kind);
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Third-party parsers fail in their own ways on damaged input; the caller gets a reason, not a trace.
            throw new SourceException(name, "cannot be read as " + kind.label() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Document extract(String source, String name, byte[] content, Kind kind) throws SourceException {
        List<String> warnings = new ArrayList<>();
        String text;
        Metadata stated;
        boolean mayBeWrapped = true;
        switch (kind) {
            case PDF -> {
                Pdf.Extracted pdf = Pdf.read(name, content);
                text = TextDecoding.normalize(pdf.text());
                stated = pdf.metadata();
            }
            case HTML -> {
                TextDecoding.Decoded decoded = decoded(name, content, warnings);
                Html.Extracted html = Html.read(decoded.text());
                text = html.text();
                stated = html.metadata();
                if (stated.authors().isEmpty() && html.byline() != null) {
                    stated = stated.orElse(bylineAuthors(html.byline()));
                }
                mayBeWrapped = false;
            }
            default -> {
                TextDecoding.Decoded decoded = decoded(name, content, warnings);
                text = decoded.text();
                stated = Metadata.NONE;
                if (kind == Kind.MARKDOWN || Markdown.looksLikeMarkdown(text)) {
                    Markdown.Converted md = Markdown.convert(text);
                    text = md.text();
                    stated = md.frontMatter().orElse(new Metadata(md.title(), null, null, List.of(), null));
                }
            }
        }
        if (text.isBlank()) {
            throw new SourceException(name, kind == Kind.PDF ? "no article text (a scan without a text layer?)" : "no article text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new SourceException(name, "too large (over 5 MB of text)");
        }
        Cleaner.Cleaned cleaned = Cleaner.clean(text, mayBeWrapped, stated);
        if (cleaned.body().isBlank()) {
            throw new SourceException(name, "no article text");
        }
        Metadata m = cleaned.metadata();
        return new Document(source, m.title(), m.outlet(), m.published(), m.authors(), m.url(), cleaned.body(),
                Language.detect(cleaned.body()), warnings);
    }

    private static TextDecoding.Decoded decoded(String name, byte[] content, List<String> warnings) throws SourceException {
        TextDecoding.Decoded decoded = TextDecoding.decode(name, content);
        warnings.addAll(decoded.warnings());
        return decoded;
    }

    private static Metadata bylineAuthors(String byline) {
        String b = byline.strip();
        return Header.byline(b.toLowerCase(Locale.ROOT).startsWith("by ") ? b : "By " + b)
                .map(x -> new Metadata(null, null, null, x.authors(), null)).orElse(Metadata.NONE);
    }
}
