// How are two actors connected? The shortest chains of events between them: each step goes from an actor
// through a meeting, criticism, statement or role to the next actor, with the sentences that report it.
// Hubs are never passed through, only reached: countries (`hub`), places, and actors tied to more than $maxDegree
// events (`degree`, kept by the writer): nearly everyone connects through them, so a chain through one says little,
// and searching through them costs as much as the graph is big.
// $fromIds, $toIds: the two actors as resolve-actor.cypher finds them; $maxHops: at most this many events (1 to 6);
// $maxDegree: the most events an actor in the middle of a chain may have; $limit: at most this many chains.
// A path pattern's bound must be written out, so there is one branch per $maxHops and only the one asked for runs:
// the search stops at $maxHops events instead of going on to 6.
// :param fromIds => ['per-3b5c2f0d9e8a7b61']
// :param toIds => ['per-9d04e1c7a2b3f586']
// :param maxHops => 4
// :param maxDegree => 100
// :param limit => 20
MATCH (a:Actor) WHERE a.id IN $fromIds
MATCH (b:Actor) WHERE b.id IN $toIds AND b <> a
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,1}
    (b)
  RETURN p, x, r1, e, r2, y
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,2}
    (b)
  RETURN p, x, r1, e, r2, y
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,3}
    (b)
  RETURN p, x, r1, e, r2, y
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,4}
    (b)
  RETURN p, x, r1, e, r2, y
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,5}
    (b)
  RETURN p, x, r1, e, r2, y
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = ALL SHORTEST (a)
    ((x:Actor)-[r1:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
              -[r2:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(y:Actor)
     WHERE y = b OR NOT (coalesce(y.hub, false) OR y.type = 'PLACE' OR coalesce(y.degree, 0) > $maxDegree)){1,6}
    (b)
  RETURN p, x, r1, e, r2, y
}
WITH x, r1, e, r2, y, [n IN nodes(p) | n.id] AS key
ORDER BY size(e), key
LIMIT $limit
UNWIND range(0, size(e) - 1) AS i
WITH key, i, x[i] AS from, type(r1[i]) AS fromRelation, e[i] AS event, type(r2[i]) AS toRelation, y[i] AS to
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
WITH key, i, {
  from: {id: from.id, name: from.name}, fromRelation: fromRelation,
  event: CASE WHEN event:Meeting THEN 'MEETING' WHEN event:Criticism THEN 'CRITICISM'
              WHEN event:Statement THEN 'STATEMENT' ELSE 'ROLE' END,
  eventId: event.id, date: event.date,
  // A meeting's status and place, a criticism's kind and quote, a statement's words, a role's title.
  detail: CASE WHEN event:Meeting THEN event.status + coalesce(' in ' + place.name, '')
               WHEN event:Criticism THEN event.kind + coalesce(' "' + event.quote + '"', '')
               WHEN event:Statement THEN event.text ELSE event.title END,
  toRelation: toRelation, to: {id: to.id, name: to.name}, corroboration: corroboration, sources: sources
} AS step
ORDER BY key, i
WITH key, collect(step) AS steps
RETURN size(steps) AS hops, steps
ORDER BY hops, key
