import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundsOf, doBoundsAgree } from '../../src/reconcile/bounds-of.js';
import { classifyEvent, participleOf } from '../../src/reconcile/classify-event.js';
import { groupSources } from '../../src/reconcile/group-sources.js';
import { makeFactId } from '../../src/reconcile/make-fact-id.js';
import { mergeEntities } from '../../src/reconcile/merge-entities.js';
import { areModifiersCompatible, normaliseCounted, singularise } from '../../src/reconcile/normalise-counted.js';
import { isTrimmedFrom, quoteWords } from '../../src/reconcile/quote-words.js';
import { diffWords } from '../../src/reconcile/word-diff.js';
import { reconcile } from '../../src/reconcile/index.js';
import { buildReport, type FixtureReport } from './fixture-report.js';
import { assertAccountInvariants } from './account-invariants.js';

test('hedged bounds: nearly 40 agrees with 38, not 60; at least 100 with 123; hundreds with 300', () => {
  const nearly40 = boundsOf({ value: 40, low: 40, high: 40, hedge: 'approximate' }, 0.1);
  assert.ok(doBoundsAgree(nearly40, { low: 38, high: 38 }));
  assert.ok(!doBoundsAgree(nearly40, { low: 60, high: 60 }));
  assert.ok(doBoundsAgree(boundsOf({ value: 100, low: 100, high: 100, hedge: 'at-least' }, 0.1), { low: 123, high: 123 }));
  assert.ok(doBoundsAgree(boundsOf({ value: 100, low: 100, high: 100, hedge: 'vague' }, 0.1), { low: 300, high: 300 }));
  assert.ok(!doBoundsAgree(boundsOf({ value: 50, low: 50, high: 50, hedge: 'less-than' }, 0.1), { low: 50, high: 50 }));
  // The annotator's own bounds win over the hedge's default spread.
  assert.deepEqual(boundsOf({ value: 40, low: 36, high: 39, hedge: 'approximate' }, 0.1), { low: 36, high: 40 });
});

test('counted phrases: singular head, narrowing modifiers, the subset rule', () => {
  assert.deepEqual(normaliseCounted('Political Prisoners'), { head: 'prisoner', modifiers: ['political'], label: 'political prisoner' });
  assert.deepEqual(normaliseCounted('the released prisoners')?.modifiers, []);
  assert.equal(normaliseCounted('people')?.head, 'person');
  assert.deepEqual(normaliseCounted('members of parliament'), { head: 'member', modifiers: ['parliament'], label: 'member of parliament' });
  assert.equal(singularise('casualties'), 'casualty');
  assert.equal(singularise('buses'), 'bus');
  assert.ok(areModifiersCompatible([], ['political']));
  assert.ok(!areModifiersCompatible(['foreign'], ['political']));
  assert.equal(normaliseCounted(null), null);
});

test('event classes: release and free are one event; unknown verbs are their own class', () => {
  assert.equal(classifyEvent('release'), classifyEvent('free'));
  assert.equal(classifyEvent('killed'), 'kill');
  assert.equal(classifyEvent('annex'), 'annex');
  assert.equal(classifyEvent(null), null);
  assert.equal(participleOf('take'), 'taken');
  assert.equal(participleOf('rescue'), 'rescued');
});

test('independent sources follow derivation chains, tolerate missing origins and cycles', () => {
  const groups = groupSources([
    { id: 'a', derivedFrom: null },
    { id: 'b', derivedFrom: 'a' },
    { id: 'c', derivedFrom: 'b' },
    { id: 'd', derivedFrom: 'elsewhere' },
    { id: 'x', derivedFrom: 'y' },
    { id: 'y', derivedFrom: 'x' },
  ]);
  assert.equal(groups.get('c'), 'a');
  assert.equal(groups.get('d'), 'elsewhere');
  assert.equal(groups.get('x'), groups.get('y'));
});

