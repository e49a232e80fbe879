// A small graph as ArticleWriter leaves it after three articles: two outlets, one article a near-copy of another
// (DUPLICATE_OF), a meeting whose sources disagree on the place, one whose sources disagree on the date, one
// whose dates differ only in precision, criticisms, statements, roles and hub countries.
// Each event lists the sentences that evidence it; meeting evidence carries the date and place its source states.

// ---- articles and outlets ----
CREATE (interwire:Outlet {name: 'Interwire'})
CREATE (harbour:Outlet {name: 'Harbour Post'})
CREATE (a1:Article {id: 'art-interwire-moscow', title: 'Putin receives US envoy Witkoff in Moscow', url: null,
        outlet: 'Interwire', published: '2025-12-03', source: 'articles/interwire-moscow.txt',
        contentHash: 'c1', language: 'en', authors: ['Ana Reyes'], ingestedAt: datetime('2026-01-05T10:00:00Z')})
CREATE (a2:Article {id: 'art-harbour-sochi', title: 'Kremlin talks end without breakthrough',
        url: 'https://harbourpost.example/kremlin-talks', outlet: 'Harbour Post', published: '2025-12-03',
        source: 'articles/harbour-post-talks.html', contentHash: 'c2', language: 'en', authors: [],
        ingestedAt: datetime('2026-01-05T10:00:01Z')})
CREATE (a3:Article {id: 'art-harbour-syndicated', title: 'Putin receives US envoy Witkoff in Moscow', url: null,
        outlet: 'Harbour Post', published: '2025-12-04', source: 'articles/harbour-post-syndicated.txt',
        contentHash: 'c3', language: 'en', authors: [], ingestedAt: datetime('2026-01-05T10:00:02Z')})
CREATE (a1)-[:PUBLISHED_BY]->(interwire)
CREATE (a2)-[:PUBLISHED_BY]->(harbour)
CREATE (a3)-[:PUBLISHED_BY]->(harbour)
CREATE (a3)-[:DUPLICATE_OF {similarity: 0.97}]->(a1)

// ---- evidence sentences (only those that are evidence are stored) ----
CREATE (s10:Sentence {id: 'art-interwire-moscow:0', index: 0,
        text: 'Russian President Vladimir Putin met US special envoy Steve Witkoff and Kremlin aide Yury Ushakov in Moscow on Tuesday.'})
CREATE (s11:Sentence {id: 'art-interwire-moscow:1', index: 1,
        text: 'Ushakov, Putin\'s foreign policy aide, said the talks were useful but that there was no compromise yet on Ukraine.'})
CREATE (s12:Sentence {id: 'art-interwire-moscow:2', index: 2,
        text: 'Witkoff is expected to meet President Donald Trump later in December.'})
CREATE (s13:Sentence {id: 'art-interwire-moscow:3', index: 3,
        text: 'Ushakov rejected the 28-point peace plan as a basis for a settlement.'})
CREATE (s14:Sentence {id: 'art-interwire-moscow:4', index: 4,
        text: 'Ukrainian President Volodymyr Zelensky met Ursula von der Leyen on Monday.'})
CREATE (s15:Sentence {id: 'art-interwire-moscow:5', index: 5, text: 'Witkoff also met Jared Kushner in December.'})
CREATE (s20:Sentence {id: 'art-harbour-sochi:0', index: 0,
        text: 'Vladimir Putin hosted Steve Witkoff and Yury Ushakov in Sochi on Tuesday.'})
CREATE (s21:Sentence {id: 'art-harbour-sochi:1', index: 1, text: '"The talks were useful," Ushakov said of Ukraine.'})
CREATE (s22:Sentence {id: 'art-harbour-sochi:2', index: 2,
        text: 'Zelensky criticized Trump, saying: "We will not be pressured."'})
CREATE (s23:Sentence {id: 'art-harbour-sochi:3', index: 3,
        text: 'President Putin said the American proposals could be a basis for future agreements.'})
