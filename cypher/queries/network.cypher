// Who is linked to whom, and who is central? The actor-to-actor network that events make: two actors are linked
// by every meeting, criticism, statement or role they both take part in (met; criticized or was criticized; spoke
// about or was spoken about, or spoken about together; holds a role at). One row per actor, most central first:
// its rank, degree (how many actors it is linked to), weight (how many events link it to them, counted once per
// other actor: weighted degree, the centrality used here) and its links, each with the other actor, how many
// events link them and which kinds.
// $from, $to: ISO dates (YYYY-MM-DD) bounding the events, either null for no bound. An event known only to the
//   month counts when its month overlaps the range; undated events, roles among them, drop out once a bound is set.
// $hubs: true to keep countries and other hub actors, which link nearly everyone; false leaves them out.
// :param from => null
// :param to => null
// :param hubs => false
MATCH (e:Meeting|Criticism|Statement|Role)
WHERE ($from IS NULL OR e.date >= substring($from, 0, size(e.date)))
  AND ($to IS NULL OR e.date <= substring($to, 0, size(e.date)))
MATCH (a:Actor)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(e)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-(b:Actor)
WHERE a <> b AND ($hubs OR NOT (coalesce(a.hub, false) OR coalesce(b.hub, false)))
WITH a, b, e, CASE WHEN e:Meeting THEN 'MEETING' WHEN e:Criticism THEN 'CRITICISM'
                   WHEN e:Statement THEN 'STATEMENT' ELSE 'ROLE' END AS kind
WITH a, b, count(DISTINCT e) AS events, collect(DISTINCT kind) AS kinds
ORDER BY events DESC, b.name, b.id
WITH a, collect({actor: {id: b.id, name: b.name}, events: events,
                 kinds: [k IN ['MEETING', 'CRITICISM', 'STATEMENT', 'ROLE'] WHERE k IN kinds]}) AS links,
     count(b) AS degree, sum(events) AS weight
ORDER BY weight DESC, degree DESC, a.name, a.id
WITH collect({actor: a, degree: degree, weight: weight, links: links}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH i + 1 AS rank, ranked[i] AS r
RETURN rank, r.actor.id AS id, r.actor.name AS name, r.actor.type AS type, coalesce(r.actor.hub, false) AS hub,
       r.degree AS degree, r.weight AS weight, r.links AS links
ORDER BY rank
