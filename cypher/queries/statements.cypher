// What did someone say (about someone), and who said these words? Each statement with its speaker, words (direct
// quote or reported), date, the actors it is about, corroboration (distinct outlets, copies left out) and the
// sentences that report it.
// $speakerIds: the speaker as resolve-actor.cypher finds them; $aboutIds: the same for the subject; either null for
//   anyone. $words: words the statement must contain, all of them, in any case and form the full-text index
//   (statement_text) counts as the same word; null for any words. At least one of the three is given.
// :param speakerIds => ['per-3b5c2f0d9e8a7b61']
// :param aboutIds => null
// :param words => null
// The words as a full-text query: each word quoted, so that Lucene's operators and special characters in them are
// taken literally, and every word required. Empty when no words are given.
WITH reduce(q = '', w IN [w IN split(trim(coalesce($words, '')), ' ') WHERE w <> ''] |
       q + CASE WHEN q = '' THEN '' ELSE ' AND ' END + '"' + replace(replace(w, '\\', '\\\\'), '"', '\\"') + '"') AS query
CALL (query) {
  WITH query WHERE query <> ''
  CALL db.index.fulltext.queryNodes('statement_text', query) YIELD node
  RETURN collect(node) AS containing
}
// One branch per way of asking, so that a named speaker or subject is found by its id (an index seek) and only a
// question about words alone starts from the full-text index.
CALL (query, containing) {
  MATCH (speaker:Actor)-[:SAID]->(st:Statement)
  WHERE speaker.id IN $speakerIds
  RETURN st
  UNION
  WITH query, containing WHERE $speakerIds IS NULL AND $aboutIds IS NOT NULL
  MATCH (st:Statement)-[:ABOUT]->(x:Actor)
  WHERE x.id IN $aboutIds
  RETURN st
  UNION
  WITH query, containing WHERE $speakerIds IS NULL AND $aboutIds IS NULL AND query <> ''
  UNWIND containing AS st
  RETURN st
}
WITH st, query, containing
WHERE ($aboutIds IS NULL OR EXISTS { MATCH (st)-[:ABOUT]->(x:Actor) WHERE x.id IN $aboutIds })
  AND (query = '' OR st IN containing)
MATCH (speaker:Actor)-[:SAID]->(st)
WHERE $speakerIds IS NULL OR speaker.id IN $speakerIds
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