CREATE (s24:Sentence {id: 'art-harbour-sochi:4', index: 4,
        text: 'Zelensky, Ukraine\'s president, met Ursula von der Leyen on Sunday.'})
CREATE (s25:Sentence {id: 'art-harbour-sochi:5', index: 5, text: 'Witkoff met Jared Kushner on December 2.'})
CREATE (s30:Sentence {id: 'art-harbour-syndicated:0', index: 0, text: s10.text})
CREATE (s31:Sentence {id: 'art-harbour-syndicated:1', index: 1, text: s11.text})
CREATE (s32:Sentence {id: 'art-harbour-syndicated:2', index: 2, text: s12.text})
CREATE (s33:Sentence {id: 'art-harbour-syndicated:3', index: 3, text: s13.text})
CREATE (s10)-[:IN]->(a1) CREATE (s11)-[:IN]->(a1) CREATE (s12)-[:IN]->(a1)
CREATE (s13)-[:IN]->(a1) CREATE (s14)-[:IN]->(a1) CREATE (s15)-[:IN]->(a1)
CREATE (s20)-[:IN]->(a2) CREATE (s21)-[:IN]->(a2) CREATE (s22)-[:IN]->(a2)
CREATE (s23)-[:IN]->(a2) CREATE (s24)-[:IN]->(a2) CREATE (s25)-[:IN]->(a2)
CREATE (s30)-[:IN]->(a3) CREATE (s31)-[:IN]->(a3) CREATE (s32)-[:IN]->(a3) CREATE (s33)-[:IN]->(a3)

// ---- actors: aliases include the name, aliasText feeds the full-text index ----
CREATE (putin:Actor:Person {id: 'per-putin', name: 'Vladimir Putin', type: 'PERSON',
        aliases: ['Vladimir Putin', 'Putin'], aliasText: ' Vladimir Putin Putin', surnameKey: 'putin', hub: false, rule: 'new'})
CREATE (witkoff:Actor:Person {id: 'per-witkoff', name: 'Steve Witkoff', type: 'PERSON',
        aliases: ['Steve Witkoff', 'Witkoff'], aliasText: ' Steve Witkoff Witkoff', surnameKey: 'witkoff', hub: false, rule: 'new'})
CREATE (ushakov:Actor:Person {id: 'per-ushakov', name: 'Yury Ushakov', type: 'PERSON',
        aliases: ['Yury Ushakov', 'Ushakov', 'Yuri Ushakov'], aliasText: ' Yury Ushakov Ushakov Yuri Ushakov',
        surnameKey: 'ushakov', hub: false, rule: 'new'})
CREATE (trump:Actor:Person {id: 'per-trump', name: 'Donald Trump', type: 'PERSON',
        aliases: ['Donald Trump', 'Trump'], aliasText: ' Donald Trump Trump', surnameKey: 'trump', hub: false, rule: 'new'})
CREATE (zelensky:Actor:Person {id: 'per-zelensky', name: 'Volodymyr Zelensky', type: 'PERSON',
        aliases: ['Volodymyr Zelensky', 'Zelensky'], aliasText: ' Volodymyr Zelensky Zelensky', surnameKey: 'zelensky',
        hub: false, rule: 'new'})
CREATE (vdl:Actor:Person {id: 'per-von-der-leyen', name: 'Ursula von der Leyen', type: 'PERSON',
        aliases: ['Ursula von der Leyen'], aliasText: ' Ursula von der Leyen', surnameKey: 'von der leyen', hub: false,
        rule: 'new'})
CREATE (kushner:Actor:Person {id: 'per-kushner', name: 'Jared Kushner', type: 'PERSON',
        aliases: ['Jared Kushner'], aliasText: ' Jared Kushner', surnameKey: 'kushner', hub: false, rule: 'new'})
