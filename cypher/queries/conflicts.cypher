// What does one source claim that others contradict? Meetings whose sources disagree on the date or the place,
// with each value claimed, the outlets and articles that claim it, its corroboration (distinct outlets, copies
// left out) and the sentences. Dates conflict only when neither lies within the other: "2025-12" and
// "2025-12-02" agree. The meeting node holds the value most sources agree on (`chosen`).
// The writer flags such meetings (`conflicting: true`, indexed), so only they are read; a store without the
// writer's mark on its WriteLock node (a graph loaded some other way) is read in full instead.
CALL () {
  MATCH (m:Meeting {conflicting: true})
  RETURN m
  UNION
  OPTIONAL MATCH (lock:WriteLock {name: 'ingest'})
  WITH lock WHERE lock.derived IS NULL
  MATCH (m:Meeting)
  RETURN m
}
MATCH (m)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
UNWIND [{attribute: 'date', value: e.date}, {attribute: 'place', value: e.place}] AS claim
WITH m, claim.attribute AS attribute, claim.value AS value, s, art, original
WHERE value IS NOT NULL
WITH m, attribute, value, s, art, original ORDER BY art.published, art.id, s.index
WITH m, attribute, value,
     count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
     collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
              duplicateOf: original.id}) AS sources
OPTIONAL MATCH (place:Actor {id: value}) WHERE attribute = 'place'
WITH m, attribute, value, corroboration, sources, coalesce(place.name, value) AS label
ORDER BY value
WITH m, attribute, collect({value: value, label: label, corroboration: corroboration, sources: sources,
                            outlets: COLLECT { UNWIND sources AS src WITH DISTINCT src.outlet AS o WHERE o IS NOT NULL
                                               RETURN o ORDER BY o }}) AS claims
WHERE any(x IN claims WHERE any(y IN claims WHERE
        CASE attribute WHEN 'date' THEN NOT (x.value STARTS WITH y.value OR y.value STARTS WITH x.value)
                       ELSE x.value <> y.value END))
CALL (m) {
  MATCH (p:Actor)-[:ATTENDED]->(m)
  WITH p ORDER BY p.name, p.id
  RETURN collect({id: p.id, name: p.name}) AS participants
}
OPTIONAL MATCH (m)-[:HELD_IN]->(held:Actor)
RETURN m.id AS meeting, participants, m.date AS date, m.status AS status, attribute,
       CASE attribute WHEN 'date' THEN m.date ELSE held.id END AS chosen, claims
ORDER BY m.date IS NULL, m.date, meeting, attribute
