package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraph;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.nlp.NlpSettings;

/**
 * Neo4j Browser as a person uses it, driven by {@code browser-tests/browser-ui.mjs} in Debian's Chromium: connect
 * without authentication, see newsgraph's guide open, run a who-met query and see the graph drawn. Skipped where
 * Chromium, Node.js or the script's packages ({@code npm install} in browser-tests/) are missing.
 */
class BrowserUiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCRIPTS = Path.of("browser-tests");
    /** Kept after the run, for a person to look at. */
    private static final Path SCREENSHOT = Path.of("target", "browser-ui.png");
    private static final Path LOG = Path.of("target", "browser-ui.log");

    @Test
    void connectsShowsTheGuideAndDrawsTheGraph() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(onPath("node"), "no node on the PATH");
        assumeTrue(Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")),
                "run npm install in " + SCRIPTS.toAbsolutePath());

        Path dir = Files.createTempDirectory("newsgraph-browser-test");
        int apiPort = freePort();
        // The same start command as `serve`: Browser loads the style and plays the guide from the API.
        String guide = "style http://127.0.0.1:" + apiPort + "/guide/newsgraph.grass;"
                + "play http://127.0.0.1:" + apiPort + "/guide/newsgraph.html";
        try (NewsGraph graph = NewsGraph.openEmbedded(
                new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, true, 0, null, guide), NlpSettings.defaults());
             WebServer web = ServedGraph.serve(graph, apiPort, null)) {
            FixtureGraph.write(graph.driver());
            Files.deleteIfExists(SCREENSHOT);

            Process node = new ProcessBuilder("node", "browser-ui.mjs",
                    graph.httpUri().orElseThrow() + "/browser/", graph.boltUri().orElseThrow().toString(),
                    SCREENSHOT.toAbsolutePath().toString())
                    .directory(SCRIPTS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
            boolean finished = node.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                node.destroyForcibly();
            }
            System.out.print(Files.readString(LOG));

            assertThat(finished).as("the browser test finished within 5 minutes").isTrue();
            assertThat(node.exitValue()).as("browser-ui.mjs exit code (its checks are in " + LOG + ")").isZero();
            assertThat(SCREENSHOT).isNotEmptyFile();
        } finally {
            ServedGraph.deleteTree(dir);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Chosen before the API starts, because Browser's start command must name it. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