CREATE (kremlin:Actor:Organization {id: 'org-kremlin', name: 'Kremlin', type: 'ORGANIZATION',
        aliases: ['Kremlin', 'the Kremlin'], aliasText: ' Kremlin the Kremlin', hub: false, rule: 'new'})
CREATE (plan:Actor:Proposal {id: 'prp-peace-plan', name: '28-point peace plan', type: 'PROPOSAL',
        aliases: ['28-point peace plan'], aliasText: ' 28-point peace plan', hub: false, rule: 'new'})
CREATE (moscow:Actor:Place {id: 'plc-moscow', name: 'Moscow', type: 'PLACE', aliases: ['Moscow'],
        aliasText: ' Moscow', hub: false, rule: 'new'})
CREATE (sochi:Actor:Place {id: 'plc-sochi', name: 'Sochi', type: 'PLACE', aliases: ['Sochi'],
        aliasText: ' Sochi', hub: false, rule: 'new'})
CREATE (ukraine:Actor:Place {id: 'plc-ukraine', name: 'Ukraine', type: 'PLACE', aliases: ['Ukraine'],
        aliasText: ' Ukraine', hub: true, rule: 'new'})
CREATE (us:Actor:Place {id: 'plc-united-states', name: 'United States', type: 'PLACE', aliases: ['United States', 'US'],
        aliasText: ' United States US', hub: true, rule: 'new'})
CREATE (putin)-[:POSSIBLY_SAME_AS {score: 0.4, reason: 'surname only'}]->(kushner)

// An alias node names the first actor that claimed its key.
CREATE (:Alias {key: 'p|vladimir putin', name: 'Vladimir Putin', rule: 'new'})-[:NAMES]->(putin)
CREATE (:Alias {key: 'p|~putin', name: 'Putin', rule: 'new'})-[:NAMES]->(putin)
CREATE (:Alias {key: 'p|steve witkoff', name: 'Steve Witkoff', rule: 'new'})-[:NAMES]->(witkoff)
CREATE (:Alias {key: 'p|steven witkoff', name: 'Steven Witkoff', rule: 'given-name-variant'})-[:NAMES]->(witkoff)
CREATE (:Alias {key: 'p|yury ushakov', name: 'Yury Ushakov', rule: 'new'})-[:NAMES]->(ushakov)
CREATE (:Alias {key: 'p|donald trump', name: 'Donald Trump', rule: 'new'})-[:NAMES]->(trump)
CREATE (:Alias {key: 'p|volodymyr zelensky', name: 'Volodymyr Zelensky', rule: 'new'})-[:NAMES]->(zelensky)
CREATE (:Alias {key: 'p|ursula von der leyen', name: 'Ursula von der Leyen', rule: 'new'})-[:NAMES]->(vdl)
CREATE (:Alias {key: 'p|jared kushner', name: 'Jared Kushner', rule: 'new'})-[:NAMES]->(kushner)
CREATE (:Alias {key: 'o|kremlin', name: 'Kremlin', rule: 'new'})-[:NAMES]->(kremlin)
CREATE (:Alias {key: 'x|28-point peace plan', name: '28-point peace plan', rule: 'new'})-[:NAMES]->(plan)
CREATE (:Alias {key: 'o|moscow', name: 'Moscow', rule: 'new'})-[:NAMES]->(moscow)
CREATE (:Alias {key: 'o|sochi', name: 'Sochi', rule: 'new'})-[:NAMES]->(sochi)
CREATE (:Alias {key: 'o|ukraine', name: 'Ukraine', rule: 'new'})-[:NAMES]->(ukraine)
CREATE (:Alias {key: 'o|united states', name: 'United States', rule: 'new'})-[:NAMES]->(us)

