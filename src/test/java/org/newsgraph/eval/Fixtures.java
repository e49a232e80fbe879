package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The tiny gold sets and exports under {@code src/test/resources/eval-scorer}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/eval-scorer").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Facts read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval-scorer/" + resource)) {
            return FactsReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Facts.Actor actor(String id, String name, String type, String... aliases) {
        return new Facts.Actor(id, name, type, List.of(aliases));
    }

    static Facts facts(List<Facts.Actor> actors, List<Facts.Meeting> meetings, List<Facts.Criticism> criticisms,
                       List<Facts.Statement> statements, List<Facts.Role> roles) {
        return new Facts(List.of(), actors, meetings, criticisms, statements, roles);
    }

    static Facts actorsOnly(Facts.Actor... actors) {
        return facts(List.of(actors), List.of(), List.of(), List.of(), List.of());
    }
}
