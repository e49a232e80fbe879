// Facts export: every criticism with its critic and target (actor ids), kind, quote, date and sources.
// corroboration: distinct outlets among the sources' articles, copies of another article left out. Ordered by id.
MATCH (critic:Actor)-[:CRITICIZED]->(c:Criticism)-[:TARGETS]->(target:Actor)
CALL (c) {
  MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.id, s.index
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, sentence: s.text, outlet: art.outlet}) AS sources
}
RETURN c.id AS id, critic.id AS critic, target.id AS target, c.kind AS kind, c.quote AS quote, c.date AS date,
       sources, corroboration
ORDER BY id
