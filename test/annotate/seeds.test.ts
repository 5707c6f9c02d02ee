import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { annotate } from '../../src/annotate/index.js';
import type { Annotations } from '../../src/core/records.js';
import { sharedPath } from '../support/shared-data.js';

/** The persons the two seed reports name; each must be exactly one entity wherever its surname appears. */
const SEED_PERSONS = ['Alexander Lukashenko', 'Ales Bialiatski', 'Maria Kalesnikava', 'Donald Trump', 'Vladimir Putin', 'Sviatlana Tsikhanouskaya', 'Viktar Babaryka'];

function readSeeds(dir: string): Array<{ name: string; text: string; a: Annotations }> {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, text, a: annotate({ text, published: '2025-12-13', language: 'en' }) };
    });
}

test('seed persons: one person entity each, canonical full name when the report gives it', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (!dir) return;
  for (const { name, text, a } of readSeeds(dir)) {
    for (const full of SEED_PERSONS) {
      const surname = full.split(' ').pop()!;
      if (!text.includes(surname)) continue;
      const persons = a.entities.filter((e) => e.type === 'person' && e.aliases.some((x) => x.includes(surname)));
      assert.equal(persons.length, 1, `${name}: ${full} as ${persons.map((p) => p.key).join(', ') || 'nothing'}`);
      const expectedName = text.includes(full) ? full : surname;
      assert.equal(persons[0]!.name, expectedName, `${name}: canonical name of ${full}`);
      assert.ok(!a.entities.some((e) => e.type !== 'person' && e.aliases.some((x) => x === surname)), `${name}: ${surname} also typed otherwise`);
    }
  }
});

test('seed quotes: Bialiatski, Kalesnikava and the Norwegian Nobel Committee', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (!dir) return;
  const seeds = readSeeds(dir);
  const all = seeds.flatMap((s) => s.a.quotes.map((q) => ({ ...q, seed: s })));
  const find = (start: string) => all.find((q) => q.direct && q.text.startsWith(start));
  const bialiatski = find('Thousands of people have been and continue to be imprisoned');
  assert.ok(bialiatski && bialiatski.text.includes('So our struggle continues'), 'Bialiatski quote');
  assert.equal(bialiatski.speaker, 'person:ales-bialiatski');
  const kalesnikava = find('Of course, it');
  assert.ok(kalesnikava && kalesnikava.text.includes('incredible happiness'), 'Kalesnikava quote');
  assert.equal(kalesnikava.speaker, 'person:maria-kalesnikava');
  const committee = find('profound relief and heartfelt joy');
  assert.ok(committee, 'Nobel Committee quote');
  const speaker = committee.seed.a.entities.find((e) => e.key === committee.speaker);
  assert.equal(speaker?.type, 'organisation');
  assert.match(speaker?.name ?? '', /Norwegian Nobel Committee/);
});

test('seed entities: demonyms, cities and capital metonymy resolve to countries', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (!dir) return;
  for (const { name, a } of readSeeds(dir)) {
    const byAlias = (alias: string) => a.entities.filter((e) => e.aliases.includes(alias));
    if (byAlias('Belarusian').length) assert.equal(byAlias('Belarusian')[0]!.country, 'BY', `${name}: Belarusian`);
    if (byAlias('Vilnius').length) assert.equal(byAlias('Vilnius')[0]!.country, 'LT', `${name}: Vilnius`);
    const kyiv = byAlias('Kyiv')[0];
    if (kyiv) assert.deepEqual([kyiv.type, kyiv.country], ['organisation', 'UA'], `${name}: Kyiv confirming`);
  }
});

test('seed statements: both reports say the United States lifts sanctions on Belarusian potash', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (!dir) return;
  for (const { name, a } of readSeeds(dir)) {
    const lift = a.statements.find((s) => s.verb === 'lift' && (s.objectText ?? '').includes('sanctions on belarusian potash'));
    assert.ok(lift, `${name}: lift statement; have ${a.statements.map((s) => `${s.verb}(${s.subject}, ${s.objectText})`).join('; ')}`);
    const subject = a.entities.find((e) => e.key === lift.subject);
    assert.equal(subject?.country, 'US', `${name}: subject of lift`);
  }
});
