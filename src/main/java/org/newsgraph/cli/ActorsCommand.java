package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.graph.Curation;
import org.newsgraph.query.ActorMatch;
import org.newsgraph.query.GraphQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reporters correcting who is who: list, explain, merge, split and rename actors. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List actors and correct them: merge two that are one, split one that is two, rename.",
        subcommands = {ActorsCommand.ListActors.class, ActorsCommand.Show.class, ActorsCommand.Merge.class,
                ActorsCommand.Split.class, ActorsCommand.Rename.class})
final class ActorsCommand {

    /** An actor named on the command line: its id, or a name that means exactly one actor. */
    static String actorId(NewsGraph graph, String nameOrId) {
        List<ActorMatch> found = new GraphQueries(graph.driver()).resolve(nameOrId);
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no actor is called \"" + nameOrId + "\"; try: newsgraph actors list " + nameOrId);
        }
        StringBuilder message = new StringBuilder("\"" + nameOrId + "\" could mean several actors; give an id:");
        found.forEach(m -> message.append("\n  ").append(m.id()).append("  ").append(m.name()).append(" (").append(m.type()).append(")"));
        throw new IllegalArgumentException(message.toString());
    }

    static void print(PrintStream out, Curation.Actor a) {
        out.printf("%s  %s (%s)%n", a.id(), a.name(), a.type());
        if (!a.aliases().isEmpty()) {
            out.println("    also: " + String.join(", ", a.aliases()));
        }
    }

    /** Runs a curation step with errors as messages, not stack traces. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (NewsGraph graph = store.open()) {
                return run(graph, System.out);
            } catch (IllegalArgumentException e) {
                System.err.println("actors: " + e.getMessage());
                return 2;
            }
        }

        abstract int run(NewsGraph graph, PrintStream out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Actors matching a name, or with --candidates the pairs that may be one actor.")
    static final class ListActors extends Step {
        @Option(names = "--candidates", description = "Pairs that resolution thought might be one actor, for you to decide.")
        boolean candidates;

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "A name or part of one.")
        String query;

        @Override
        int run(NewsGraph graph, PrintStream out) {
            if (candidates) {
                List<Curation.Candidate> pairs = graph.curation().candidates();
                if (pairs.isEmpty()) {
                    out.println("No uncertain pairs.");
                }
                for (Curation.Candidate c : pairs.subList(0, Math.min(limit, pairs.size()))) {
                    out.printf("%.2f  %s (%s)  ~  %s (%s)%n      %s%n      merge with: newsgraph actors merge %s %s%n",
                            c.score(), c.actor().name(), c.actor().id(), c.other().name(), c.other().id(), c.reason(),
                            c.other().id(), c.actor().id());
                }
                return 0;
            }
            if (query == null) {
                throw new IllegalArgumentException("give a name to look for, or --candidates");
            }
            List<ActorMatch> found = new GraphQueries(graph.driver()).actors(query, limit);
            for (ActorMatch m : found) {
                out.printf("%-22s %-13s %-40s %4d mentions%s%n", m.id(), m.type(), m.name(), m.mentions(),
                        m.aliases().isEmpty() ? "" : "  (also " + String.join(", ", m.aliases()) + ")");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Why an actor is what it is: the names that lead to it and the rule for each, its articles, decisions.")
    static final class Show extends Step {
        @Parameters(index = "0", paramLabel = "ACTOR", description = "Id or name.")
        String actor;

        @Override
        int run(NewsGraph graph, PrintStream out) {
            Curation.Explanation e = graph.curation().explain(actorId(graph, actor));
            print(out, e.actor());
            out.println("  names that lead here:");
            e.aliases().forEach(a -> out.printf("    %-40s %s%n", a.name(), a.rule()));
            out.println("  mentioned in:");
            e.articles().forEach(m -> out.printf("    %-22s %-28s %3d× %s%n", m.article(),
                    m.outlet() == null ? "(outlet unknown)" : m.outlet(), m.count(), m.title() == null ? "" : m.title()));
            if (!e.decisions().isEmpty()) {
                out.println("  decisions:");
                e.decisions().forEach(d -> out.printf("    %s  %s: %s%n", d.at(), d.kind(), d.detail()));
            }
            if (!e.candidates().isEmpty()) {
                out.println("  may be the same as:");
                e.candidates().forEach(c -> out.printf("    %.2f  %s (%s): %s%n", c.score(), c.other().name(), c.other().id(), c.reason()));
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge B into A: B's names, facts and mentions become A's, and articles read later follow.")
    static final class Merge extends Step {
        @Parameters(index = "0", paramLabel = "A", description = "The actor to keep (id or name).")
        String keep;

        @Parameters(index = "1", paramLabel = "B", description = "The actor to fold into A (id or name).")
        String other;

        @Override
        int run(NewsGraph graph, PrintStream out) {
            Curation.Actor merged = graph.curation().merge(actorId(graph, keep), actorId(graph, other));
            out.print("Merged. ");
            print(out, merged);
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Move names off an actor into a new one, with the facts whose sentences use only those names.")
    static final class Split extends Step {
        @Parameters(index = "0", paramLabel = "A", description = "The actor that is really two (id or name).")
        String actor;

        @Parameters(index = "1..*", paramLabel = "NAME", arity = "0..*",
                description = "The names that belong to the other actor. Without them, A's names are listed.")
        List<String> names = List.of();

        @Override
        int run(NewsGraph graph, PrintStream out) {
            String id = actorId(graph, actor);
            if (names.isEmpty()) {
                Curation.Explanation e = graph.curation().explain(id);
                out.println("Say which names belong to the other actor, e.g.: newsgraph actors split " + id + " \"NAME\"");
                print(out, e.actor());
                return 2;
            }
            Curation.Actor created = graph.curation().split(id, names);
            out.print("Split off. ");
            print(out, created);
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Give an actor a new display name; the old name stays an alias.")
    static final class Rename extends Step {
        @Parameters(index = "0", paramLabel = "A", description = "Id or name.")
        String actor;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new name.")
        String name;

        @Override
        int run(NewsGraph graph, PrintStream out) {
            Curation.Actor renamed = graph.curation().rename(actorId(graph, actor), name);
            out.print("Renamed. ");
            print(out, renamed);
            return 0;
        }
    }
}
