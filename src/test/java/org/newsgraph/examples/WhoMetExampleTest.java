package org.newsgraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example runs as documented and prints real answers from the demo articles. */
class WhoMetExampleTest {

    @TempDir
    Path work;

    @Test
    void printsMeetingsWithSourcesAndAConnection() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WhoMetExample.run(work, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("Read 3 articles.");
        assertThat(out).contains("Who met Astrid Hovland?")
                .containsPattern("Astrid Hovland, Gunnar Thorsson in Reykjavik")
                .contains("Harbour Gazette: Norwegian Fisheries Minister Astrid Hovland met her Icelandic counterpart");
        assertThat(out).contains("How is Pieter Vandermeer connected to Gunnar Thorsson?")
                .containsPattern("Pieter Vandermeer met \\(.*\\) Astrid Hovland")
                .doesNotContain("not within three events");
    }
}
