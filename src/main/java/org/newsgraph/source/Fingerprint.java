package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What near-duplicate detection needs of an article's text: a hash of its normalized form (exact copies), a
 * MinHash signature over word 5-shingles (estimates Jaccard similarity; the same article as a web page and as
 * PDF text scores above 0.8) and LSH band keys to find candidates without comparing every pair.
 */
public final class Fingerprint {

    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;

    /** Fixed seeds, computed here rather than by a library generator: signatures must compare across runs, JDKs and machines. */
    private static final long[] SEEDS = seeds();

    private final String contentHash;
    private final long[] signature;
    private final List<String> bands;

    private Fingerprint(String contentHash, long[] signature, List<String> bands) {
        this.contentHash = contentHash;
        this.signature = signature;
        this.bands = bands;
    }

    public static Fingerprint of(String text) {
        String normalized = normalize(text == null ? "" : text);
        long[] signature = minHash(shingles(normalized));
        return new Fingerprint(sha256(normalized), signature, bands(signature));
    }

    /** SHA-256, hex, of the normalized text. */
    public String contentHash() {
        return contentHash;
    }

    /** The MinHash signature: {@value #HASHES} minima over the text's word 5-shingles. */
    public long[] signature() {
        return signature.clone();
    }

    /** {@value #BANDS} keys of {@value #ROWS} signature rows each, like "b07:3f2a09c4d1e85b76". */
    public List<String> bands() {
        return bands;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double jaccard(Fingerprint other) {
        return similarity(signature, other.signature);
    }

    /** Share of equal slots in two MinHash signatures; 0 when they are not comparable. */
    public static double similarity(long[] a, long[] b) {
        if (a == null || b == null || a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * Lower-cased, punctuation and symbols gone, whitespace collapsed: so a web page and the PDF of the same
     * article, with different quote marks, escapes and line breaks, normalize alike. Apostrophes vanish rather
     * than split words, so "people's" and "people’s" are both "peoples".
     */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("['’‘ʼ`´]", "");
        s = s.replaceAll("[\\p{P}\\p{S}]", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Set<String> shingles(String normalized) {
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        Set<String> shingles = new LinkedHashSet<>();
        int k = Math.min(SHINGLE, words.length);
        for (int i = 0; k > 0 && i + k <= words.length; i++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + k)));
        }
        return shingles;
    }

    private static long[] minHash(Set<String> shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long h = hash64(shingle);
            for (int i = 0; i < HASHES; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    private static List<String> bands(long[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            keys.add(String.format("b%02d:%016x", b, h));
        }
        return List.copyOf(keys);
    }

    /** FNV-1a over the UTF-8 bytes, then mixed: a stable 64-bit hash of a shingle. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            seeds[i] = mix(0x6E657773L + (i + 1) * 0x9E3779B97F4A7C15L);
        }
        return seeds;
    }

    /** The SplitMix64 finalizer: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
