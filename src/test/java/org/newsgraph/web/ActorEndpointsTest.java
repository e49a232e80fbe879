package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServedGraph.class)
class ActorEndpointsTest {

    private final Api api;

    ActorEndpointsTest(Api api) {
        this.api = api;
    }

    @Test
    void findsAnActorByAliasWithItsMentions() {
        Api.Response r = api.get("/api/actors", "q", "Hovland");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<String>json("$[0].id")).isEqualTo("per-hovland");
        assertThat(r.<String>json("$[0].name")).isEqualTo("Astrid Hovland");
        assertThat(r.<String>json("$[0].match")).isEqualTo("ALIAS");
        assertThat(r.<Integer>json("$[0].mentions")).isEqualTo(5);
    }

    @Test
    void findsByAnyWordOfANameThroughTheFullTextIndex() {
        Api.Response r = api.get("/api/actors", "q", "pelagic");

        assertThat(r.<List<String>>json("$[*].id")).containsExactly("org-spa");
        assertThat(r.<String>json("$[0].match")).isEqualTo("FULLTEXT");
    }

    @Test
    void profileByIdWithCountsRolesAndPossibleDuplicates() {
        Api.Response r = api.get("/api/actors/per-hovland");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<String>json("$.name")).isEqualTo("Astrid Hovland");
        assertThat(r.<String>json("$.type")).isEqualTo("PERSON");
        assertThat(r.<List<String>>json("$.aliases")).containsExactly("Hovland");
        assertThat(r.<Integer>json("$.mentions")).isEqualTo(5);
        assertThat(r.<Integer>json("$.articles")).isEqualTo(2);
        assertThat(r.<Integer>json("$.meetings")).isEqualTo(2);
        assertThat(r.<Integer>json("$.statementsAbout")).isEqualTo(1);
        assertThat(r.<Integer>json("$.criticized")).isEqualTo(1);
        assertThat(r.<List<String>>json("$.roles[*].title")).containsExactly("fisheries minister");
        assertThat(r.<String>json("$.roles[0].organization.name")).isEqualTo("Norway");
        assertThat(r.<List<String>>json("$.possiblySameAs[*].actor.id")).containsExactly("per-lennie");
        // A meeting and a statement with Thorsson; one event with each of the others.
        assertThat(r.<List<String>>json("$.counterparts[*].actor.name"))
                .containsExactly("Gunnar Thorsson", "Morag Lennie", "Norway", "Pieter Vandermeer");
        assertThat(r.<List<Integer>>json("$.counterparts[*].events")).containsExactly(2, 1, 1, 1);
        assertThat(r.<List<String>>json("$.counterparts[0].kinds")).containsExactly("MEETING", "STATEMENT");
    }

    @Test
    void profileByName() {
        String name = URLEncoder.encode("Morag Lennie", StandardCharsets.UTF_8).replace("+", "%20");
        Api.Response r = api.get("/api/actors/" + name);

        assertThat(r.<String>json("$.id")).isEqualTo("per-lennie");
        assertThat(r.<Integer>json("$.criticisms")).isEqualTo(2);
    }

    @Test
    void profileOfNobodyIsNotFound() {
        Api.Response r = api.get("/api/actors/per-nobody");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.<String>json("$.detail")).isEqualTo("no actor matches 'per-nobody'");
    }
}
