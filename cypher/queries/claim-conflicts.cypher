// Which numbers do sources state differently for one thing? The size of a plan after a revision, say:
// "around 20 points" in one outlet, "19" in another. Each value with its outlets, its corroboration (distinct
// outlets, copies left out) and the sentences; `chosen` is the value most outlets state.
// The writer flags the claims of such subjects (`conflicting: true`, indexed), so only they are read; a store without
// the writer's mark on its WriteLock node (a graph loaded some other way) is read in full instead.
CALL () {
  MATCH (c:Claim {conflicting: true})
  RETURN c
  UNION
  OPTIONAL MATCH (lock:WriteLock {name: 'ingest'})
  WITH lock WHERE lock.derived IS NULL
  MATCH (c:Claim)
  RETURN c
}
MATCH (c)-[:OF]->(x:Actor)
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
WITH x, c, s, art, original,
     CASE WHEN c.value = toInteger(c.value) THEN toString(toInteger(c.value)) ELSE toString(c.value) END AS number
WITH x, c.attribute AS attribute, CASE WHEN c.approximate THEN '~' + number ELSE number END AS value, c.text AS text,
     s, art, original
ORDER BY art.published, art.id, s.index
WITH x, attribute, value, head(collect(text)) AS label,
     count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
     collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
              duplicateOf: original.id}) AS sources
ORDER BY corroboration DESC, value
WITH x, attribute, collect({value: value, label: label, corroboration: corroboration, sources: sources,
                            outlets: COLLECT { UNWIND sources AS src WITH DISTINCT src.outlet AS o WHERE o IS NOT NULL
                                               RETURN o ORDER BY o }}) AS claims
WHERE size(claims) > 1
RETURN x.id AS subjectId, x.name AS subjectName, attribute, claims[0].value AS chosen, claims
ORDER BY subjectName, attribute
