// Facts export: every actor with its type and its other names (sorted, the name itself left out). Ordered by id.
MATCH (x:Actor)
RETURN x.id AS id, x.name AS name, x.type AS type,
       COLLECT { UNWIND coalesce(x.aliases, []) AS alias WITH DISTINCT alias WHERE alias <> x.name
                 RETURN alias ORDER BY alias } AS aliases,
       coalesce(x.hub, false) AS hub
ORDER BY id
