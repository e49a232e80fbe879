// Facts export: every article, with the article it is a near-copy of (null for an original). Ordered by id.
MATCH (a:Article)
OPTIONAL MATCH (a)-[:DUPLICATE_OF]->(original:Article)
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.source AS source,
       original.id AS duplicateOf, a.url AS url, a.language AS language
ORDER BY id
