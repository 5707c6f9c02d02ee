import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSource } from '../../src/pipeline/index.js';
import { splitInput } from '../../src/ingest/split-input.js';
import { reconcile, latestVersions, diffVersions, DEFAULT_SETTINGS } from '../../src/reconcile/index.js';
import type { ReportView } from '../../src/core/records.js';
import { firePage, articlePage } from '../feeds/feed-fixtures.js';
import { assertAccountInvariants } from './account-invariants.js';

/** A report view of a page, as the pipeline makes it (extract + annotate), under a given id. */
function viewOf(html: string, id: string, derivedFrom: string | null = null): ReportView {
  const url = 'https://echo.example/fire';
  const [source] = splitInput(url, new TextEncoder().encode(html), { url, contentType: 'text/html' });
  if (!source || source.kind !== 'report-source') throw new Error('the fixture page gave no report');
  const { article, annotations } = analyseSource(source, { fetchedAt: '2026-11-24T08:00:00Z' });
  return { id, externalId: null, url, outlet: article.outlet, published: article.published, article, annotations, derivedFrom };
}

const v1 = viewOf(firePage(0), 'r-v1');
// The clustering stage finds the update a near copy of its first version: it says so.
const v2 = viewOf(firePage(1), 'r-v2', 'r-v1');
const links = [{ report: 'r-v2', previous: 'r-v1' }];

test('versions: the account counts the latest version only; a figure the outlet changed is revised, not disputed', () => {
  const plain = reconcile({ id: 's', reports: [v1, v2] });
  const toll = (facts: typeof plain.facts) => facts.find((f) => /people killed/.test(f.statement))!;
  assert.equal(toll(plain.facts).status, 'disputed', 'without versions, the update disputes its own first version');

  const account = reconcile({ id: 's', reports: [v1, v2], versions: { links } });
  assertAccountInvariants(account, [v1, v2]);
  assert.ok(account.facts.every((f) => f.support.every((s) => s.report === 'r-v2')), 'the earlier version leaves the account');
  const revised = toll(account.facts);
  assert.equal(revised.status, 'single-source');
  assert.equal(revised.value, 15);
  assert.equal(revised.independentSources, 1);
  assert.deepEqual([revised.revised?.report, revised.revised?.previous, revised.revised?.from.value, revised.revised?.rule], ['r-v2', 'r-v1', 12, 'reconcile/revised-value']);
  const earlierWords = revised.revised!.from.support[0]!;
  assert.equal(v1.article.text.slice(earlierWords.start, earlierWords.end), earlierWords.text, 'the earlier value cites the earlier version\'s words');
  assert.match(earlierWords.text, /killed 12 people/);
  const firefighters = account.facts.find((f) => /firefighters/.test(f.statement))!;
  assert.equal(firefighters.revised, undefined, 'an unchanged fact is not marked');
  assert.equal(account.facts.filter((f) => /Lindqvist/.test(f.statement)).length, 0, 'a quote the update dropped is not in the account');
});

test('versions: what changed between two versions — figure, headline, quotes added, removed and reworded — each with a rule and its words', () => {
  const account = reconcile({ id: 's', reports: [v1, v2], versions: { links } });
  assert.equal(account.revisions.length, 1);
  const [revision] = account.revisions;
  assert.deepEqual([revision!.report, revision!.previous], ['r-v2', 'r-v1']);
  assert.deepEqual(revision!.title, { from: 'Warehouse fire in Alderbury kills 12', to: 'Warehouse fire in Alderbury kills 15', rule: 'reconcile/revision-title-changed' });
  const byChange = (change: string) => revision!.changes.filter((c) => c.change === change);
  assert.deepEqual(byChange('changed').map((c) => [c.statement, c.subject, c.from?.value, c.to?.value, c.rule]), [['people killed: 12 → 15', 'people killed', 12, 15, 'reconcile/revision-value-changed']]);
  assert.deepEqual(byChange('added').map((c) => [c.factKind, c.subject, c.from, c.rule]), [['quote', 'Tomas Brandt: “The building had no working sprinklers”', null, 'reconcile/revision-fact-added']]);
  assert.deepEqual(byChange('removed').map((c) => [c.factKind, c.to, c.rule]), [['quote', null, 'reconcile/revision-fact-removed']]);
  assert.match(byChange('removed')[0]!.statement, /Mara Lindqvist/);
  const [reworded] = byChange('reworded');
  assert.equal(reworded?.subject, 'Ana Ruiz');
  assert.equal(reworded?.edits, 'The cause of the fire is {+still+} not [-yet-] known and an inquiry will begin [-next week-] {+on Monday+}');
  assert.equal(revision!.changes.length, 4, 'the facts both versions give alike are not listed');
  const texts = new Map([[v1.id, v1.article.text], [v2.id, v2.article.text]]);
  for (const c of revision!.changes) {
    for (const s of [...(c.from?.support ?? []), ...(c.to?.support ?? [])]) assert.equal(texts.get(s.report)!.slice(s.start, s.end), s.text, `${c.statement}: cited words`);
    for (const s of c.from?.support ?? []) assert.equal(s.report, 'r-v1');
    for (const s of c.to?.support ?? []) assert.equal(s.report, 'r-v2');
  }
  const rules = revision!.changes.map((c) => c.rule);
  assert.ok(rules.every((r) => /^reconcile\/revision-[a-z-]+$/.test(r)));
});

