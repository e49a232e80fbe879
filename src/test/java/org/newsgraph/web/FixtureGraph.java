package org.newsgraph.web;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A small graph in the shape {@code docs/graph-model.md} describes, written with Cypher rather than by ingesting
 * (no CoreNLP in these tests). Two outlets report fisheries talks: a meeting whose sources disagree on the place,
 * a planned meeting, criticisms of a person and of a proposal, statements, roles, and hub countries.
 */
final class FixtureGraph {

    private FixtureGraph() {
    }

    static void write(Driver driver) {
        try (Session session = driver.session()) {
            session.run(CYPHER).consume();
        }
    }

    private static final String CYPHER = """
            CREATE (wire:Outlet {name: 'North Sea Wire'})
            CREATE (gazette:Outlet {name: 'Harbour Gazette'})
            CREATE (a1:Article {id: 'art-wire', title: 'Mackerel talks end without deal', outlet: 'North Sea Wire',
                    published: '2026-03-12', source: 'demo/wire.txt', contentHash: 'h1', language: 'en', url: null})
            CREATE (a2:Article {id: 'art-gazette', title: 'Fisheries ministers meet in Reykjavik',
                    outlet: 'Harbour Gazette', published: '2026-03-12', source: 'demo/gazette.md', contentHash: 'h2',
                    language: 'en', url: 'https://gazette.example/fisheries'})
            CREATE (a1)-[:PUBLISHED_BY]->(wire)
            CREATE (a2)-[:PUBLISHED_BY]->(gazette)

            CREATE (s10:Sentence {id: 'art-wire:0', index: 0,
                    text: 'Norway and Iceland failed to agree on mackerel quotas at talks in Iceland on Tuesday.'})
            CREATE (s11:Sentence {id: 'art-wire:1', index: 1,
                    text: 'Astrid Hovland, Norway\\'s fisheries minister, met Gunnar Thorsson for four hours.'})
            CREATE (s12:Sentence {id: 'art-wire:2', index: 2,
                    text: '"Nobody should expect a deal this month," Thorsson said of Hovland\\'s offer.'})
            CREATE (s13:Sentence {id: 'art-wire:3', index: 3,
                    text: 'Blue Current rejected the proposed quota increase, calling it "a gamble".'})
            CREATE (s20:Sentence {id: 'art-gazette:0', index: 0,
                    text: 'Astrid Hovland met Gunnar Thorsson in Reykjavik on Tuesday.'})
            CREATE (s21:Sentence {id: 'art-gazette:1', index: 1,
                    text: 'Morag Lennie, chief executive of the Scottish Pelagic Association, accused both ministers of "carving up the North Atlantic".'})
            CREATE (s22:Sentence {id: 'art-gazette:2', index: 2,
                    text: 'Hovland is due to meet Pieter Vandermeer in Brussels next week.'})
            CREATE (s10)-[:IN]->(a1) CREATE (s11)-[:IN]->(a1) CREATE (s12)-[:IN]->(a1) CREATE (s13)-[:IN]->(a1)
            CREATE (s20)-[:IN]->(a2) CREATE (s21)-[:IN]->(a2) CREATE (s22)-[:IN]->(a2)

            CREATE (hovland:Actor:Person {id: 'per-hovland', name: 'Astrid Hovland', type: 'PERSON',
                    aliases: ['Astrid Hovland', 'Hovland'], aliasText: ' Astrid Hovland Hovland', surnameKey: 'hovland',
                    hub: false})
            CREATE (thorsson:Actor:Person {id: 'per-thorsson', name: 'Gunnar Thorsson', type: 'PERSON',
                    aliases: ['Gunnar Thorsson', 'Thorsson'], aliasText: ' Gunnar Thorsson Thorsson',
                    surnameKey: 'thorsson', hub: false})
            CREATE (lennie:Actor:Person {id: 'per-lennie', name: 'Morag Lennie', type: 'PERSON',
                    aliases: ['Morag Lennie', 'Lennie'], aliasText: ' Morag Lennie Lennie', surnameKey: 'lennie',
                    hub: false})
            CREATE (vandermeer:Actor:Person {id: 'per-vandermeer', name: 'Pieter Vandermeer', type: 'PERSON',
                    aliases: ['Pieter Vandermeer'], aliasText: ' Pieter Vandermeer', surnameKey: 'vandermeer',
                    hub: false})
            CREATE (spa:Actor:Organization {id: 'org-spa', name: 'Scottish Pelagic Association', type: 'ORGANIZATION',
                    aliases: ['Scottish Pelagic Association'], aliasText: ' Scottish Pelagic Association', hub: false})
            CREATE (blue:Actor:Group {id: 'grp-blue-current', name: 'Blue Current', type: 'GROUP',
                    aliases: ['Blue Current'], aliasText: ' Blue Current', hub: false})
            CREATE (quota:Actor:Proposal {id: 'prp-quota-increase', name: 'proposed quota increase', type: 'PROPOSAL',
                    aliases: ['proposed quota increase'], aliasText: ' proposed quota increase', hub: false})
            CREATE (reykjavik:Actor:Place {id: 'plc-reykjavik', name: 'Reykjavik', type: 'PLACE',
                    aliases: ['Reykjavik'], aliasText: ' Reykjavik', hub: false})
            CREATE (brussels:Actor:Place {id: 'plc-brussels', name: 'Brussels', type: 'PLACE',
                    aliases: ['Brussels'], aliasText: ' Brussels', hub: false})
            CREATE (iceland:Actor:Place {id: 'plc-iceland', name: 'Iceland', type: 'PLACE',
                    aliases: ['Iceland'], aliasText: ' Iceland', hub: true})
            CREATE (norway:Actor:Place {id: 'plc-norway', name: 'Norway', type: 'PLACE',
                    aliases: ['Norway'], aliasText: ' Norway', hub: true})
            CREATE (:Alias {key: 'p|astrid hovland', name: 'Astrid Hovland', rule: 'new'})-[:NAMES]->(hovland)
            CREATE (:Alias {key: 'p|gunnar thorsson', name: 'Gunnar Thorsson', rule: 'new'})-[:NAMES]->(thorsson)
            CREATE (:Alias {key: 'p|morag lennie', name: 'Morag Lennie', rule: 'new'})-[:NAMES]->(lennie)
            CREATE (hovland)-[:POSSIBLY_SAME_AS {score: 0.3, reason: 'surname only'}]->(lennie)

            CREATE (hovland)-[:MENTIONED_IN {count: 2}]->(a1)
            CREATE (hovland)-[:MENTIONED_IN {count: 3}]->(a2)
            CREATE (thorsson)-[:MENTIONED_IN {count: 2}]->(a1)
            CREATE (thorsson)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (lennie)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (vandermeer)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (spa)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (blue)-[:MENTIONED_IN {count: 1}]->(a1)
            CREATE (quota)-[:MENTIONED_IN {count: 1}]->(a1)
            CREATE (reykjavik)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (brussels)-[:MENTIONED_IN {count: 1}]->(a2)
            CREATE (iceland)-[:MENTIONED_IN {count: 2}]->(a1)
            CREATE (norway)-[:MENTIONED_IN {count: 2}]->(a1)

            // One source places the talks in Iceland, the other in Reykjavik.
            CREATE (m1:Meeting {id: 'mtg-hovland-thorsson', date: '2026-03-10', datePrecision: 'DAY', status: 'HELD',
                    disputed: true})
            CREATE (hovland)-[:ATTENDED]->(m1) CREATE (thorsson)-[:ATTENDED]->(m1)
            CREATE (m1)-[:HELD_IN]->(reykjavik)
            CREATE (m1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'talks-in', date: '2026-03-10', place: 'plc-iceland'}]->(s10)
            CREATE (m1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2026-03-10', place: null}]->(s11)
            CREATE (m1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2026-03-10', place: 'plc-reykjavik'}]->(s20)
            CREATE (m2:Meeting {id: 'mtg-hovland-vandermeer', date: '2026-03', datePrecision: 'MONTH', status: 'PLANNED',
                    disputed: false})
            CREATE (hovland)-[:ATTENDED]->(m2) CREATE (vandermeer)-[:ATTENDED]->(m2)
            CREATE (m2)-[:HELD_IN]->(brussels)
            CREATE (m2)-[:EVIDENCED_BY {confidence: 0.7, rule: 'due-to-meet', date: '2026-03', place: 'plc-brussels'}]->(s22)

            CREATE (st1:Statement {id: 'stm-thorsson-deal', text: 'Nobody should expect a deal this month', direct: true,
                    date: '2026-03-10'})
            CREATE (thorsson)-[:SAID]->(st1) CREATE (st1)-[:ABOUT]->(hovland)
            CREATE (st1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'quote'}]->(s12)

            CREATE (c1:Criticism {id: 'crt-lennie-hovland', kind: 'ACCUSE', date: '2026-03-12',
                    quote: 'carving up the North Atlantic'})
            CREATE (lennie)-[:CRITICIZED]->(c1) CREATE (c1)-[:TARGETS]->(hovland)
            CREATE (c1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'accuse-verb', kind: 'ACCUSE'}]->(s21)
            CREATE (c2:Criticism {id: 'crt-lennie-thorsson', kind: 'ACCUSE', date: '2026-03-12',
                    quote: 'carving up the North Atlantic'})
            CREATE (lennie)-[:CRITICIZED]->(c2) CREATE (c2)-[:TARGETS]->(thorsson)
            CREATE (c2)-[:EVIDENCED_BY {confidence: 0.8, rule: 'accuse-verb', kind: 'ACCUSE'}]->(s21)
            CREATE (c3:Criticism {id: 'crt-blue-current-quota', kind: 'REJECT', date: '2026-03-12', quote: 'a gamble'})
            CREATE (blue)-[:CRITICIZED]->(c3) CREATE (c3)-[:TARGETS]->(quota)
            CREATE (c3)-[:EVIDENCED_BY {confidence: 0.8, rule: 'reject-verb', kind: 'REJECT'}]->(s13)

            CREATE (r1:Role {id: 'rol-hovland-minister', title: 'fisheries minister'})
            CREATE (hovland)-[:HOLDS_ROLE]->(r1) CREATE (r1)-[:AT]->(norway)
            CREATE (r1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'appositive'}]->(s11)
            CREATE (r2:Role {id: 'rol-lennie-chief', title: 'chief executive'})
            CREATE (lennie)-[:HOLDS_ROLE]->(r2) CREATE (r2)-[:AT]->(spa)
            CREATE (r2)-[:EVIDENCED_BY {confidence: 0.8, rule: 'appositive'}]->(s21)
            """;
}
