// Facts export: every meeting with its participants (ids, sorted), date, place (actor id), status and sources.
// Each source keeps the date and place it states, which may differ from the meeting's (then it is disputed).
// corroboration: distinct outlets among the sources' articles, copies of another article left out. Ordered by id.
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Actor)
CALL (m) {
  MATCH (m)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH e, s, art, original ORDER BY art.id, s.index
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, sentence: s.text, outlet: art.outlet, date: e.date, place: e.place}) AS sources
}
RETURN m.id AS id, COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id } AS participants,
       m.date AS date, place.id AS place, m.status AS status, sources, m.datePrecision AS datePrecision,
       coalesce(m.disputed, false) AS disputed, corroboration
ORDER BY id
