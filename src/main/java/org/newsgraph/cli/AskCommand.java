package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.NewsGraph;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.query.ActorMatch;
import org.newsgraph.query.ActorProfile;
import org.newsgraph.query.ActorRef;
import org.newsgraph.query.Conflict;
import org.newsgraph.query.Connection;
import org.newsgraph.query.CriticismRow;
import org.newsgraph.query.FactSources;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.Json;
import org.newsgraph.query.MeetingFilter;
import org.newsgraph.query.MeetingRow;
import org.newsgraph.query.Network;
import org.newsgraph.query.Reported;
import org.newsgraph.query.RoleRow;
import org.newsgraph.query.Source;
import org.newsgraph.query.StatementRow;
import org.newsgraph.query.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask the graph a question. Answers name the outlets that report each fact and cite their sentences.",
        subcommands = {AskCommand.WhoMet.class, AskCommand.WhoCriticized.class, AskCommand.Said.class,
                AskCommand.Roles.class, AskCommand.Connect.class, AskCommand.Timeline.class, AskCommand.Profile.class,
                AskCommand.Conflicts.class, AskCommand.Sources.class, AskCommand.NetworkQuestion.class,
                AskCommand.Actors.class})
final class AskCommand {

    /** Opens the store, asks, and prints the answer as a table (the default), JSON or CSV. */
    abstract static class Question<T> implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--json", description = "Print a JSON array of the answer's records.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV, one line per table row.")
        boolean csv;

        abstract List<T> answer(GraphQueries queries);

        abstract Table table(List<T> answer);

        /** The names the question is about, to tell the user what each one was taken to mean. */
        List<String> askedAbout() {
            return List.of();
        }

        @Override
        public Integer call() {
            PrintStream out = System.out;
            PrintStream err = System.err;
            if (json && csv) {
                err.println("Choose one of --json and --csv.");
                return 2;
            }
            // Opening a missing embedded store would create an empty one and answer nothing.
            if (store.uri == null && !Files.isDirectory(store.db)) {
                err.println("No graph at " + store.describe() + ": ingest articles first, or give --db or --uri.");
                return 1;
            }
            try (NewsGraph graph = store.open()) {
                GraphQueries queries = new GraphQueries(graph.driver());
                askedAbout().stream().filter(n -> n != null && !n.isBlank())
                        .forEach(name -> explain(err, name, queries.resolve(name)));
                List<T> answer;
                try {
                    answer = answer(queries);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 2;
                }
                if (json) {
                    Json.write(answer, out);
                } else if (csv) {
                    table(answer).printCsv(out);
                } else {
                    table(answer).print(out);
                }
                return 0;
            }
        }

