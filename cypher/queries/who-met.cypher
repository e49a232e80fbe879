// Who met whom? Each meeting with its participants, date, place and status, whether its sources disagree,
// how many independent outlets report it (corroboration: distinct outlets, copies of another article left out)
// and the sentences that report it.
// $actorIds: the actor asked about, as resolve-actor.cypher finds it; null for every meeting.
// $from, $to: ISO dates (YYYY-MM-DD) bounding the meeting date, either null for no bound. A date known only to
//   the month ("2026-03") counts when that month overlaps the range; undated meetings drop out once a bound is set.
// $placeIds: places as resolve-actor.cypher finds them, or null for anywhere. A meeting is there when it is held
//   in one of them or when one of its sources places it there. The graph stores no containment between places,
//   so asking for a country finds a meeting in its capital only when some source names the country.
// $minOutlets: at least this many independent outlets (corroboration); 0 for every meeting (a meeting reported
//   only in copies of other articles has a corroboration of 0).
// :param actorIds => ['per-3b5c2f0d9e8a7b61']
// :param from => null
// :param to => null
// :param placeIds => null
// :param minOutlets => 0
// Two branches, so that asking about an actor starts from its id (an index seek) rather than from every meeting.
CALL () {
  MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)
  WHERE a.id IN $actorIds
  RETURN DISTINCT m
  UNION
  // The WITH gates the scan: without it the planner reads every meeting before testing the parameter.
  WITH 1 AS anyone WHERE $actorIds IS NULL
  MATCH (m:Meeting)
  RETURN m
}
WITH m
WHERE ($from IS NULL OR m.date >= substring($from, 0, size(m.date)))
  AND ($to IS NULL OR m.date <= substring($to, 0, size(m.date)))
  AND ($placeIds IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(p:Actor) WHERE p.id IN $placeIds }
       OR EXISTS { MATCH (m)-[e:EVIDENCED_BY]->(:Sentence) WHERE e.place IN $placeIds })
CALL (m) {
  MATCH (p:Actor)-[:ATTENDED]->(m)
  WITH p ORDER BY p.name, p.id
  RETURN collect({id: p.id, name: p.name}) AS participants
}
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Actor)
CALL (m) {
  MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.published, art.id, s.index
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
                  duplicateOf: original.id}) AS sources
}
WITH m, participants, place, corroboration, sources
WHERE corroboration >= $minOutlets
RETURN m.id AS id, participants, m.date AS date,
       CASE WHEN place IS NULL THEN null ELSE {id: place.id, name: place.name} END AS place,
       m.status AS status, coalesce(m.disputed, false) AS disputed, corroboration, sources
ORDER BY m.date IS NULL, m.date, id
