package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WriteCypherTest {

    @Test
    void theArticleStatementRefreshesDerivedPropertiesAsDerivedDoes() {
        // One statement writes an article and refreshes what it touched, with the text curation and backfill use.
        assertThat(WriteCypher.WRITE_ARTICLE).endsWith(Derived.REFRESH);
    }

    @Test
    void statementsWithListsOfVaryingSizeTakeOneMapParameter() {
        // Neo4j caches a plan per size bucket of each list and string parameter; a map's contents are not in the key,
        // so these statements are planned once, not again for each new combination of list sizes.
        for (String statement : new String[] {WriteCypher.WRITE_ARTICLE, WriteCypher.ACTOR_LOOKUP,
                WriteCypher.EVENT_LOOKUP, Derived.REFRESH}) {
            assertThat(parameters(statement)).containsExactly("data");
        }
    }

    private static TreeSet<String> parameters(String statement) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\$(\\w+)").matcher(statement);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
