// Facts export (an extra section): every number a source states about an actor, such as the size of a plan after
// a revision; one per source, so that where outlets disagree each value is there with its sentence. Ordered by id.
MATCH (c:Claim)-[:OF]->(x:Actor)
CALL (c) {
  MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  WITH s, art ORDER BY art.id, s.index
  RETURN collect({article: art.id, sentence: s.text, outlet: art.outlet}) AS sources
}
RETURN c.id AS id, x.id AS subject, c.attribute AS attribute, c.value AS value, c.approximate AS approximate,
       c.text AS text, sources
ORDER BY id
