package org.newsgraph.extract;

/**
 * A number an article states about a proposal, such as its size after a revision. Different outlets state
 * different numbers for one thing ("around 20 points", "19"); kept per source, such claims show where they
 * disagree.
 *
 * @param subject     local actor id of the proposal
 * @param attribute   what is counted and when: "points after revision", "points"
 * @param value       the number
 * @param approximate true when the text hedges it ("around 20")
 * @param text        the words that state it, as written
 * @param evidence    the sentence that says so
 */
public record Claim(String subject, String attribute, double value, boolean approximate, String text, Evidence evidence) {
}
