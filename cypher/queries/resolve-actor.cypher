// Which actors does a name mean? The first step of every question about a named actor, and the actor search.
// Candidates come in order of how surely they are meant: the exact id, then a name or alias in any case (actor
// names, their alias lists, Alias nodes), then the full-text index over names and aliases, every word required.
// `tier` ranks the kind of `match`; questions use only the actors of the best tier found.
// :param actor => 'Putin'
// :param limit => 10
WITH trim($actor) AS name
CALL (name) {
  MATCH (a:Actor {id: name})
  RETURN a, 0 AS tier, 'id' AS match, 1.0 AS score
  UNION
  // Each word quoted, so that Lucene's operators and special characters in a name are taken literally.
  WITH name, reduce(q = '', w IN [w IN split(name, ' ') WHERE w <> ''] |
           q + CASE WHEN q = '' THEN '' ELSE ' AND ' END + '"' + replace(replace(w, '\\', '\\\\'), '"', '\\"') + '"') AS query
  WHERE query <> ''
  CALL db.index.fulltext.queryNodes('actor_names', query) YIELD node AS a, score
  // A name or alias equal to the name in any case holds all its words, so the full-text hits include every such
  // actor; taking them from there rather than from all actors keeps the lookup an index lookup as the graph grows.
  WITH name, a, score,
       toLower(a.name) = toLower(name) AS byName,
       toLower(a.name) = toLower(name) OR any(alias IN a.aliases WHERE toLower(alias) = toLower(name)) AS exact
  RETURN a, CASE WHEN exact THEN 1 ELSE 2 END AS tier,
         CASE WHEN byName THEN 'name' WHEN exact THEN 'alias' ELSE 'fulltext' END AS match,
         CASE WHEN exact THEN 1.0 ELSE score END AS score
  UNION
  // Names known only from an Alias node, found the same way through the Alias full-text index.
  WITH name, reduce(q = '', w IN [w IN split(name, ' ') WHERE w <> ''] |
           q + CASE WHEN q = '' THEN '' ELSE ' AND ' END + '"' + replace(replace(w, '\\', '\\\\'), '"', '\\"') + '"') AS query
  WHERE query <> ''
  CALL db.index.fulltext.queryNodes('alias_names', query) YIELD node AS al
  WITH name, al WHERE toLower(al.name) = toLower(name)
  MATCH (al)-[:NAMES]->(a:Actor)
  RETURN a, 1 AS tier, CASE WHEN toLower(a.name) = toLower(name) THEN 'name' ELSE 'alias' END AS match, 1.0 AS score
}
WITH a, tier, match, score
ORDER BY tier, score DESC
WITH a, head(collect({tier: tier, match: match, score: score})) AS best
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Article)
  RETURN coalesce(sum(m.count), 0) AS mentions
}
RETURN a.id AS id, a.name AS name, a.type AS type, [n IN a.aliases WHERE n <> a.name] AS aliases,
       coalesce(a.hub, false) AS hub, mentions, best.match AS match, best.tier AS tier, best.score AS score
ORDER BY tier, score DESC, mentions DESC, name, id
LIMIT $limit
