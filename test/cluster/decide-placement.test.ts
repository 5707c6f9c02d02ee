// Pure decision cases built from hand-made vectors, so each rule is tested in isolation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures, decidePlacement, detectDerivation, type CandidateStory, type ClusterFeatures } from '../../src/cluster/index.js';

function features(terms: Record<string, number>, extra: Partial<ClusterFeatures> = {}): ClusterFeatures {
  const base = clusterFeatures({ title: null, text: '', published: null });
  return { ...base, terms, keys: Object.keys(terms), ...extra };
}

function story(id: string, centroid: Record<string, number>, order: number, extra: Partial<CandidateStory> = {}): CandidateStory {
  return { id, centroid, reportCount: 1, firstSeen: null, firstDate: null, lastDate: null, titleNames: [], order, ...extra };
}

const STATS = { documents: 100, df: { 'w:quak': 10, 'w:magnitud': 10, 'e:ferndal': 2, 'e:ternat': 2, 'e:honsal': 1, 'e:bnpb': 1, 'w:tsunami': 3 } };

test('a report of a new event founds a story', () => {
  const d = decidePlacement({ report: { id: 'r1', features: features({ 'w:quak': 2, 'e:ternat': 4 }) }, stories: [], reports: [], stats: STATS });
  assert.equal(d.story, null);
  assert.equal(d.rule, 'cluster/new-story');
  assert.deepEqual(d.related, []);
});

test('two events of one kind split on who and where; the same event joins', () => {
  const ferndale = story('sA', { 'w:quak': 2, 'w:magnitud': 1, 'e:ferndal': 4, 'e:honsal': 2 }, 1);
  const ternate = story('sB', { 'w:quak': 2, 'w:magnitud': 1, 'e:ternat': 4, 'e:bnpb': 2, 'w:tsunami': 2 }, 2);
  const report = features({ 'w:quak': 2, 'w:magnitud': 1, 'e:ternat': 3, 'w:tsunami': 1 });
  const d = decidePlacement({ report: { id: 'r3', features: report }, stories: [ferndale, ternate], reports: [], stats: STATS });
  assert.equal(d.story, 'sB');
  assert.equal(d.rule, 'cluster/join-centroid');
  assert.ok(d.evidence.sharedNames.includes('ternat'));
  assert.equal(d.evidence.runnerUp?.story, 'sA');
  assert.ok((d.evidence.runnerUp?.similarity ?? 1) < d.evidence.similarity);
});

