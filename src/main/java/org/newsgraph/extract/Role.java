package org.newsgraph.extract;

/**
 * A title a person holds, with where or for whom when the text says.
 *
 * @param person       local actor id of the person
 * @param title        lower-case title with its qualifiers: "special envoy", "former foreign minister"
 * @param organization local actor id of the organization, country or person ("Novak's aide"), or null
 * @param evidence     the sentence that says so
 */
public record Role(String person, String title, String organization, Evidence evidence) {
}
