package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Every file in {@code cypher/queries} and {@code cypher/export} is what Browser users paste: it says what it
 * answers, declares each parameter it uses with an example ({@code // :param name => value}), and with those
 * examples it parses and plans.
 */
@ExtendWith(FixtureGraph.class)
class CypherFilesTest {

    private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => (.+)$", Pattern.MULTILINE);
    private static final Pattern USED = Pattern.compile("\\$(\\w+)");

    static Stream<Path> files() throws IOException {
        return Stream.of(Path.of("cypher/queries"), Path.of("cypher/export"))
                .flatMap(dir -> {
                    try {
                        return Files.list(dir).filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("files")
    void isDocumentedAndPlans(Path file, Driver driver) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("starts with a comment saying what it answers").startsWith("// ");

        Map<String, String> examples = new HashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            examples.put(m.group(1), m.group(2).strip());
        }
        String code = text.lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
        Set<String> used = new TreeSet<>();
        Matcher u = USED.matcher(code);
        while (u.find()) {
            used.add(u.group(1));
        }
        assertThat(examples.keySet()).as("parameters with examples").isEqualTo(used);

        try (Session session = driver.session()) {
            Map<String, Object> params = new HashMap<>();
            // Browser evaluates the right-hand side of ":param name => value" as Cypher; so do we.
            examples.forEach((name, value) ->
                    params.put(name, session.run("RETURN " + value + " AS value").single().get("value").asObject()));
            session.run("EXPLAIN " + text, params).consume();
        }
    }
}
