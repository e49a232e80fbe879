// What roles does someone hold? Each title with the organization it is held at (null when the text names none),
// corroboration (distinct outlets, copies left out) and the sentences that say so.
// $personIds: the person as resolve-actor.cypher finds them.
// :param personIds => ['per-3b5c2f0d9e8a7b61']
MATCH (person:Actor)-[:HOLDS_ROLE]->(r:Role)
WHERE person.id IN $personIds
OPTIONAL MATCH (r)-[:AT]->(org:Actor)
CALL (r) {
  MATCH (r)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.published, art.id, s.index
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
                  duplicateOf: original.id}) AS sources
}
RETURN r.id AS id, {id: person.id, name: person.name} AS person, r.title AS title,
       CASE WHEN org IS NULL THEN null ELSE {id: org.id, name: org.name} END AS organization, corroboration, sources
ORDER BY person.name, title, org.name, id
