package org.newsgraph.query;

import java.util.List;

/**
 * Where one fact comes from: the articles that report it and, in each, the sentences that say so.
 *
 * @param id            the fact's id
 * @param kind          {@code MEETING}, {@code STATEMENT}, {@code CRITICISM}, {@code ROLE} or {@code CLAIM}
 * @param date          the fact's ISO date, or null (roles and claims have none)
 * @param detail        a meeting's status and place, a criticism's kind and quote, a statement's words, a role's
 *                      title, or a claim's attribute, words and subject
 * @param actors        the actors taking part (participants, speaker and subjects, critic and target, person and
 *                      organization, or what a claim is about)
 * @param corroboration distinct outlets among the articles, copies of another article left out
 * @param articles      the articles, oldest first
 */
public record FactSources(String id, String kind, String date, String detail, List<ActorRef> actors,
                          int corroboration, List<Article> articles) {

    /**
     * An article that reports the fact.
     *
     * @param outlet      the publishing outlet, or null when the article does not say
     * @param url         where it was published, or null
     * @param published   ISO publication date, or null
     * @param duplicateOf the article this one is a near-copy of (it then adds no corroboration), or null
     * @param sentences   its sentences that report the fact, in text order
     */
    public record Article(String id, String title, String outlet, String url, String published, String duplicateOf,
                          List<Sentence> sentences) {
    }

    /**
     * A sentence that reports the fact.
     *
     * @param index      the sentence's position in its article, from 0
     * @param rule       the extraction rule that read the fact from it
     * @param confidence how sure that rule is, 0 to 1
     * @param date       the date this sentence gives a meeting, or null
     * @param place      the place id this sentence gives a meeting, or null
     */
    public record Sentence(int index, String text, String rule, double confidence, String date, String place) {
    }
}
