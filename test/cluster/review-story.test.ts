// Reviews of a story report by report: two events told as one are split, one event told as two
// is merged, and one event stays whole. Reports are hand-made term vectors of two events of one
// kind (two players of one team arrested), so the topic is shared and only who and when differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLink, clusterSettings, mergeCandidates, pairwiseCosines, residualVector, residualVectors, reviewStory, type CandidateStory, type ReviewMember } from '../../src/cluster/index.js';

const TOPIC = { 'e:chargers': 3, 'e:san': 2, 'e:diego': 2, 'w:arrest': 2, 'w:suspicion': 1, 'e:dui': 2, 'w:drive': 1 };

/** Report `i` of an event: the shared topic, the event's own names, and a word of its own. */
function member(id: string, seq: number, own: Record<string, number>): ReviewMember {
  return { id, seq, terms: { ...TOPIC, ...own, [`w:detail${seq}`]: 1 } };
}

const jackson = (seq: number) => member(`rJ${seq}`, seq, { 'e:vincent': 3, 'e:jackson': 4, 'e:steelers': 2, 'w:receiv': 2, 'n:2008': 1 });
const williams = (seq: number) => member(`rW${seq}`, seq, { 'e:jamal': 3, 'e:williams': 4, 'w:tackl': 2, 'w:speed': 2, 'n:2009': 1 });

function story(id: string, members: readonly ReviewMember[], order: number): CandidateStory {
  const centroid: Record<string, number> = {};
  for (const m of members) for (const t in m.terms) centroid[t] = (centroid[t] ?? 0) + (m.terms[t] as number);
  return { id, centroid, reportCount: members.length, firstSeen: null, firstDate: null, lastDate: null, titleNames: [], order };
}

// A store in which the topic words are rare (as the team and the charge are in general news).
const STATS = { documents: 1000, df: Object.fromEntries(Object.keys(TOPIC).map((t) => [t, 30])) };

test('a story holding two events of one kind is split; the part with its oldest report keeps the id', () => {
  const members = [jackson(1), jackson(2), williams(3), jackson(4), williams(5), williams(6), jackson(7), williams(8), jackson(9), williams(10), williams(11), jackson(12)];
  const s = story('sJ1', members, 1);
  const review = reviewStory({ story: s, members }, [], STATS);
  assert.equal(review.merges.length, 0);
  assert.ok(review.split, 'the mixed story is split');
  assert.equal(review.split.story, 'sJ1');
  assert.equal(review.split.rule, 'cluster/split-events');
  assert.deepEqual([...review.split.parts[0]!.reports].sort(), members.filter((m) => m.id.startsWith('rJ')).map((m) => m.id).sort());
  assert.deepEqual([...review.split.parts[1]!.reports].sort(), members.filter((m) => m.id.startsWith('rW')).map((m) => m.id).sort());
  assert.ok(review.split.parts[1]!.distinctive.includes('e:williams'), 'the evidence names who the split-off part is about');
  assert.ok(review.split.link < 0.03);
});

test('a story of one event is not split, and its two halves that arrived apart are merged', () => {
  const all = Array.from({ length: 12 }, (_, i) => jackson(i + 1));
  const whole = reviewStory({ story: story('sA', all, 1), members: all }, [], STATS);
  assert.equal(whole.split, null, 'one event stays one story');

  const older = all.filter((_, i) => i % 2 === 0);
  const younger = all.filter((_, i) => i % 2 === 1);
  const review = reviewStory({ story: story('sB', younger, 2), members: younger }, [{ story: story('sA', older, 1), members: older }], STATS);
  assert.equal(review.merges.length, 1);
  assert.deepEqual({ from: review.merges[0]!.from, into: review.merges[0]!.into, rule: review.merges[0]!.rule }, { from: 'sB', into: 'sA', rule: 'cluster/merge-events' });
});

test('two stories of two events of one kind are not merged, however alike their centroids', () => {
  const a = Array.from({ length: 6 }, (_, i) => jackson(i + 1));
  const b = Array.from({ length: 6 }, (_, i) => williams(i + 10));
  const review = reviewStory({ story: story('sW', b, 2), members: b }, [{ story: story('sJ', a, 1), members: a }], STATS);
  assert.deepEqual(review.merges, []);
});

