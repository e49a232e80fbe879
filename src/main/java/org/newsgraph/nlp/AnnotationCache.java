package org.newsgraph.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.pipeline.Annotation;

/**
 * A developer aid, off by default: keeps CoreNLP's annotations of each text on disk so that re-running the
 * evaluation after a change to the rules takes seconds instead of minutes. Enabled only by the system property
 * {@code newsgraph.nlp.cache=/some/folder}; entries are keyed by a hash of the text, the publication date and the
 * pipeline's settings, so a change to any of them misses. Annotations are stored with Java serialization
 * (tokens, NER with SUTime values, the dependency graphs of parsed sentences, quotes), gzipped. A corrupt or
 * unreadable entry is ignored and annotated afresh. Never use it in production: the folder is trusted input.
 */
final class AnnotationCache {

    static final String PROPERTY = "newsgraph.nlp.cache";

    /** Bump when the pipeline's configuration changes in a way the key does not capture. */
    private static final String VERSION = "1";

    private final Path dir;

    private AnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** The cache the system property asks for, if any. */
    static Optional<AnnotationCache> fromSystemProperty() {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return Optional.empty();
        }
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            return Optional.of(new AnnotationCache(dir));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String key(String text, String published, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {VERSION, settings, published == null ? "" : published, text}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Annotation> get(String key) {
        Path file = dir.resolve(key + ".ser.gz");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             ObjectInputStream objects = new ObjectInputStream(in)) {
            return Optional.of((Annotation) objects.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    void put(String key, Annotation annotation) {
        Path file = dir.resolve(key + ".ser.gz");
        try {
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)));
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(annotation);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot write is only slower.
        }
    }
}
