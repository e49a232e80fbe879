// newsgraph schema: constraints and indexes, applied at every start (all statements are idempotent).
// Unique ids make concurrent writers safe: a second writer's MERGE finds the first one's node.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT outlet_name IF NOT EXISTS FOR (o:Outlet) REQUIRE o.name IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT criticism_id IF NOT EXISTS FOR (c:Criticism) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (r:Role) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT band_key IF NOT EXISTS FOR (b:Band) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT write_lock IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE;

CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_surname_key IF NOT EXISTS FOR (a:Actor) ON (a.surnameKey);
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE INDEX criticism_date IF NOT EXISTS FOR (c:Criticism) ON (c.date);
// Set by the writer (graph/Derived.java) only where sources contradict each other, so conflicts.cypher and
// claim-conflicts.cypher start from the few conflicting facts instead of reading every meeting and claim.
CREATE INDEX meeting_conflicting IF NOT EXISTS FOR (m:Meeting) ON (m.conflicting);
CREATE INDEX claim_conflicting IF NOT EXISTS FOR (c:Claim) ON (c.conflicting);

CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text];
// Alias names as written, so resolve-actor.cypher finds a name known only from an Alias node without reading them all.
CREATE FULLTEXT INDEX alias_names IF NOT EXISTS FOR (n:Alias) ON EACH [n.name];