test('a one-report fragment is weighed for a merge with a grown story from a lower centroid bar than with another small story', () => {
  // The grown story's reports tell of bail and of jail in turn; the fragment, a brief with words
  // of its own, tells of both: alike report by report, its centroid far from the story's.
  const told = (seq: number) => member(`rJ${seq}`, seq, { 'e:vincent': 3, 'e:jackson': 4, 'e:steelers': 2, 'n:2008': 1, [seq % 2 ? 'w:bail' : 'w:jail']: 2 });
  const grown = Array.from({ length: 6 }, (_, i) => told(i + 1));
  const brief: ReviewMember[] = [{ id: 'rF', seq: 20, terms: { 'e:jackson': 1, 'w:bail': 2, 'w:jail': 2, ...Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`w:brief${j}`, 1])) } }];
  const stats = { documents: 1000, df: { ...STATS.df, 'w:bail': 10, 'w:jail': 10 } };
  const fragment = story('sF', brief, 3);
  const big = story('sG', grown, 1);
  const small = story('sS', [told(7)], 2);
  const all = mergeCandidates(fragment, [big, small], stats, { reviewMergeMinSimilarity: 0, reviewFragmentMergeMinSimilarity: 0 });
  for (const c of all) {
    assert.ok(c.similarity >= clusterSettings.REVIEW_FRAGMENT_MERGE_MIN_SIMILARITY && c.similarity < clusterSettings.REVIEW_MERGE_MIN_SIMILARITY, `${c.story.id} at ${c.similarity}: between the two bars`);
  }
  assert.deepEqual(mergeCandidates(fragment, [big, small], stats).map((c) => c.story.id), ['sG'], 'the grown story only');
  assert.deepEqual(mergeCandidates(fragment, [big, small], stats, { reviewFragmentMergeMinSimilarity: clusterSettings.REVIEW_MERGE_MIN_SIMILARITY }).map((c) => c.story.id), [], 'without the fragment bar, neither');
  const review = reviewStory({ story: fragment, members: brief }, [{ story: big, members: grown }], stats);
  assert.deepEqual(review.merges.map((m) => [m.from, m.into]), [['sF', 'sG']], 'the link over the grown story takes the fragment in');
});

test('residual vectors weigh out what every report of the group shares', () => {
  const r = residualVectors([{ 'w:quak': 2, 'e:ternat': 1 }, { 'w:quak': 2, 'e:ferndal': 1 }], () => 1);
  const [x, y] = [residualVector(r, 0), residualVector(r, 1)];
  assert.ok(x!.get('w:quak')! < x!.get('e:ternat')!, 'the shared word weighs less than the name only one report has');
  // Unit length; the name only one report has: 2 x ln(3/2) against 1 x ln(3).
  assert.ok(Math.abs(y!.get('w:quak')! ** 2 + y!.get('e:ferndal')! ** 2 - 1) < 1e-9);
  assert.ok(Math.abs(y!.get('w:quak')! / y!.get('e:ferndal')! - (2 * Math.log(1.5)) / Math.log(3)) < 1e-9);
});

test('pairwise cosines are the dot products of the residual vectors', () => {
  const r = residualVectors([{ 'w:quak': 2, 'e:ternat': 1, 'n:7': 1 }, { 'w:quak': 2, 'e:ferndal': 1, 'n:7': 1 }, { 'w:flood': 1, 'e:ternat': 2 }], () => 1);
  const m = pairwiseCosines(r);
  for (let a = 0; a < 3; a++) {
    assert.equal(m[a * 3 + a], 0);
    for (let b = 0; b < 3; b++) {
      if (a === b) continue;
      const [x, y] = [residualVector(r, a), residualVector(r, b)];
      let dot = 0;
      for (const [t, w] of x) dot += w * (y.get(t) ?? 0);
      assert.ok(Math.abs(m[a * 3 + b]! - dot) < 1e-12, `pair ${a},${b}`);
    }
  }
  assert.ok(m[0 * 3 + 2]! > 0 && m[0 * 3 + 1]! > 0, 'shared terms give positive cosines');
});

test('average link joins the closest groups first and stops at the threshold', () => {
  const sim = (i: number, j: number) => (Math.floor(i / 3) === Math.floor(j / 3) ? 0.8 : 0.05);
  const { groups, link } = averageLink(6, sim, 0.5);
  assert.deepEqual(groups, [[0, 1, 2], [3, 4, 5]]);
  assert.ok(Math.abs(link(0, 1) - 0.05) < 1e-9);
  assert.deepEqual(averageLink(6, sim, 0.01).groups, [[0, 1, 2, 3, 4, 5]]);
});

test('two alike stories months apart are not merged: a process that recurs in the same words stays apart', () => {
  const all = Array.from({ length: 12 }, (_, i) => jackson(i + 1));
  const older = all.filter((_, i) => i % 2 === 0);
  const younger = all.filter((_, i) => i % 2 === 1);
  const dated = (s: CandidateStory, first: string, last: string): CandidateStory => ({ ...s, firstDate: first, lastDate: last });
  const apart = reviewStory(
    { story: dated(story('sB', younger, 2), '2024-06-01', '2024-06-03'), members: younger },
    [{ story: dated(story('sA', older, 1), '2024-01-01', '2024-01-02'), members: older }],
    STATS,
  );
  assert.deepEqual(apart.merges, [], 'five months apart');
  const weeks = reviewStory(
    { story: dated(story('sB', younger, 2), '2024-02-10', '2024-02-12'), members: younger },
    [{ story: dated(story('sA', older, 1), '2024-01-01', '2024-01-02'), members: older }],
    STATS,
  );
  assert.equal(weeks.merges.length, 1, 'five weeks apart: halves of one event can be');
});
