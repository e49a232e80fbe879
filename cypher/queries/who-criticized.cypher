// Who criticized whom? Each criticism (criticize, accuse, reject, denounce, demand) with its critic, target,
// the words quoted, date, corroboration (distinct outlets, copies left out) and the sentences that report it.
// $criticIds, $targetIds: actors as resolve-actor.cypher finds them; null for anyone.
// $kind: CRITICIZE, ACCUSE, REJECT, DENOUNCE or DEMAND; null for every kind.
// :param criticIds => ['per-3b5c2f0d9e8a7b61']
// :param targetIds => null
// :param kind => null
// One branch per way of asking, so that a named critic or target is found by its id (an index seek) and only the
// question about anyone reads every criticism.
CALL () {
  MATCH (critic:Actor)-[:CRITICIZED]->(c:Criticism)-[:TARGETS]->(target:Actor)
  WHERE critic.id IN $criticIds AND ($targetIds IS NULL OR target.id IN $targetIds)
  RETURN critic, c, target
  UNION
  // Each WITH gates its branch: without it the planner reads the graph before testing the parameters.
  WITH 1 AS anyCritic WHERE $criticIds IS NULL
  MATCH (critic:Actor)-[:CRITICIZED]->(c:Criticism)-[:TARGETS]->(target:Actor)
  WHERE target.id IN $targetIds
  RETURN critic, c, target
  UNION
  WITH 1 AS anyone WHERE $criticIds IS NULL AND $targetIds IS NULL
  MATCH (critic:Actor)-[:CRITICIZED]->(c:Criticism)-[:TARGETS]->(target:Actor)
  RETURN critic, c, target
}
WITH critic, c, target
WHERE $kind IS NULL OR c.kind = $kind
CALL (c) {
  MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.published, art.id, s.index
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
                  duplicateOf: original.id}) AS sources
}
RETURN c.id AS id, {id: critic.id, name: critic.name} AS critic, {id: target.id, name: target.name} AS target,
       c.kind AS kind, c.quote AS quote, c.date AS date, corroboration, sources
ORDER BY c.date IS NULL, c.date, id
