package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.source.Document;

/**
 * Runs the real pipeline and extractor over a text written for a test, and shows the facts in a form a test can
 * compare whole: actors by name, meetings as sorted participants with their status, criticism as
 * "critic -> target". One CoreNLP pipeline serves every test class in the JVM (its models take half a minute).
 * All names and sentences in these tests are invented.
 */
final class Read {

    /** The publication date of every test article: a Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static NlpPipeline pipeline;

    private Read() {
    }

    private static synchronized NlpPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new NlpPipeline(new NlpSettings(1, NlpSettings.defaults().maxSentenceTokens()));
        }
        return pipeline;
    }

    /** The facts of one article; paragraphs are separated by blank lines. */
    static Facts article(String text) {
        Document d = new Document("test.txt", null, null, PUBLISHED, List.of(), null, text, "en", List.of());
        return new Facts(new Extractor().extract(pipeline().annotate(d)));
    }

    /** Extracted facts with actor ids replaced by names. */
    static final class Facts {
        final ArticleFacts raw;
        private final Map<String, ActorRef> actors = new HashMap<>();

        Facts(ArticleFacts raw) {
            this.raw = raw;
            raw.actors().forEach(a -> actors.put(a.localId(), a));
        }

        String name(String id) {
            return actors.get(id).name();
        }

        ActorType type(String id) {
            return actors.get(id).type();
        }

        /** "A + B (HELD)", participants sorted by name. */
        List<String> meetings() {
            return raw.meetings().stream()
                    .map(m -> String.join(" + ", m.participants().stream().map(this::name).sorted().toList())
                            + " (" + m.status() + ")")
                    .distinct().toList();
        }

        /** "critic -> target (KIND)". */
        List<String> criticisms() {
            return raw.criticisms().stream()
                    .map(c -> name(c.critic()) + " -> " + name(c.target()) + " (" + c.kind() + ")")
                    .distinct().toList();
        }

        /** "speaker: text". */
        List<String> statements() {
            return raw.statements().stream().map(s -> name(s.speaker()) + ": " + s.text()).toList();
        }

        /** "person: title". */
        List<String> roles() {
            return raw.roles().stream().map(r -> name(r.person()) + ": " + r.title()).distinct().toList();
        }

        /** "name (TYPE)" of every actor the article keeps. */
        List<String> actors() {
            return raw.actors().stream().map(a -> a.name() + " (" + a.type() + ")").toList();
        }

        ActorRef actor(String name) {
            return raw.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors()));
        }
    }
}
