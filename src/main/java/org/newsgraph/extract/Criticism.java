package org.newsgraph.extract;

/**
 * One actor criticizing, accusing, rejecting or denouncing another actor or a proposal.
 *
 * @param critic   local actor id of who criticized
 * @param target   local actor id of whom or what
 * @param kind     the verb class
 * @param quote    the critic's own words when the text quotes them, else null
 * @param date     when, or null
 * @param evidence the sentence that reports it
 */
public record Criticism(String critic, String target, CriticismKind kind, String quote, PartialDate date,
                        Evidence evidence) {
}
