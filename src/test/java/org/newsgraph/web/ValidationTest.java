package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad parameters are refused with 400 and a message that names the parameter and the rule. */
@ExtendWith(ServedGraph.class)
class ValidationTest {

    private static final String TOO_LONG = "x".repeat(ApiLimits.NAME_LENGTH + 1);

    private final Api api;

    ValidationTest(Api api) {
        this.api = api;
    }

    private static void assertBadRequest(Api.Response r, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.<Integer>json("$.status")).isEqualTo(400);
        assertThat(r.<String>json("$.title")).isEqualTo("Bad Request");
        assertThat(r.<String>json("$.detail")).isEqualTo(message);
    }

    @Test
    void errorsAreProblemDetailsWhateverTheClientAccepts() {
        Api.Response r = api.send(api.request(Api.path("/api/connection", "a", "Hovland", "b", "Thorsson",
                "maxHops", "9")).header("Accept", "application/json").GET());
        assertBadRequest(r, "maxHops: must be less than or equal to 6");
        // No "type": RFC 9457 reads its absence as about:blank, a problem the status code describes.
        assertThat(r.<java.util.Map<String, Object>>json("$")).doesNotContainKeys("type", "error");
        assertThat(r.<String>json("$.instance")).isEqualTo("/api/connection");
    }

    @Test
    void unknownPathsAndMethodsAreProblemDetailsToo() {
        Api.Response missing = api.get("/api/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.<Integer>json("$.status")).isEqualTo(404);

        Api.Response post = api.postJson("/api/meetings", "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Content-Type")).startsWith("application/problem+json");
        assertThat(post.<String>json("$.title")).isEqualTo("Method Not Allowed");
    }

    @Test
    void namesLongerThanTheLimit() {
        assertBadRequest(api.get("/api/meetings", "actor", TOO_LONG), "actor: must be at most 200 characters");
        assertBadRequest(api.get("/api/criticisms", "critic", "Lennie", "target", TOO_LONG),
                "target: must be at most 200 characters");
        assertBadRequest(api.get("/api/statements", "speaker", TOO_LONG, "about", TOO_LONG),
                "about: must be at most 200 characters; speaker: must be at most 200 characters");
        assertBadRequest(api.get("/api/actors/" + TOO_LONG), "id: must be at most 200 characters");
        assertThat(api.get("/api/meetings", "actor", "x".repeat(ApiLimits.NAME_LENGTH)).status()).isEqualTo(200);
    }

    @Test
    void requiredNamesMissingOrBlank() {
        assertBadRequest(api.get("/api/statements"), "give at least one of speaker, about and containing");
        assertBadRequest(api.get("/api/statements", "speaker", " ", "containing", ""),
                "give at least one of speaker, about and containing");
        assertBadRequest(api.get("/api/timeline", "actor", "  "), "actor: must not be blank");
        assertBadRequest(api.get("/api/connection", "a", "Hovland", "b", ""), "b: must not be blank");
    }

    @Test
    void limitsOutOfRange() {
        assertBadRequest(api.get("/api/actors", "q", "Hovland", "limit", "0"), "limit: must be greater than or equal to 1");
        assertBadRequest(api.get("/api/actors", "q", "Hovland", "limit", "101"),
                "limit: must be less than or equal to 100");
        assertBadRequest(api.get("/api/connection", "a", "Hovland", "b", "Thorsson", "maxHops", "0"),
                "maxHops: must be greater than or equal to 1");
        assertBadRequest(api.get("/api/connection", "a", "Hovland", "b", "Thorsson", "maxHops", "7"),
                "maxHops: must be less than or equal to 6");
    }

    @Test
    void meetingFilters() {
        assertBadRequest(api.get("/api/meetings", "from", "10/03/2026"), "from: must be a date as YYYY-MM-DD");
        assertBadRequest(api.get("/api/meetings", "to", "2026-02-30"), "to: must be a date as YYYY-MM-DD");
        assertBadRequest(api.get("/api/meetings", "from", "2026-03-11", "to", "2026-03-10"),
                "from: must not be after to");
        assertBadRequest(api.get("/api/meetings", "minOutlets", "-1"), "minOutlets: must be greater than or equal to 0");
        assertBadRequest(api.get("/api/meetings", "place", TOO_LONG), "place: must be at most 200 characters");
    }

    @Test
    void kindsAndWords() {
        assertBadRequest(api.get("/api/criticisms", "kind", "SCOLD"),
                "kind: must be one of CRITICIZE, ACCUSE, REJECT, DENOUNCE, DEMAND");
        assertBadRequest(api.get("/api/statements", "containing", "w".repeat(ApiLimits.WORDS_LENGTH + 1)),
                "containing: must be at most 200 characters");
    }

    @Test
    void networkParameters() {
        assertBadRequest(api.get("/api/network", "from", "2026-03-11", "to", "2026-03-01"), "from: must not be after to");
        assertBadRequest(api.get("/api/export/network", "format", "gexf"), "format: must be one of graphml, nodes, edges");
        assertBadRequest(api.get("/api/network", "hubs", "perhaps"), "hubs: must be true or false");
    }

    @Test
    void numbersThatAreNotNumbers() {
        assertBadRequest(api.get("/api/connection", "a", "Hovland", "b", "Thorsson", "maxHops", "many"),
                "maxHops: must be a whole number");
    }
}
