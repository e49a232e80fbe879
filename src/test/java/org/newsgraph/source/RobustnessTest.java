package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: whatever the bytes, reading gives a Document or a SourceException whose message names the input,
 * never an unchecked exception. Random bytes, and valid documents of every format with bytes flipped, cut,
 * duplicated or inserted; seeded, so a failure replays.
 */
class RobustnessTest {

    private static final int CASES_PER_TYPE = 700;
    private static final List<byte[]> SEEDS = new ArrayList<>();

    private final DocumentReader reader = new DocumentReader();

    @BeforeAll
    static void validDocuments() throws IOException {
        for (String name : List.of("web-article.md", "scraped.txt", "page.html", "page-minimal.html",
                "wrapped-article.txt", "header-block.txt")) {
            SEEDS.add(Fixtures.bytes(name));
        }
        SEEDS.add(PdfTest.articlePdf("A title for the robustness cases"));
        SEEDS.add("<html><body><div><p>x</p></div></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"text/plain", "text/markdown", "text/html", "application/pdf", "md"})
    void anyBytesGiveADocumentOrASourceException(String type) {
        Random random = new Random(type == null ? 7 : type.hashCode());
        for (int i = 0; i < CASES_PER_TYPE; i++) {
            byte[] input = i % 3 == 0 ? randomBytes(random) : mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            String name = "case-" + i + (i % 2 == 0 ? ".txt" : ".pdf");
            try {
                Document d = reader.read(name, input, type);
                assertThat(d.text()).isNotBlank();
                assertThat(d.language()).isNotBlank();
            } catch (SourceException e) {
                assertThat(e.getMessage()).startsWith(name + ": ");
            } catch (RuntimeException | StackOverflowError e) {
                fail("case %d of type %s threw %s for input %s", i, type, e, preview(input));
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            // Mostly printable, with a few stray control and high bytes: the hard case for the binary check.
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = random.nextInt(20) == 0 ? bytes[j] : (byte) (32 + random.nextInt(95));
            }
        }
        return bytes;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 16];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    for (int j = 0; j < 16; j++) {
                        longer[at + j] = (byte) random.nextInt(256);
                    }
                    System.arraycopy(bytes, at, longer, at + 16, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    int len = Math.min(64, bytes.length - at);
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + len);
                    System.arraycopy(bytes, at, longer, bytes.length, len);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }

    private static String preview(byte[] input) {
        return HexFormat.of().formatHex(input, 0, Math.min(input.length, 64)) + (input.length > 64 ? "…" : "");
    }
}