test('fact ids are stable and depend on the story', () => {
  assert.equal(makeFactId('s1', 'k'), makeFactId('s1', 'k'));
  assert.notEqual(makeFactId('s1', 'k'), makeFactId('s2', 'k'));
  assert.match(makeFactId('s1', 'k'), /^f_[0-9a-f]{12}$/u);
});

test('quote words: trimmed excerpts, ellipses, word diff', () => {
  const whole = quoteWords('Thousands of people have been and continue to be imprisoned. So our struggle continues.');
  assert.ok(isTrimmedFrom(quoteWords('Thousands of people have been and continue to be imprisoned ... So our struggle continues'), whole));
  assert.ok(isTrimmedFrom(quoteWords('our struggle continues'), whole));
  assert.ok(!isTrimmedFrom(quoteWords('our fight continues'), whole));
  const diff = diffWords(quoteWords('our struggle continues').words, quoteWords('our fight continues').words);
  assert.equal(diff.edits, 'our [-struggle-] {+fight+} continues');
  assert.deepEqual([diff.removed, diff.added], [['struggle'], ['fight']]);
});

const report = (spec: Partial<FixtureReport> & Pick<FixtureReport, 'id' | 'text'>) => buildReport({ published: '2024-05-02', ...spec });

test('entities: a lone surname joins the one full name; an ambiguous surname does not; countries merge by code, cities do not', () => {
  const reports = [
    report({
      id: 'r1',
      text: 'Anna Varga met Peter Varga in Vilnius, Lithuania.',
      entities: [
        { key: 'person:anna-varga', name: 'Anna Varga', type: 'person' },
        { key: 'person:peter-varga', name: 'Peter Varga', type: 'person' },
        { key: 'location:vilnius', name: 'Vilnius', type: 'location', country: 'LT' },
        { key: 'location:lithuania', name: 'Lithuania', type: 'location', country: 'LT' },
      ],
    }),
    report({
      id: 'r2',
      text: 'Varga spoke to Tomas Berg in the Republic of Lithuania.',
      entities: [
        { key: 'person:varga', name: 'Varga', type: 'person' },
        { key: 'person:tomas-berg', name: 'Tomas Berg', type: 'person' },
        { key: 'location:lt', name: 'Republic of Lithuania', type: 'location', country: 'LT', aliases: ['Republic of Lithuania', 'Lithuania'] },
      ],
    }),
    report({ id: 'r3', text: 'Berg said little.', entities: [{ key: 'person:berg', name: 'Berg', type: 'person' }] }),
  ];
  const { entities, entityOf } = mergeEntities(reports);
  assert.equal(entityOf('r3', 'person:berg')?.name, 'Tomas Berg');
  assert.deepEqual(entityOf('r3', 'person:berg')?.reports, ['r2', 'r3']);
  assert.equal(entityOf('r2', 'person:varga')?.name, 'Varga', 'two Vargas: the surname stays apart');
  assert.equal(entityOf('r2', 'location:lt')?.id, entityOf('r1', 'location:lithuania')?.id);
  assert.notEqual(entityOf('r1', 'location:vilnius')?.id, entityOf('r1', 'location:lithuania')?.id);
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length);
});

test('a copy alone is one source: single-source even when two reports carry the fact', () => {
  const text = 'Storms killed 4 people in the valley on Sunday, police said.';
  const q = [{ at: '4 people', value: 4, counted: 'person', event: 'kill' }];
  const reports = [report({ id: 'orig', text, quantities: q }), report({ id: 'copy', text, quantities: q, derivedFrom: 'orig' })];
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  const [fact] = account.facts.filter((f) => f.factKind === 'quantity');
  assert.equal(fact?.status, 'single-source');
  assert.deepEqual(fact?.values[0]?.sources, ['orig']);
  assert.equal(fact?.support.length, 2);
});