CREATE (putin)-[:MENTIONED_IN {count: 3}]->(a1)
CREATE (putin)-[:MENTIONED_IN {count: 2}]->(a2)
CREATE (putin)-[:MENTIONED_IN {count: 3}]->(a3)
CREATE (witkoff)-[:MENTIONED_IN {count: 4}]->(a1)
CREATE (witkoff)-[:MENTIONED_IN {count: 2}]->(a2)
CREATE (witkoff)-[:MENTIONED_IN {count: 2}]->(a3)
CREATE (ushakov)-[:MENTIONED_IN {count: 3}]->(a1)
CREATE (ushakov)-[:MENTIONED_IN {count: 2}]->(a2)
CREATE (ushakov)-[:MENTIONED_IN {count: 3}]->(a3)
CREATE (trump)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (trump)-[:MENTIONED_IN {count: 1}]->(a2)
CREATE (trump)-[:MENTIONED_IN {count: 1}]->(a3)
CREATE (zelensky)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (zelensky)-[:MENTIONED_IN {count: 2}]->(a2)
CREATE (vdl)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (vdl)-[:MENTIONED_IN {count: 1}]->(a2)
CREATE (kushner)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (kushner)-[:MENTIONED_IN {count: 1}]->(a2)
CREATE (kremlin)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (kremlin)-[:MENTIONED_IN {count: 1}]->(a3)
CREATE (plan)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (plan)-[:MENTIONED_IN {count: 1}]->(a3)
CREATE (moscow)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (moscow)-[:MENTIONED_IN {count: 1}]->(a3)
CREATE (sochi)-[:MENTIONED_IN {count: 1}]->(a2)
CREATE (ukraine)-[:MENTIONED_IN {count: 2}]->(a1)
CREATE (ukraine)-[:MENTIONED_IN {count: 2}]->(a2)
CREATE (ukraine)-[:MENTIONED_IN {count: 1}]->(a3)
CREATE (us)-[:MENTIONED_IN {count: 1}]->(a1)
CREATE (us)-[:MENTIONED_IN {count: 1}]->(a3)

