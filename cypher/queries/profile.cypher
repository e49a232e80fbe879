// Who is this actor? Name, other names, type, whether it is a hub (a country or the like), how often and in how
// many articles it is mentioned, how many events it takes part in, the roles it holds, and actors that may be
// the same one (uncertain pairs left for a person to decide).
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
       roles, possiblySameAs
