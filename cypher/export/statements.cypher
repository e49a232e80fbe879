// Facts export: every statement with its speaker (actor id), words, date, the actors it is about (ids, sorted),
// whether a source quotes it directly, and sources.
// corroboration: distinct outlets among the sources' articles, copies of another article left out. Ordered by id.
MATCH (speaker:Actor)-[:SAID]->(st:Statement)
CALL (st) {
  MATCH (st)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.id, s.index
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, sentence: s.text, outlet: art.outlet}) AS sources
}
RETURN st.id AS id, speaker.id AS speaker, st.text AS text, st.date AS date,
       COLLECT { MATCH (st)-[:ABOUT]->(x:Actor) RETURN x.id ORDER BY x.id } AS about, sources,
       coalesce(st.direct, false) AS direct, corroboration
ORDER BY id
