import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures, compareSamples, lshBands } from '../../src/cluster/index.js';
import { findReportDate } from '../../src/cluster/find-report-date.js';
import { annotate } from '../../src/annotate/index.js';

const TEXT =
  'A magnitude 6.4 earthquake struck near Ferndale on Monday, the Geological Survey said. ' +
  'Sheriff William Honsal said two people died. Ferndale residents slept outside as 80 aftershocks followed.';

test('features are deterministic and JSON-serialisable', () => {
  const a = clusterFeatures({ title: 'Quake hits Ferndale', text: TEXT, published: null });
  const b = clusterFeatures({ title: 'Quake hits Ferndale', text: TEXT, published: null });
  assert.deepEqual(a, b);
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  assert.equal(a.kind, 'cluster-features');
  assert.equal(a.minhash.length, 64);
  assert.equal(lshBands(a.minhash).length, 16);
});

test('names, counted numbers and title names are found', () => {
  const f = clusterFeatures({ title: 'Quake hits Ferndale', text: TEXT, published: null });
  assert.ok(f.terms['e:ferndale'] !== undefined, 'place name is a name term');
  assert.ok(f.terms['e:honsal'] !== undefined, 'person name is a name term');
  assert.equal(f.names['e:honsal'], 'William Honsal');
  assert.equal(f.terms['e:sheriff'], undefined, 'a capitalised title word is not a name');
  assert.equal(f.numbers['q:80 aftershock'], '80 aftershocks');
  assert.deepEqual(f.titleNames, ['e:ferndale']);
  assert.ok(f.keys.includes('e:ferndale'));
  // A sentence-initial capital is not a name when the text also writes the word in lower case.
  assert.equal(f.terms['e:a'], undefined);
});

test('report date: publish date first, else the dateline', () => {
  assert.deepEqual(findReportDate('2025-12-13T10:00:00Z', null, 'x'), { date: '2025-12-13', rule: 'cluster/date-published' });
  assert.deepEqual(findReportDate(null, 'Saints hurt', 'Updated: Jan 05, 2011, 3:23 PM ET One day after...'), { date: '2011-01-05', rule: 'cluster/date-dateline' });
  assert.deepEqual(findReportDate(null, null, 'KALMAR, 4 February 2009 - A fire...'), { date: '2009-02-04', rule: 'cluster/date-dateline' });
  assert.equal(findReportDate(null, null, 'No date at the top. '.repeat(30) + 'May 24, 2005'), null);
});

test('shingle samples: identical texts compare as 1, disjoint as 0', () => {
  const a = clusterFeatures({ title: null, text: TEXT, published: null });
  const b = clusterFeatures({ title: null, text: 'Completely different words about a football match in Lisbon tonight with goals.', published: null });
  assert.deepEqual(compareSamples(a.shingles, a.shingles), { jaccard: 1, containment: 1, shared: a.shingles.length });
  assert.equal(compareSamples(a.shingles, b.shingles).jaccard, 0);
});

test('through annotate, a sentence opener is a name when a tagger found it, and only where a tagger read the text', () => {
  const text = 'Prosecutors said Kermadec Holdings paid. Despite that, Olsen resigned on Friday. Olsen was chairman.';
  const nameTerms = (annotations: ReturnType<typeof annotate>): string[] =>
    Object.keys(clusterFeatures({ title: null, text, published: null, annotations }).terms).filter((t) => t.startsWith('e:')).sort();
  const englishAnnotations = annotate({ text, published: null, language: 'en' });
  assert.equal(englishAnnotations.tagged, true);
  const english = nameTerms(englishAnnotations);
  assert.ok(english.includes('e:kermadec') && english.includes('e:olsen'), english.join(' '));
  assert.ok(!english.includes('e:prosecutors') && !english.includes('e:despite'), english.join(' '));
  // The shipped tagger does not run on German text: the annotations' silence says nothing there.
  const germanAnnotations = annotate({ text, published: null, language: 'de' });
  assert.equal(germanAnnotations.tagged, false);
  const german = nameTerms(germanAnnotations);
  assert.ok(german.includes('e:prosecutors') && german.includes('e:despite'), german.join(' '));
  // A tagger passed in reads any language; one that fails leaves the text untagged.
  const tagger = (t: string) => (t.includes('Olsen') ? [{ start: t.indexOf('Olsen'), end: t.indexOf('Olsen') + 5, text: 'Olsen', type: 'PER' as const }] : []);
  const passedIn = annotate({ text, published: null, language: 'de' }, { tagEntities: tagger });
  assert.equal(passedIn.tagged, true);
  assert.ok(!nameTerms(passedIn).includes('e:prosecutors'), nameTerms(passedIn).join(' '));
  const failing = annotate({ text, published: null, language: 'en' }, { tagEntities: () => { throw new Error('model missing'); } });
  assert.equal(failing.tagged, false);
  assert.ok(nameTerms(failing).includes('e:prosecutors'), nameTerms(failing).join(' '));
  // Without annotations, as before: an opener the text never writes otherwise is a name.
  const bare = Object.keys(clusterFeatures({ title: null, text, published: null }).terms).filter((t) => t.startsWith('e:'));
  assert.ok(bare.includes('e:prosecutors'), bare.join(' '));
});
