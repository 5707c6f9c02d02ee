import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';
import type { Annotations } from '../../src/core/records.js';

/** The annotate fixtures folder in the source tree (fixtures are not compiled into dist). */
export function annotateFixturesDir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'annotate');
}

/** Every fixture input under test/fixtures/annotate (all sub-folders, quantities and times included). */
export function allFixtureInputs(): Array<{ slug: string; dir: string; text: string }> {
  const out: Array<{ slug: string; dir: string; text: string }> = [];
  const walk = (dir: string, slug: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, slug ? `${slug}/${name}` : name);
      else if (name === 'input.txt') out.push({ slug, dir, text: readFileSync(full, 'utf8') });
    }
  };
  if (existsSync(annotateFixturesDir())) walk(annotateFixturesDir(), '');
  return out;
}

/** The composition fixtures this stage owns (not quantities/ or times/). */
export function compositionFixtures(): Array<{ slug: string; dir: string; text: string; expected: unknown }> {
  return allFixtureInputs()
    .filter((f) => !f.slug.startsWith('quantities') && !f.slug.startsWith('times') && !f.slug.startsWith('ner'))
    .filter((f) => existsSync(join(f.dir, 'expected.json')))
    .map((f) => ({ ...f, expected: JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as unknown }));
}

/** Every record with a span, with the name of the list it came from. */
export function spannedRecords(a: Annotations): Array<{ list: string; record: { start: number; end: number; text?: string; rule?: string } }> {
  const out: Array<{ list: string; record: { start: number; end: number; text?: string; rule?: string } }> = [];
  for (const list of ['sentences', 'mentions', 'quantities', 'times', 'quotes', 'statements'] as const) {
    for (const record of a[list] as ReadonlyArray<{ start: number; end: number; text?: string; rule?: string }>) out.push({ list, record });
  }
  return out;
}
