// What did someone say (about someone)? Each statement with its speaker, words (direct quote or reported),
// date, the actors it is about, corroboration (distinct outlets, copies left out) and the sentences that report it.
// $speakerIds: the speaker as resolve-actor.cypher finds them; $aboutIds: the same for the subject, or null.
// :param speakerIds => ['per-3b5c2f0d9e8a7b61']
// :param aboutIds => null
MATCH (speaker:Actor)-[:SAID]->(st:Statement)
WHERE speaker.id IN $speakerIds
  AND ($aboutIds IS NULL OR EXISTS { MATCH (st)-[:ABOUT]->(x:Actor) WHERE x.id IN $aboutIds })
CALL (st) {
  MATCH (st)-[:ABOUT]->(x:Actor)
  WITH x ORDER BY x.name, x.id
  RETURN collect({id: x.id, name: x.name}) AS about
}
CALL (st) {
  MATCH (st)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.published, art.id, s.index
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
                  duplicateOf: original.id}) AS sources
}
RETURN st.id AS id, {id: speaker.id, name: speaker.name} AS speaker, st.text AS text,
       coalesce(st.direct, false) AS direct, st.date AS date, about, corroboration, sources
ORDER BY st.date IS NULL, st.date, id
