// Where does a fact come from? For a meeting, statement, criticism, role or claim, by its id: what kind of fact it
// is, what it says, its corroboration (distinct outlets, copies left out), and each article behind it (title,
// outlet, URL, publication date, the article it copies if any) with the sentences in it that report the fact:
// the rule that read each sentence, its confidence, and the date and place that sentence states (meetings).
// $factId: the id of the fact, as any answer gives it.
// :param factId => 'mtg-3b5c2f0d9e8a7b61'
// One branch per kind of fact, so that each looks the id up in its own unique index.
CALL () {
  MATCH (f:Meeting {id: $factId}) RETURN f
  UNION
  MATCH (f:Statement {id: $factId}) RETURN f
  UNION
  MATCH (f:Criticism {id: $factId}) RETURN f
  UNION
  MATCH (f:Role {id: $factId}) RETURN f
  UNION
  MATCH (f:Claim {id: $factId}) RETURN f
}
OPTIONAL MATCH (f:Meeting)-[:HELD_IN]->(place:Actor)
OPTIONAL MATCH (f:Claim)-[:OF]->(subject:Actor)
CALL (f) {
  MATCH (f)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT|OF]-(x:Actor)
  WITH DISTINCT x ORDER BY x.name, x.id
  RETURN collect({id: x.id, name: x.name}) AS actors
}
CALL (f) {
  MATCH (f)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
  OPTIONAL MATCH (art)-[:DUPLICATE_OF]->(original:Article)
  WITH art, original, s, e ORDER BY s.index
  WITH art, original, collect({index: s.index, text: s.text, rule: e.rule, confidence: e.confidence, date: e.date,
                               place: e.place}) AS sentences
  ORDER BY art.published, art.id
  // An article without an outlet counts as an outlet of its own.
  RETURN count(DISTINCT CASE WHEN original IS NULL THEN coalesce(art.outlet, art.id) END) AS corroboration,
         collect({id: art.id, title: art.title, outlet: art.outlet, url: art.url, published: art.published,
                  duplicateOf: original.id, sentences: sentences}) AS articles
}
RETURN f.id AS id,
       CASE WHEN f:Meeting THEN 'MEETING' WHEN f:Statement THEN 'STATEMENT' WHEN f:Criticism THEN 'CRITICISM'
            WHEN f:Role THEN 'ROLE' ELSE 'CLAIM' END AS kind,
       f.date AS date,
       // A meeting's status and place, a criticism's kind and quote, a statement's words, a role's title, a claim's
       // words and what they are about.
       CASE WHEN f:Meeting THEN f.status + coalesce(' in ' + place.name, '')
            WHEN f:Criticism THEN f.kind + coalesce(' "' + f.quote + '"', '')
            WHEN f:Statement THEN f.text
            WHEN f:Role THEN f.title
            ELSE f.attribute + ': ' + coalesce(f.text, toString(f.value)) + coalesce(' (' + subject.name + ')', '') END
         AS detail,
       actors, corroboration, articles
