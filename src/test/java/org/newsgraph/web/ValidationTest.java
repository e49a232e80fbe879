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
        assertThat(r.<Integer>json("$.status")).isEqualTo(400);
        assertThat(r.<String>json("$.error")).isEqualTo(message);
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
        Api.Response missing = api.get("/api/statements");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.<String>json("$.error")).contains("speaker");
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
    void numbersThatAreNotNumbers() {
        assertBadRequest(api.get("/api/connection", "a", "Hovland", "b", "Thorsson", "maxHops", "many"),
                "maxHops: must be a whole number");
    }
}
