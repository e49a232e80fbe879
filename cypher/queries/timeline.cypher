// What did an actor do, and what was done to them, in date order? Meetings attended, criticisms made and
// received, statements made and statements about them; each with the other actors involved, corroboration
// (distinct outlets, copies left out) and the sentences that report it. Undated events come last.
// $actorIds: the actor as resolve-actor.cypher finds them.
// :param actorIds => ['per-3b5c2f0d9e8a7b61']
MATCH (me:Actor)-[rel:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT]-(event:Meeting|Criticism|Statement)
WHERE me.id IN $actorIds
WITH DISTINCT event, type(rel) AS relation
CALL (event) {
  MATCH (event)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT]-(other:Actor)
  WHERE NOT other.id IN $actorIds
  WITH DISTINCT other ORDER BY other.name, other.id
  RETURN collect({id: other.id, name: other.name}) AS others
}
OPTIONAL MATCH (event:Meeting)-[:HELD_IN]->(place:Actor)
CALL (event) {
  MATCH (event)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH s, art, original ORDER BY art.published, art.id, s.index
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({article: art.id, outlet: art.outlet, published: art.published, title: art.title, sentence: s.text,
                  duplicateOf: original.id}) AS sources
}
RETURN event.date AS date,
       CASE WHEN event:Meeting THEN 'MEETING' WHEN event:Criticism THEN 'CRITICISM' ELSE 'STATEMENT' END AS kind,
       event.id AS id, relation, others,
       // A meeting's status and place, a criticism's kind and quote, a statement's words.
       CASE WHEN event:Meeting THEN event.status + coalesce(' in ' + place.name, '')
            WHEN event:Criticism THEN event.kind + coalesce(' "' + event.quote + '"', '')
            ELSE event.text END AS detail,
       corroboration, sources
ORDER BY date IS NULL, date, kind, id, relation
