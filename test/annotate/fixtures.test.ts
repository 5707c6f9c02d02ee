import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/index.js';
import type { Annotations } from '../../src/core/records.js';
import { compositionFixtures } from './annotate-support.js';

/** What a fixture's expected.json may say; every field is optional. */
interface Expected {
  entities?: Array<{ key: string; name: string; type: string; country?: string; aliases?: string[] }>;
  absentEntities?: string[];
  entityCount?: number;
  mentionCounts?: Record<string, number>;
  mentionRules?: Record<string, string>;
  quotes?: Array<{ startsWith: string; endsWith?: string; direct: boolean; speaker?: string | null; rule?: string }>;
  notQuotes?: string[];
  quoteCount?: number;
  statements?: Array<{ verb: string; subject?: string; subjectCountry?: string; object?: string; objectIncludes?: string; rule?: string; negated?: boolean; quantity?: string }>;
  notStatementSubjects?: string[];
}

function check(a: Annotations, expected: Expected): void {
  for (const e of expected.entities ?? []) {
    const got = a.entities.find((x) => x.key === e.key);
    assert.ok(got, `entity ${e.key} missing; have ${a.entities.map((x) => x.key).join(', ')}`);
    assert.equal(got.name, e.name, `${e.key} name`);
    assert.equal(got.type, e.type, `${e.key} type`);
    if (e.country) assert.equal(got.country, e.country, `${e.key} country`);
    for (const alias of e.aliases ?? []) assert.ok(got.aliases.includes(alias), `${e.key} lacks alias ${alias}: ${got.aliases.join(', ')}`);
  }
  for (const key of expected.absentEntities ?? []) assert.ok(!a.entities.some((x) => x.key === key), `entity ${key} should not exist`);
  if (expected.entityCount !== undefined) assert.equal(a.entities.length, expected.entityCount, `entities: ${a.entities.map((x) => x.key).join(', ')}`);
  for (const [key, n] of Object.entries(expected.mentionCounts ?? {})) {
    assert.equal(a.mentions.filter((m) => m.entity === key).length, n, `mentions of ${key}: ${a.mentions.filter((m) => m.entity === key).map((m) => m.text).join(', ')}`);
  }
  for (const [surface, rule] of Object.entries(expected.mentionRules ?? {})) {
    const m = a.mentions.find((x) => x.text === surface);
    assert.equal(m?.rule, rule, `rule of mention ${surface}`);
  }
  for (const q of expected.quotes ?? []) {
    const got = a.quotes.find((x) => x.text.startsWith(q.startsWith));
    assert.ok(got, `quote "${q.startsWith}" missing; have ${a.quotes.map((x) => JSON.stringify(x.text.slice(0, 30))).join(', ')}`);
    assert.equal(got.direct, q.direct, `direct of "${q.startsWith}"`);
    if (q.endsWith) assert.ok(got.text.endsWith(q.endsWith), `quote ends: ${got.text}`);
    if (q.speaker !== undefined) assert.equal(got.speaker, q.speaker, `speaker of "${q.startsWith}"`);
    if (q.rule) assert.equal(got.rule, q.rule, `rule of "${q.startsWith}"`);
  }
  for (const text of expected.notQuotes ?? []) assert.ok(!a.quotes.some((x) => x.text === text), `"${text}" is not a quote`);
  if (expected.quoteCount !== undefined) assert.equal(a.quotes.length, expected.quoteCount, `quotes: ${a.quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  for (const s of expected.statements ?? []) {
    const got = a.statements.find((x) =>
      x.verb === s.verb && (s.objectIncludes === undefined || (x.objectText ?? '').includes(s.objectIncludes)) && (s.subject === undefined || x.subject === s.subject));
    const have = a.statements.map((x) => `${x.verb}(${x.subject}, ${x.objectText})`).join('; ');
    assert.ok(got, `statement ${JSON.stringify(s)} missing; have ${have}`);
    if (s.subjectCountry) assert.equal(a.entities.find((e) => e.key === got.subject)?.country, s.subjectCountry, `subject country of ${s.verb}`);
    if (s.object) assert.equal(got.object, s.object, `object of ${s.verb}`);
    if (s.rule) assert.equal(got.rule, s.rule, `rule of ${s.verb}`);
    if (s.negated !== undefined) assert.equal(got.negated, s.negated, `negation of ${s.verb}`);
    if (s.quantity) assert.ok(got.quantities.some((i) => a.quantities[i]?.text === s.quantity), `quantity ${s.quantity} of ${s.verb}`);
  }
  for (const key of expected.notStatementSubjects ?? []) assert.ok(!a.statements.some((x) => x.subject === key), `${key} is no statement subject`);
}

for (const f of compositionFixtures()) {
  test(`fixture ${f.slug}`, () => {
    check(annotate({ text: f.text, published: '2025-12-13', language: 'en' }), f.expected as Expected);
  });
}
