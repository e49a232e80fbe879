package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteCypherTest {

    @Test
    void theArticleStatementRefreshesDerivedPropertiesAsDerivedDoes() {
        // One statement writes an article and refreshes what it touched, with the text curation and backfill use.
        assertThat(WriteCypher.WRITE_ARTICLE).endsWith(Derived.REFRESH);
    }
}