test('a bare "prisoners" aligns with "political prisoners" only when the story gives it one meaning', () => {
  const reports = [
    report({ id: 'a', text: 'The army freed 20 political prisoners.', quantities: [{ at: '20 political prisoners', value: 20, counted: 'political prisoner', event: 'free' }] }),
    report({ id: 'b', text: 'The army freed 20 prisoners.', quantities: [{ at: '20 prisoners', value: 20, counted: 'prisoner', event: 'free' }] }),
  ];
  const one = reconcile({ id: 's', reports });
  assert.equal(one.facts.filter((f) => f.factKind === 'quantity').length, 1);
  const withForeign = [
    ...reports,
    report({ id: 'c', text: 'The army freed 7 foreign prisoners.', quantities: [{ at: '7 foreign prisoners', value: 7, counted: 'foreign prisoner', event: 'free' }] }),
    report({ id: 'd', text: 'The army freed 9 prisoners.', quantities: [{ at: '9 prisoners', value: 9, counted: 'prisoner', event: 'free' }] }),
  ];
  const account = reconcile({ id: 's', reports: withForeign });
  assertAccountInvariants(account, withForeign);
  assert.equal(account.facts.filter((f) => f.status === 'disputed').length, 0, JSON.stringify(account.facts.map((f) => f.statement)));
  const twenty = account.facts.find((f) => f.value === 20);
  assert.equal(twenty?.status, 'corroborated', 'the 20 still joins its agreeing meaning');
});

test('dates: two sources dating the same event differently dispute it', () => {
  const reports = [
    report({
      id: 'a',
      text: 'Rebels released 30 hostages on Friday.',
      quantities: [{ at: '30 hostages', value: 30, counted: 'hostage', event: 'release' }],
      times: [{ at: 'on Friday', startDate: '2024-04-26' }],
    }),
    report({
      id: 'b',
      text: 'Rebels released 30 hostages on Thursday.',
      quantities: [{ at: '30 hostages', value: 30, counted: 'hostage', event: 'release' }],
      times: [{ at: 'on Thursday', startDate: '2024-04-25' }],
    }),
  ];
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  assert.equal(account.facts.find((f) => f.factKind === 'quantity')?.status, 'corroborated');
  const date = account.facts.find((f) => f.factKind === 'date');
  assert.equal(date?.status, 'disputed');
  assert.deepEqual(date?.values.map((v) => v.value), ['2024-04-26', '2024-04-25']);
});

test('statements: affirmed and negated claims of the same thing dispute; a country and its government are one actor', () => {
  const entities = (id: string) => [
    { key: 'location:norway', name: 'Norway', type: 'location' as const, country: 'NO' },
    { key: `organisation:gov-${id}`, name: 'Government of Norway', type: 'organisation' as const, country: 'NO', aliases: ['Government of Norway', 'Oslo'] },
  ];
  const reports = [
    report({ id: 'a', text: 'Norway lifted the fishing ban.', entities: entities('a'), statements: [{ at: 'Norway lifted the fishing ban', verb: 'lift', subject: 'location:norway', objectText: 'the fishing ban' }] }),
    report({ id: 'b', text: 'Oslo did not lift the fishing ban.', entities: entities('b'), statements: [{ at: 'Oslo did not lift the fishing ban', verb: 'lift', negated: true, subject: 'organisation:gov-b', objectText: 'the fishing ban' }] }),
  ];
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  const [fact] = account.facts.filter((f) => f.factKind === 'statement');
  assert.equal(fact?.status, 'disputed');
  assert.deepEqual(fact?.values.map((v) => [v.value, v.sources]), [['affirmed', ['a']], ['denied', ['b']]]);
});

