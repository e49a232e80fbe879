package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageCacheSizeTest {

    @Test
    void theDefaultUnlessAskedOtherwise() {
        assertEquals("256m", EmbeddedNeo4j.pageCacheSize(null, null));
        assertEquals("256m", EmbeddedNeo4j.pageCacheSize(" ", ""));
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        assertEquals("2g", EmbeddedNeo4j.pageCacheSize("2g", "512m"));
        assertEquals("512m", EmbeddedNeo4j.pageCacheSize(null, "512m"));
        assertEquals("1500M", EmbeddedNeo4j.pageCacheSize(" 1500M ", null));
    }

    @Test
    void nonsenseIsRefusedRatherThanPassedToNeo4j() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedNeo4j.pageCacheSize("lots", null));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedNeo4j.pageCacheSize("2g\nother.setting=1", null));
    }
}