test('beyond the time window a report joins only on stronger evidence: a close follow-up that retells a count joins, a same-kind event does not', () => {
  const january = { firstDate: '2024-01-01', lastDate: '2024-01-02' };
  const quake = { 'w:quak': 2, 'w:magnitud': 1, 'w:tsunami': 2, 'e:ternat': 4, 'e:bnpb': 2, 'q:40 peopl': 2 };
  const dated = (date: string) => ({ date: { date, rule: 'cluster/date-published' as const } });
  // The same who and what five months on (the inquiry into the January quake): joins, with the gap shown.
  const followUp = decidePlacement({ report: { id: 'r8', features: features(quake, dated('2024-06-01')) }, stories: [story('sA', quake, 1, january)], reports: [], stats: STATS });
  assert.equal(followUp.story, 'sA');
  assert.equal(followUp.rule, 'cluster/join-centroid');
  assert.equal(followUp.evidence.timeGapDays, 151);
  // As alike but with a count of its own (the same place's next quake, 12 dead): another event.
  const { 'q:40 peopl': _forty, ...uncounted } = quake;
  const again = decidePlacement({ report: { id: 'r10', features: features({ ...uncounted, 'q:12 peopl': 2 }, dated('2024-06-01')) }, stories: [story('sA', quake, 1, january)], reports: [], stats: STATS });
  assert.ok(again.related[0]?.story === 'sA' && again.related[0].similarity >= 0.25 * 1.4, `as alike as a follow-up (${again.related[0]?.similarity})`);
  assert.equal(again.story, null);
  assert.equal(again.rule, 'cluster/new-story');
  // Topic words and one shared name, another place named most: enough to join within the window...
  const weaker = { 'w:quak': 2, 'w:magnitud': 2, 'w:tsunami': 2, 'e:ternat': 1, 'e:honsal': 3, 'w:shelter': 3 };
  const near = decidePlacement({ report: { id: 'r9', features: features(weaker, dated('2024-01-05')) }, stories: [story('sA', quake, 1, january)], reports: [], stats: STATS });
  assert.equal(near.story, 'sA');
  const similarity = near.evidence.similarity;
  assert.ok(similarity >= 0.25 && similarity < 0.25 * 1.4, `between the join threshold and the late-join threshold (${similarity})`);
  // ...but five months later it is another event of the kind, linked as related, not joined.
  const late = decidePlacement({ report: { id: 'r9', features: features(weaker, dated('2024-06-01')) }, stories: [story('sA', quake, 1, january)], reports: [], stats: STATS });
  assert.equal(late.story, null);
  assert.equal(late.rule, 'cluster/new-story');
  assert.equal(late.related[0]?.story, 'sA');
  // The hard window, for a stream that wants one: no late joins at all.
  const hard = decidePlacement({ report: { id: 'r8', features: features(quake, dated('2024-06-01')) }, stories: [story('sA', quake, 1, january)], reports: [], stats: STATS }, { lateJoinFactor: Infinity });
  assert.equal(hard.story, null);
});

test('a copy of a copy is derived from the first report of the group', () => {
  const text = 'Dock workers at the port ended a three-day strike on Tuesday after their union accepted a pay offer over two years. '.repeat(3);
  const a = clusterFeatures({ title: null, text, published: null });
  const d = detectDerivation(a, [{ id: 'r2', story: 's1', derivedFrom: 'r1', features: a }]);
  assert.equal(d?.from, 'r1');
  assert.equal(d?.matched, 'r2');
  assert.equal(d?.rule, 'derive/copy');
});

test('every rule id is namespaced and distinct per meaning', () => {
  const rules = ['cluster/new-story', 'cluster/join-centroid', 'cluster/join-derived', 'cluster/merge-events', 'cluster/split-events', 'cluster/related-thread', 'derive/copy', 'derive/rewrite', 'derive/independent', 'cluster/date-published', 'cluster/date-dateline'];
  assert.equal(new Set(rules).size, rules.length);
  for (const r of rules) assert.match(r, /^(cluster|derive)\/[a-z-]+$/);
});

test('a short same-day report sharing rare names joins below the plain threshold; days later it does not', () => {
  const centroid = { 'w:quak': 3, 'w:magnitud': 2, 'w:tsunami': 3, 'w:shelter': 3, 'w:school': 3, 'e:ferndal': 1, 'e:honsal': 1, 'e:bnpb': 1, 'e:ternat': 1 };
  const dated = story('sA', centroid, 1, { firstDate: '2024-03-04', lastDate: '2024-03-04' });
  const brief = (date: string) => features({ 'e:ferndal': 1, 'e:honsal': 1, 'w:bridg': 4, 'w:road': 4, 'w:repair': 4, 'w:traffic': 3 }, { date: { date, rule: 'cluster/date-published' } });
  const sameDay = decidePlacement({ report: { id: 'r1', features: brief('2024-03-04') }, stories: [dated], reports: [], stats: STATS });
  assert.equal(sameDay.story, 'sA');
  assert.equal(sameDay.rule, 'cluster/join-same-day-names');
  assert.ok(sameDay.evidence.similarity < 0.25, `below the plain join threshold (${sameDay.evidence.similarity})`);
  const later = decidePlacement({ report: { id: 'r2', features: brief('2024-03-09') }, stories: [dated], reports: [], stats: STATS });
  assert.equal(later.story, null, 'five days later the same overlap founds a new story');
});
