package org.newsgraph.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Bytes to clean Unicode text: charset, binary detection and the normalization every format shares. */
final class TextDecoding {

    /** Decoded text and what went wrong on the way without stopping us. */
    record Decoded(String text, List<String> warnings) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** Decodes text-like content (not PDF): UTF-8 or UTF-16 by BOM, else UTF-8, falling back to windows-1252. */
    static Decoded decode(String name, byte[] content) throws SourceException {
        List<String> warnings = new ArrayList<>();
        String text;
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            text = new String(content, StandardCharsets.UTF_16);
        } else {
            if (looksBinary(content)) {
                throw new SourceException(name, "binary content, not text");
            }
            int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            } catch (CharacterCodingException e) {
                // Old web pages and Word exports: windows-1252 maps every byte, so nothing is lost.
                text = new String(content, start, content.length - start, WINDOWS_1252);
                warnings.add("not valid UTF-8; read as windows-1252");
            }
        }
        String normalized = normalize(text);
        if (controlShare(text) > 0.05) {
            throw new SourceException(name, "binary content, not text");
        }
        return new Decoded(normalized, warnings);
    }

    /**
     * NFC; every kind of line break to \n; no-break and other odd spaces to a space; soft hyphens, zero-width
     * characters and control characters removed. Curly quotes stay: the quote annotator needs them.
     */
    static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace("\u2029", "\n\n").replace('\u2028', '\n').replace('\u0085', '\n');
        // A soft hyphen at a line end means the word goes on on the next line.
        s = s.replaceAll("\u00AD[ \t]*\n[ \t]*", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u205F' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A')) {
                out.append(' ');
            } else if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\uFFFD'
                    || Character.isISOControl(c)) {
                // dropped: invisible, or noise from a bad conversion
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** NUL bytes or many other control bytes: an image, archive or executable, not text. */
    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 64 * 1024);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                nul++;
            }
        }
        return nul > 0 && nul * 1000 >= n;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 64 * 1024);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return (double) bad / n;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