test('versions: a chain of three, a copy of an earlier version, a version held by another story', () => {
  const v3 = viewOf(firePage(1).replace('23 people were taken', '25 people were taken'), 'r-v3', 'r-v2');
  const copy = viewOf(firePage(0).replace('Alderbury Echo', 'Copy Desk'), 'r-copy', 'r-v1');
  const chain = [...links, { report: 'r-v3', previous: 'r-v2' }];
  const { current, latestOf, chains } = latestVersions([v1, v2, v3, copy], chain);
  assert.deepEqual(current.map((r) => [r.id, r.derivedFrom]), [['r-v3', null], ['r-copy', 'r-v3']], 'an update is an original like its first version; a copy of the first version copies the article');
  assert.deepEqual([latestOf.get('r-v1'), latestOf.get('r-v2'), latestOf.get('r-v3')], ['r-v3', 'r-v3', undefined]);
  assert.deepEqual(chains.map((c) => c.members.map((m) => m.id)), [['r-v1', 'r-v2', 'r-v3']]);

  const account = reconcile({ id: 's', reports: [v1, v2, v3, copy], versions: { links: chain } });
  assert.deepEqual(account.revisions.map((r) => [r.previous, r.report]), [['r-v1', 'r-v2'], ['r-v2', 'r-v3']]);
  assert.deepEqual(account.revisions[1]!.changes.map((c) => c.statement), ['people taken: 23 → 25']);
  const toll = account.facts.find((f) => /people killed/.test(f.statement))!;
  // The copy still says 12: it departs from the article it copies, so it speaks for itself there.
  assert.equal(toll.status, 'disputed');
  assert.equal(toll.revised?.previous, 'r-v1', 'the nearest earlier version that gave another value (v2 already said 15)');
  const taken = account.facts.find((f) => /people taken/.test(f.statement) && f.value === 25)!;
  assert.equal(taken.revised?.previous, 'r-v2');

  // The first version in another story: this story still leaves it out and diffs against it.
  const elsewhere = reconcile({ id: 's2', reports: [v2], versions: { links, elsewhere: [v1] } });
  assert.equal(elsewhere.revisions.length, 1);
  assert.equal(elsewhere.facts.find((f) => /people killed/.test(f.statement))?.revised?.from.value, 12);
  // A story holding only the replaced version keeps nothing of it.
  assert.deepEqual(reconcile({ id: 's3', reports: [v1], versions: { links, elsewhere: [v2] } }).facts, []);
});

test('versions: an update that changes no fact lists none; the same seed gives the same diff', () => {
  const a = viewOf(articlePage(3), 'a');
  const b = viewOf(articlePage(3).replace('<h1>', '<p>Corrected spelling.</p><h1>'), 'b');
  const history = diffVersions({ members: [a, b], links: [{ report: 'b', previous: 'a' }] }, 'x', DEFAULT_SETTINGS);
  assert.deepEqual(history.revisions[0]!.changes, []);
  assert.equal(history.revisions[0]!.title, null);
  assert.deepEqual(diffVersions({ members: [a, b], links: [{ report: 'b', previous: 'a' }] }, 'x', DEFAULT_SETTINGS), history);
});
