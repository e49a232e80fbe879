package org.newsgraph.eval;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The report for tools: the same content as {@link ReportPrinter}, as one JSON document. */
public final class ReportJson {

    private ReportJson() {
    }

    /** @param violations the floors not reached, empty when none were checked */
    public static String write(Report report, List<Floors.Violation> violations) {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sets = root.putArray("sets");
        for (SetResult s : report.sets()) {
            ObjectNode set = sets.addObject();
            set.put("id", s.id());
            ObjectNode scores = set.putObject("scores");
            ObjectNode misses = set.putObject("misses");
            ObjectNode falseFacts = set.putObject("falseFacts");
            for (CategoryResult c : s.categories()) {
                score(scores.putObject(c.category().key()), c.score());
                facts(misses.putArray(c.category().key()), c.misses());
                facts(falseFacts.putArray(c.category().key()), c.falseFacts());
            }
            ArrayNode mismatches = set.putArray("typeMismatches");
            for (TypeMismatch t : s.typeMismatches()) {
                mismatches.addObject().put("gold", t.goldName()).put("goldType", t.goldType())
                        .put("system", t.systemName()).put("systemType", t.systemType());
            }
        }
        ObjectNode micro = root.putObject("micro");
        for (Map.Entry<Category, Score> e : report.micro().entrySet()) {
            score(micro.putObject(e.getKey().key()), e.getValue());
        }
        ArrayNode skipped = root.putArray("skipped");
        report.skipped().forEach(s -> skipped.addObject().put("id", s.id()).put("reason", s.reason()));
        ArrayNode below = root.putArray("floorViolations");
        violations.forEach(v -> below.addObject().put("floor", v.floor().key()).put("value", v.floor().value())
                .put("measured", v.measured()));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void score(ObjectNode node, Score s) {
        node.put("tp", s.tp()).put("fp", s.fp()).put("fn", s.fn())
                .put("precision", s.precision()).put("recall", s.recall()).put("f1", s.f1());
    }

    private static void facts(ArrayNode array, List<Fact> facts) {
        for (Fact f : facts) {
            array.addObject().put("fact", f.text()).put("article", f.article()).put("sentence", f.sentence());
        }
    }
}
