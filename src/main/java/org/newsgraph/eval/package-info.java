/**
 * Scores the facts export against the hand-annotated gold sets in {@code src/test/resources/eval} (whose
 * README is the annotation guide). {@link org.newsgraph.eval.GoldSet} reads a set, {@link org.newsgraph.eval.Scorer}
 * compares, {@link org.newsgraph.eval.Evaluation} runs the system over many sets and
 * {@link org.newsgraph.eval.Floors} guards the results.
 *
 * <h2>Scoring rules</h2>
 * Every category gets precision, recall and F1 from counts of found (tp), made-up (fp) and missed (fn) facts;
 * facts match one-to-one. The report micro-averages by adding the counts of all sets.
 * <ul>
 * <li><b>Actors</b>: a system actor is a gold actor when any of their names and aliases are equal ignoring case,
 * diacritics and punctuation. Only PERSON, ORGANIZATION, PLACE, GROUP and PROPOSAL take part; system actors of
 * other types are ignored. An aligned pair of different types counts as found and is listed as a type mismatch.
 * An unaligned system actor is a false positive whatever its type, GROUP and PROPOSAL included: the gold lists
 * every group and proposal that acts or is discussed, which is exactly when the system should create one, so a
 * spurious one is an error (bylines, which the gold never lists, count against the system the same way).</li>
 * <li><b>Meetings</b>: each unordered pair of participants of a meeting, with its status (HELD and PLANNED are
 * different facts); the pairs of all meetings form a set, so a pair reported twice counts once.</li>
 * <li><b>Criticisms</b>: the set of directed (critic, target) pairs; the kind is shown but not scored.</li>
 * <li><b>Statements</b>: same speaker, and texts whose words overlap by at least
 * {@link org.newsgraph.eval.Scorer#STATEMENT_OVERLAP}: the better of token F1 and the share of gold words the
 * system's text contains, on lower-cased words without diacritics or punctuation.</li>
 * <li><b>Roles</b>: the set of (person, title); titles are compared as words without a leading article, and a
 * system title also matches when it has the gold's head noun and every gold word, its extra words not being rank
 * qualifiers such as "former", "deputy" or "vice". The organization is not scored.</li>
 * </ul>
 * A fact referring to an unaligned actor cannot match. An empty side scores 0, unless both are empty (1).
 */
package org.newsgraph.eval;
