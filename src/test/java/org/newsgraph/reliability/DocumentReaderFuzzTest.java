package org.newsgraph.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.source.Document;
import org.newsgraph.source.DocumentReader;
import org.newsgraph.source.SourceException;

/**
 * Whatever the bytes, {@link DocumentReader#read(String, byte[], String)} gives a {@link Document} with text or a
 * {@link SourceException} that names the input: any other exception or error is a finding.
 *
 * <p>In a normal build Jazzer runs these in regression mode: each method replays the inputs in
 * {@code src/test/resources/org/newsgraph/reliability/DocumentReaderFuzzTestInputs/<method>/} (seeds of our own and
 * any findings saved there) and takes a few seconds. To fuzz one type for real, for {@code maxDuration}:
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest='DocumentReaderFuzzTest#html'</pre>
 * (one method per run; docs/reliability.md has the details).
 */
class DocumentReaderFuzzTest {

    private static final DocumentReader READER = new DocumentReader();

    /**
     * Replaying the inputs checks our own property (a Document or a SourceException) and needs none of Jazzer's
     * sanitizer hooks, whose installation took the agent two minutes here; fuzzing keeps them. Runs before Jazzer
     * reads its options, which it does when the first fuzz test's inputs are provided. Set JAZZER_HOOKS=true to
     * replay with them.
     */
    @BeforeAll
    static void noHooksWhenOnlyReplaying() {
        boolean fuzzing = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isBlank();
        if (!fuzzing && System.getenv("JAZZER_HOOKS") == null && System.getProperty("jazzer.hooks") == null) {
            System.setProperty("jazzer.hooks", "false");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void text(byte[] input) {
        check("fuzz.txt", input, "text/plain");
    }

    @FuzzTest(maxDuration = "30s")
    void markdown(byte[] input) {
        check("fuzz.md", input, "text/markdown");
    }

    @FuzzTest(maxDuration = "30s")
    void html(byte[] input) {
        check("fuzz.html", input, "text/html; charset=utf-8");
    }

    @FuzzTest(maxDuration = "30s")
    void pdf(byte[] input) {
        check("fuzz.pdf", input, "application/pdf");
    }

    /** No type and no extension: the reader sniffs the content. */
    @FuzzTest(maxDuration = "30s")
    void sniffed(byte[] input) {
        check("fuzz", input, null);
    }

    private static void check(String name, byte[] input, String type) {
        try {
            Document d = READER.read(name, input, type);
            if (d == null || d.text() == null || d.text().isBlank() || d.language() == null) {
                throw new AssertionError("a document without text or language: " + d);
            }
        } catch (SourceException e) {
            if (!e.getMessage().startsWith(name + ": ") || e.getMessage().length() <= name.length() + 2) {
                throw new AssertionError("the reason does not name the input: " + e.getMessage());
            }
        }
    }
}
