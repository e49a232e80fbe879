// Who is this actor? Name, other names, type, whether it is a hub (a country or the like), how often and in how
// many articles it is mentioned, how many events it takes part in, the roles it holds, its most frequent
// counterparts (the ten actors it shares most meetings, criticisms, statements and roles with, hubs included, with
// the number of events and their kinds), and actors that may be the same one (uncertain pairs left for a person
// to decide).
// $actorId: one actor id, as resolve-actor.cypher finds it.
// :param actorId => 'per-3b5c2f0d9e8a7b61'
MATCH (a:Actor {id: $actorId})
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Article)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS articles
}
CALL (a) {
  MATCH (a)-[:HOLDS_ROLE]->(r:Role)
  OPTIONAL MATCH (r)-[:AT]->(org:Actor)
  WITH r, org ORDER BY r.title, org.name, r.id
  RETURN collect({title: r.title, organization: CASE WHEN org IS NULL THEN null ELSE {id: org.id, name: org.name} END})
         AS roles
}
CALL (a) {
  MATCH (a)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e:Meeting|Criticism|Statement|Role)
        -[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(other:Actor)
  WHERE other <> a
  WITH other, e, CASE WHEN e:Meeting THEN 'MEETING' WHEN e:Criticism THEN 'CRITICISM'
                      WHEN e:Statement THEN 'STATEMENT' ELSE 'ROLE' END AS kind
  WITH other, count(DISTINCT e) AS events, collect(DISTINCT kind) AS kinds
  ORDER BY events DESC, other.name, other.id
  LIMIT 10
  RETURN collect({actor: {id: other.id, name: other.name}, events: events,
                  kinds: [k IN ['MEETING', 'CRITICISM', 'STATEMENT', 'ROLE'] WHERE k IN kinds]}) AS counterparts
}
CALL (a) {
  MATCH (a)-[same:POSSIBLY_SAME_AS]-(other:Actor)
  WITH same, other ORDER BY same.score DESC, other.id
  RETURN collect({actor: {id: other.id, name: other.name}, score: same.score, reason: same.reason}) AS possiblySameAs
}
RETURN a.id AS id, a.name AS name, a.type AS type, [n IN a.aliases WHERE n <> a.name] AS aliases,
       coalesce(a.hub, false) AS hub, mentions, articles,
       COUNT { (a)-[:ATTENDED]->(:Meeting) } AS meetings,
       COUNT { (a)-[:SAID]->(:Statement) } AS statements,
       COUNT { (a)<-[:ABOUT]-(:Statement) } AS statementsAbout,
       COUNT { (a)-[:CRITICIZED]->(:Criticism) } AS criticisms,
       COUNT { (a)<-[:TARGETS]-(:Criticism) } AS criticized,
       roles, counterparts, possiblySameAs