test('quotes: the same words given to two different speakers make a disputed quote fact', () => {
  const words = 'We will not leave this city until every family has a roof again';
  const reports = ['a', 'b'].map((id, i) =>
    report({
      id,
      text: `"${words}," said ${i === 0 ? 'Mara Lind' : 'Olaf Berg'}.`,
      entities: [{ key: 'p', name: i === 0 ? 'Mara Lind' : 'Olaf Berg', type: 'person' }],
      quotes: [{ at: words, speaker: 'p' }],
    }),
  );
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  const [fact] = account.facts.filter((f) => f.factKind === 'quote');
  assert.equal(fact?.status, 'disputed');
  assert.ok(account.messages.some((m) => m.rule === 'reconcile/quote-speaker-conflict'));
  assert.equal(account.quotes.length, 1);
  assert.equal(account.quotes[0]?.match, 'verbatim');
});

test('misuse throws; an empty story is an empty account', () => {
  assert.throws(() => reconcile(null as never), /reconcile\(story\)/u);
  assert.deepEqual(reconcile({ id: 's', reports: [] }), { kind: 'account', facts: [], entities: [], quotes: [], messages: [], revisions: [] });
});

test('a derived report that departs from its origin on a figure speaks for itself on that figure', () => {
  const q = (value: number) => [{ at: `${value} prisoners`, value, counted: 'prisoner', event: 'free' }];
  const reports = [
    report({ id: 'origin', text: 'The junta freed 123 prisoners on Saturday.', quantities: q(123) }),
    report({ id: 'other', text: 'Officials said 123 prisoners were freed.', quantities: q(123) }),
    report({ id: 'rewrite', derivedFrom: 'origin', text: 'The junta freed 52 prisoners on Saturday.', quantities: q(52) }),
  ];
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  const [fact] = account.facts.filter((f) => f.factKind === 'quantity');
  assert.equal(fact?.status, 'disputed');
  assert.deepEqual(fact?.values.map((v) => [v.value, v.sources]), [[123, ['origin', 'other']], [52, ['rewrite']]]);
});

test('figures far apart in size are different things, not a dispute', () => {
  const q = (value: number, at: string) => [{ at, value, counted: 'person', event: 'kill' }];
  const reports = [
    report({ id: 'a', text: 'The blast killed 12 people, officials said.', quantities: q(12, '12 people') }),
    report({ id: 'b', text: 'The war killed 2000000 people over two decades.', quantities: q(2000000, '2000000 people') }),
    report({ id: 'c', text: 'At the market, 15 people were killed.', quantities: q(15, '15 people') }),
  ];
  const account = reconcile({ id: 's', reports });
  const disputed = account.facts.filter((f) => f.status === 'disputed');
  assert.equal(disputed.length, 1);
  assert.deepEqual(disputed[0]?.values.map((v) => v.value), [12, 15]);
  assert.ok(account.facts.some((f) => f.value === 2000000 && f.status === 'single-source'));
});

test('a share names its whole: "140 of the 212 passengers" corroborates 212, and with the rest of its sentence sums to it', () => {
  const reports = [
    report({
      id: 'a',
      text: 'Rescuers saved 212 passengers from the stricken ferry.',
      quantities: [{ at: '212 passengers', value: 212, counted: 'passenger', event: 'rescue' }],
    }),
    report({
      id: 'b',
      text: 'In all, 140 of the 212 passengers were winched to safety and 72 stayed aboard until the ship reached port.',
      quantities: [
        { at: '140 of the 212 passengers', value: 140, counted: 'passenger', event: 'winch', partitive: true },
        { at: '72', value: 72, counted: null, event: 'stay' },
      ],
    }),
  ];
  const account = reconcile({ id: 's', reports });
  assertAccountInvariants(account, reports);
  const whole = account.facts.find((f) => f.factKind === 'quantity' && f.value === 212);
  assert.equal(whole?.status, 'corroborated');
  const partIds = account.facts.filter((f) => f.value === 140 || f.value === 72).map((f) => f.id).sort();
  assert.deepEqual(whole?.relations.filter((r) => r.type === 'sum-of').map((r) => r.fact).sort(), partIds);
});