        private static void explain(PrintStream err, String name, List<ActorMatch> matches) {
            if (matches.isEmpty()) {
                err.println("No actor matches \"" + name + "\".");
            } else if (matches.size() > 1 || !matches.get(0).name().equalsIgnoreCase(name)) {
                err.println("\"" + name + "\" is taken to mean: " + matches.stream()
                        .map(m -> m.name() + " (" + m.id() + ")").collect(Collectors.joining(", ")));
            }
        }
    }

    @Command(name = "who-met", mixinStandardHelpOptions = true,
            description = "Meetings of an actor, or all meetings: who took part, when, where, and who reports it.")
    static final class WhoMet extends Question<MeetingRow> {

        @Parameters(arity = "0..1", paramLabel = "NAME", description = "An actor's name, alias or id; all meetings if none.")
        String name;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only meetings on or after this date.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only meetings on or before this date.")
        LocalDate to;

        @Option(names = "--place", paramLabel = "PLACE",
                description = "Only meetings held there, or placed there by one of their sources.")
        String place;

        @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "0",
                description = "Only meetings reported by at least N independent outlets, copies not counted "
                        + "(default: ${DEFAULT-VALUE}, every meeting).")
        int minOutlets;

        @Override
        List<String> askedAbout() {
            return Arrays.asList(name, place);
        }

        @Override
        List<MeetingRow> answer(GraphQueries queries) {
            return queries.meetings(new MeetingFilter(name, from, to, place, minOutlets));
        }

        @Override
        Table table(List<MeetingRow> rows) {
            Table t = new Table("DATE", "PARTICIPANTS", "PLACE", "STATUS", "DISPUTED", "OUTLETS", "CORROBORATION");
            for (MeetingRow m : rows) {
                t.row(m, m.date(), names(m.participants()), name(m.place()), m.status(), m.disputed() ? "yes" : "",
                        outlets(m), Integer.toString(m.corroboration()));
            }
            return t;
        }
    }

    @Command(name = "who-criticized", mixinStandardHelpOptions = true,
            description = "Criticisms (criticize, accuse, reject, denounce, demand) by an actor, or by anyone.")
    static final class WhoCriticized extends Question<CriticismRow> {

        @Parameters(arity = "0..1", paramLabel = "NAME", description = "The critic; anyone if none.")
        String critic;

        @Option(names = "--target", paramLabel = "NAME", description = "Only criticisms of this actor.")
        String target;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Only criticisms of this kind: ${COMPLETION-CANDIDATES}.")
        CriticismKind kind;

        @Override
        List<String> askedAbout() {
            return Arrays.asList(critic, target);
        }

        @Override
        List<CriticismRow> answer(GraphQueries queries) {
            return queries.whoCriticized(critic, target, kind);
        }

        @Override
        Table table(List<CriticismRow> rows) {
            Table t = new Table("DATE", "CRITIC", "KIND", "TARGET", "QUOTE", "OUTLETS", "CORROBORATION");
            for (CriticismRow c : rows) {
                t.row(c, c.date(), name(c.critic()), c.kind(), name(c.target()), c.quote(), outlets(c),
                        Integer.toString(c.corroboration()));
            }
            return t;
        }
    }

    @Command(name = "said", mixinStandardHelpOptions = true,
            description = "What an actor said, about anyone or about one actor; or who said certain words.")
    static final class Said extends Question<StatementRow> {

        @Parameters(arity = "0..1", paramLabel = "NAME", description = "The speaker; anyone if none.")
        String speaker;

        @Option(names = "--about", paramLabel = "NAME", description = "Only statements about this actor.")
        String about;

        @Option(names = "--containing", paramLabel = "WORDS",
                description = "Only statements containing all these words (full-text search, any case).")
        String containing;

        @Override
        List<String> askedAbout() {
            return Arrays.asList(speaker, about);
        }

        @Override
        List<StatementRow> answer(GraphQueries queries) {
            return queries.statements(speaker, about, containing);
        }

        @Override
        Table table(List<StatementRow> rows) {
            Table t = new Table("DATE", "SPEAKER", "WORDS", "ABOUT", "OUTLETS", "CORROBORATION");
            for (StatementRow s : rows) {
                t.row(s, s.date(), name(s.speaker()), s.direct() ? "\"" + s.text() + "\"" : s.text(), names(s.about()),
                        outlets(s), Integer.toString(s.corroboration()));
            }
            return t;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "The titles a person holds, and where.")
    static final class Roles extends Question<RoleRow> {

        @Parameters(paramLabel = "NAME", description = "The person.")
        String person;

        @Override
        List<String> askedAbout() {
            return List.of(person);
        }

        @Override
        List<RoleRow> answer(GraphQueries queries) {
            return queries.roles(person);
        }

        @Override
        Table table(List<RoleRow> rows) {
            Table t = new Table("PERSON", "TITLE", "ORGANIZATION", "OUTLETS", "CORROBORATION");
            for (RoleRow r : rows) {
                t.row(r, name(r.person()), r.title(), name(r.organization()), outlets(r),
                        Integer.toString(r.corroboration()));
            }
            return t;
        }
    }

    @Command(name = "connection", mixinStandardHelpOptions = true,
            description = "How two actors are connected: the shortest chains of events between them, not through countries.")
    static final class Connect extends Question<Connection> {

        @Parameters(index = "0", paramLabel = "A", description = "One actor.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
        String b;

        @Option(names = "--max-hops", paramLabel = "N", defaultValue = "4",
                description = "At most this many events in a chain, 1 to " + GraphQueries.MAX_HOPS + " (default: ${DEFAULT-VALUE}).")
        int maxHops;

        @Override
        List<String> askedAbout() {
            return List.of(a, b);
        }

        @Override
        List<Connection> answer(GraphQueries queries) {
            return queries.connection(a, b, maxHops);
        }

        @Override
        Table table(List<Connection> paths) {
            Table t = new Table("CHAIN", "FROM", "HOW", "TO", "DATE", "OUTLETS", "CORROBORATION");
            for (int i = 0; i < paths.size(); i++) {
                for (Connection.Step s : paths.get(i).steps()) {
                    t.row(s, Integer.toString(i + 1), name(s.from()), s.describe(), name(s.to()), s.date(), outlets(s),
                            Integer.toString(s.corroboration()));
                }
            }
            return t;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "An actor's meetings, criticisms and statements, made and received, by date.")
    static final class Timeline extends Question<TimelineEntry> {

        @Parameters(paramLabel = "NAME", description = "The actor.")
        String actor;

        @Override
        List<String> askedAbout() {
            return List.of(actor);
        }

        @Override
        List<TimelineEntry> answer(GraphQueries queries) {
            return queries.timeline(actor);
        }

        @Override
        Table table(List<TimelineEntry> rows) {
            Table t = new Table("DATE", "EVENT", "PART", "WITH", "DETAIL", "OUTLETS", "CORROBORATION");
            for (TimelineEntry e : rows) {
                t.row(e, e.date(), e.kind(), e.relation(), names(e.others()), e.detail(), outlets(e),
                        Integer.toString(e.corroboration()));
            }
            return t;
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "What the graph knows about an actor: names, type, mentions, events, roles, counterparts.")
    static final class Profile extends Question<ActorProfile> {

        @Parameters(paramLabel = "NAME", description = "The actor.")
        String actor;

        @Override
        List<String> askedAbout() {
            return List.of(actor);
        }

        @Override
        List<ActorProfile> answer(GraphQueries queries) {
            return queries.profile(actor).stream().toList();
        }

        @Override
        Table table(List<ActorProfile> profiles) {
            Table t = new Table("FIELD", "VALUE");
            for (ActorProfile p : profiles) {
                t.row(null, "id", p.id());
                t.row(null, "name", p.name());
                t.row(null, "type", p.type() + (p.hub() ? " (hub)" : ""));
                t.row(null, "aliases", String.join(", ", p.aliases()));
                t.row(null, "mentions", p.mentions() + " in " + p.articles() + " articles");
                t.row(null, "meetings", Long.toString(p.meetings()));
                t.row(null, "statements", p.statements() + " made, " + p.statementsAbout() + " about");
                t.row(null, "criticisms", p.criticisms() + " made, " + p.criticized() + " received");
                for (ActorProfile.Role r : p.roles()) {
                    t.row(null, "role", r.title() + (r.organization() == null ? "" : ", " + r.organization().name()));
                }
                for (ActorProfile.Counterpart c : p.counterparts()) {
                    String events = c.events() + (c.events() == 1 ? " event" : " events");
                    t.row(null, "counterpart", c.actor().name() + ": " + events + " ("
                            + String.join(", ", c.kinds()).toLowerCase(Locale.ROOT) + ")");
                }
                for (ActorProfile.Similar s : p.possiblySameAs()) {
                    t.row(null, "possibly same as", s.actor().name() + " (" + s.actor().id() + "): " + s.reason());
                }
            }
            return t;
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true,
            description = "Meetings whose sources contradict each other on the date or the place, with who claims what.")
    static final class Conflicts extends Question<Conflict> {

        @Override
        List<Conflict> answer(GraphQueries queries) {
            return queries.conflicts();
        }

        @Override
        Table table(List<Conflict> conflicts) {
            Table t = new Table("FACT", "DATE", "ON", "CLAIM", "CHOSEN", "OUTLETS", "CORROBORATION");
            for (Conflict c : conflicts) {
                boolean first = true;
                // A meeting is shown by its participants, a number by what it is about.
                String fact = c.subject() != null ? name(c.subject()) : "meeting of " + names(c.participants());
                for (Conflict.Claim claim : c.claims()) {
                    t.row(claim, first ? fact : "", first ? c.date() : "", c.attribute(),
                            claim.label(), claim.value().equals(c.chosen()) ? "yes" : "",
                            String.join(", ", claim.outlets()), Integer.toString(claim.corroboration()));
                    first = false;
                }
            }
            return t;
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = "Where a fact comes from: the articles behind a meeting, statement, criticism, role or "
                    + "claim, and the sentences in each that report it.")
    static final class Sources extends Question<FactSources> {

        @Parameters(paramLabel = "ID", description = "The fact's id, as any answer gives it (--json shows ids).")
        String id;

        @Override
        List<FactSources> answer(GraphQueries queries) {
            return queries.sources(id).stream().toList();
        }

        @Override
        Table table(List<FactSources> facts) {
            Table t = new Table("FACT", "OUTLET", "PUBLISHED", "TITLE", "URL", "CORROBORATION");
            for (FactSources f : facts) {
                String fact = f.kind() + (f.date() == null ? "" : " " + f.date()) + ": " + f.detail()
                        + (f.actors().isEmpty() ? "" : " (" + names(f.actors()) + ")");
                boolean first = true;
                for (FactSources.Article a : f.articles()) {
                    List<Source> cited = a.sentences().stream().map(s -> new Source(a.id(), a.outlet(), a.published(),
                            a.title(), s.text(), a.duplicateOf())).toList();
                    t.row(new Cited(cited), first ? fact : "", a.outlet() == null ? a.id() : a.outlet(),
                            a.published(), a.title(), a.url(), first ? Integer.toString(f.corroboration()) : "");
                    first = false;
                }
                if (first) {
                    t.row(null, fact, "", "", "", "", "0");
                }
            }
            return t;
        }

        /** One article's sentences, to cite under its row. */
        private record Cited(List<Source> sources) implements Reported {
            @Override
            public int corroboration() {
                return 0;
            }
        }
    }

    @Command(name = "network", mixinStandardHelpOptions = true,
            description = "Who is linked to whom through events, and who is central: each actor's rank by weighted "
                    + "degree, degree, and the actors it shares most events with. --json gives nodes and links.")
    static final class NetworkQuestion extends Question<Network> {

        private static final int SHOWN_LINKS = 5;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this date.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this date.")
        LocalDate to;

        @Option(names = "--hubs", description = "Keep countries and other hub actors, which link nearly everyone.")
        boolean hubs;

        @Override
        List<Network> answer(GraphQueries queries) {
            return List.of(queries.network(from, to, hubs));
        }

        @Override
        Table table(List<Network> answer) {
            Table t = new Table("RANK", "ACTOR", "TYPE", "DEGREE", "WEIGHT", "LINKED TO (EVENTS)");
            for (Network network : answer) {
                for (Network.Node n : network.nodes()) {
                    List<String> linked = network.links().stream()
                            .filter(l -> l.from().id().equals(n.id()) || l.to().id().equals(n.id()))
                            .limit(SHOWN_LINKS)
                            .map(l -> (l.from().id().equals(n.id()) ? l.to() : l.from()).name()
                                    + " (" + l.events() + ")")
                            .toList();
                    t.row(null, Integer.toString(n.rank()), n.name(), n.type() + (n.hub() ? " (hub)" : ""),
                            Integer.toString(n.degree()), Integer.toString(n.weight()), String.join(", ", linked));
                }
            }
            return t;
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Find actors by id, name or alias, then by the words of their names.")
    static final class Actors extends Question<ActorMatch> {

        @Parameters(paramLabel = "QUERY", description = "A name, part of a name, or an id.")
        String query;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        List<ActorMatch> answer(GraphQueries queries) {
            return queries.actors(query, limit);
        }

        @Override
        Table table(List<ActorMatch> rows) {
            Table t = new Table("ID", "NAME", "TYPE", "ALIASES", "MENTIONS", "MATCH");
            for (ActorMatch m : rows) {
                t.row(null, m.id(), m.name(), m.type() + (m.hub() ? " (hub)" : ""), String.join(", ", m.aliases()),
                        Long.toString(m.mentions()), m.match().name().toLowerCase(Locale.ROOT));
            }
            return t;
        }
    }

    private static String name(ActorRef actor) {
        return actor == null ? null : actor.name();
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining(", "));
    }

    private static String outlets(Reported fact) {
        return String.join(", ", fact.outlets());
    }

    /** Rows with aligned columns, each followed by the sentences that report it. */
    static final class Table {

        private static final int MAX_CELL = 50;
        private static final int MAX_SENTENCE = 110;

        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<List<Source>> cited = new ArrayList<>();

        Table(String... headers) {
            this.headers = List.of(headers);
        }

        /** A row; {@code fact} gives the sentences to cite under it, or is null. */
        void row(Reported fact, String... cells) {
            rows.add(Arrays.asList(cells));
            cited.add(fact == null ? List.of() : fact.sources());
        }

        void print(PrintStream out) {
            if (rows.isEmpty()) {
                out.println("Nothing found.");
                return;
            }
            int[] widths = new int[headers.size()];
            for (int i = 0; i < widths.length; i++) {
                int col = i;
                widths[i] = Stream.concat(Stream.of(headers.get(i)), rows.stream().map(r -> cell(r.get(col))))
                        .mapToInt(String::length).max().orElse(0);
            }
            out.println(line(headers, widths));
            for (int r = 0; r < rows.size(); r++) {
                out.println(line(rows.get(r), widths));
                for (Source s : cited.get(r)) {
                    out.println("    " + citation(s));
                }
            }
        }

        void printCsv(PrintStream out) {
            List<String> header = new ArrayList<>(headers);
            header.add("SOURCES");
            out.println(header.stream().map(Table::csv).collect(Collectors.joining(",")));
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = new ArrayList<>(rows.get(r));
                cells.add(cited.get(r).stream().map(Table::fullCitation).collect(Collectors.joining(" | ")));
                out.println(cells.stream().map(Table::csv).collect(Collectors.joining(",")));
            }
        }

        private static String line(List<String> cells, int[] widths) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String c = cell(cells.get(i));
                b.append(c);
                if (i < cells.size() - 1) {
                    b.append(" ".repeat(widths[i] - c.length() + 2));
                }
            }
            return b.toString().stripTrailing();
        }

        private static String cell(String value) {
            return value == null || value.isEmpty() ? "-" : shorten(value, MAX_CELL);
        }

        private static String citation(Source s) {
            return origin(s) + ": \"" + shorten(s.sentence(), MAX_SENTENCE) + "\"";
        }

        private static String fullCitation(Source s) {
            return origin(s) + ": " + s.sentence();
        }

        /** Outlet and date; a copy of another article says so, since it adds no corroboration. */
        private static String origin(Source s) {
            String outlet = s.outlet() == null ? s.article() : s.outlet();
            return outlet + (s.published() == null ? "" : " " + s.published()) + (s.duplicateOf() == null ? "" : " (copy)");
        }

        private static String shorten(String text, int max) {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
        }

        private static String csv(String value) {
            if (value == null) {
                return "";
            }
            return value.contains(",") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }
}