// ---- meetings: the node holds the value most sources agree on, each source keeps its own ----
// Moscow or Sochi: the sources disagree on the place.
CREATE (m1:Meeting {id: 'mtg-moscow-talks', date: '2025-12-02', datePrecision: 'DAY', status: 'HELD', disputed: true})
CREATE (putin)-[:ATTENDED]->(m1) CREATE (witkoff)-[:ATTENDED]->(m1) CREATE (ushakov)-[:ATTENDED]->(m1)
CREATE (m1)-[:HELD_IN]->(moscow)
CREATE (m1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2025-12-02', place: 'plc-moscow'}]->(s10)
CREATE (m1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'hosted', date: '2025-12-02', place: 'plc-sochi'}]->(s20)
CREATE (m1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2025-12-02', place: 'plc-moscow'}]->(s30)
// Planned, and reported only by an article and its copy: one outlet corroborates it.
CREATE (m2:Meeting {id: 'mtg-witkoff-trump', date: '2025-12', datePrecision: 'MONTH', status: 'PLANNED', disputed: false})
CREATE (witkoff)-[:ATTENDED]->(m2) CREATE (trump)-[:ATTENDED]->(m2)
CREATE (m2)-[:EVIDENCED_BY {confidence: 0.7, rule: 'expected-to-meet', date: '2025-12', place: null}]->(s12)
CREATE (m2)-[:EVIDENCED_BY {confidence: 0.7, rule: 'expected-to-meet', date: '2025-12', place: null}]->(s32)
// Monday or Sunday: the sources disagree on the date.
CREATE (m3:Meeting {id: 'mtg-zelensky-von-der-leyen', date: '2025-11-30', datePrecision: 'DAY', status: 'HELD',
        disputed: true})
CREATE (zelensky)-[:ATTENDED]->(m3) CREATE (vdl)-[:ATTENDED]->(m3)
CREATE (m3)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2025-12-01', place: null}]->(s14)
CREATE (m3)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2025-11-30', place: null}]->(s24)
// "In December" and "on December 2" do not contradict each other.
CREATE (m4:Meeting {id: 'mtg-witkoff-kushner', date: '2025-12-02', datePrecision: 'DAY', status: 'HELD', disputed: false})
CREATE (witkoff)-[:ATTENDED]->(m4) CREATE (kushner)-[:ATTENDED]->(m4)
CREATE (m4)-[:EVIDENCED_BY {confidence: 0.8, rule: 'met-with', date: '2025-12', place: null}]->(s15)
CREATE (m4)-[:EVIDENCED_BY {confidence: 0.9, rule: 'met-with', date: '2025-12-02', place: null}]->(s25)

// ---- statements ----
CREATE (st1:Statement {id: 'stm-ushakov-talks', text: 'The talks were useful', direct: true, date: '2025-12-02'})
CREATE (ushakov)-[:SAID]->(st1) CREATE (st1)-[:ABOUT]->(ukraine)
CREATE (st1)-[:EVIDENCED_BY {confidence: 0.7, rule: 'said-that'}]->(s11)
CREATE (st1)-[:EVIDENCED_BY {confidence: 0.9, rule: 'quote'}]->(s21)
CREATE (st1)-[:EVIDENCED_BY {confidence: 0.7, rule: 'said-that'}]->(s31)
CREATE (st2:Statement {id: 'stm-putin-proposals', text: 'the American proposals could be a basis for future agreements',
        direct: false, date: '2025-12-03'})
CREATE (putin)-[:SAID]->(st2) CREATE (st2)-[:ABOUT]->(us)
CREATE (st2)-[:EVIDENCED_BY {confidence: 0.7, rule: 'said-that'}]->(s23)

// ---- criticisms ----
CREATE (c1:Criticism {id: 'crt-zelensky-trump', kind: 'CRITICIZE', date: '2025-12-03', quote: 'We will not be pressured.'})
CREATE (zelensky)-[:CRITICIZED]->(c1) CREATE (c1)-[:TARGETS]->(trump)
CREATE (c1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'criticize-verb', kind: 'CRITICIZE'}]->(s22)
CREATE (c2:Criticism {id: 'crt-ushakov-plan', kind: 'REJECT', date: '2025-12-03', quote: null})
CREATE (ushakov)-[:CRITICIZED]->(c2) CREATE (c2)-[:TARGETS]->(plan)
CREATE (c2)-[:EVIDENCED_BY {confidence: 0.8, rule: 'reject-verb', kind: 'REJECT'}]->(s13)
CREATE (c2)-[:EVIDENCED_BY {confidence: 0.8, rule: 'reject-verb', kind: 'REJECT'}]->(s33)

// ---- roles: AT is absent when the text names no organization ----
CREATE (r1:Role {id: 'rol-ushakov-aide', title: 'foreign policy aide'})
CREATE (ushakov)-[:HOLDS_ROLE]->(r1) CREATE (r1)-[:AT]->(kremlin)
CREATE (r1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'appositive'}]->(s11)
CREATE (r1)-[:EVIDENCED_BY {confidence: 0.8, rule: 'appositive'}]->(s31)
CREATE (r2:Role {id: 'rol-witkoff-envoy', title: 'special envoy'})
CREATE (witkoff)-[:HOLDS_ROLE]->(r2) CREATE (r2)-[:AT]->(us)
CREATE (r2)-[:EVIDENCED_BY {confidence: 0.8, rule: 'title-before-name'}]->(s10)
CREATE (r3:Role {id: 'rol-zelensky-president', title: 'president'})
CREATE (zelensky)-[:HOLDS_ROLE]->(r3) CREATE (r3)-[:AT]->(ukraine)
CREATE (r3)-[:EVIDENCED_BY {confidence: 0.8, rule: 'appositive'}]->(s24)
CREATE (r4:Role {id: 'rol-putin-president', title: 'president'})
CREATE (putin)-[:HOLDS_ROLE]->(r4)
CREATE (r4)-[:EVIDENCED_BY {confidence: 0.8, rule: 'title-before-name'}]->(s23)
