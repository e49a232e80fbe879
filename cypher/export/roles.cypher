// Facts export: every role: the person (actor id), the title, the organization (actor id, or null when the text
// names none) and sources.
// corroboration: distinct outlets among the sources' articles, copies of another article left out. Ordered by id.
MATCH (person:Actor)-[:HOLDS_ROLE]->(r:Role)
OPTIONAL MATCH (r)-[:AT]->(org:Actor)
CALL (r) {
  MATCH (r)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.id, s.index
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, sentence: s.text, outlet: art.outlet}) AS sources
}
RETURN person.id AS person, r.title AS title, org.id AS organization, sources, r.id AS id, corroboration
ORDER BY id
