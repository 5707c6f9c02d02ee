// Shared helpers of the cluster tests: fixture loading, report ids, and a store-backed stream runner.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterFeatures, type ClusterFeatures } from '../../src/cluster/index.js';
import type { Db } from '../../src/store/db.js';
import { placeReport, type Placement } from '../../src/store/story-index.js';
import { repoRoot } from '../../bench/cluster/dev-data.js';

export interface FixtureReport {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
  /** ISO 639-1; absent: English. */
  readonly language?: string;
}

export interface Fixture {
  readonly slug: string;
  readonly reports: readonly FixtureReport[];
  readonly expected: {
    readonly stories: readonly (readonly string[])[];
    readonly derived: Readonly<Record<string, { from: string; rule: string }>>;
    readonly rules: Readonly<Record<string, string>>;
  };
}

export function fixtureDir(): string {
  return join(repoRoot(), 'test', 'fixtures', 'cluster');
}

export function loadFixtures(): Fixture[] {
  const dir = fixtureDir();
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'input.json')))
    .sort()
    .map((slug) => {
      const input = JSON.parse(readFileSync(join(dir, slug, 'input.json'), 'utf8')) as { reports: FixtureReport[] };
      const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Fixture['expected'];
      return { slug, reports: input.reports, expected };
    });
}

/** `r` + 16 hex chars, as the pipeline makes them, derived from a fixture's own id. */
export function reportId(name: string): string {
  return 'r' + createHash('sha256').update(name).digest('hex').slice(0, 16);
}

export function featuresOf(r: FixtureReport): ClusterFeatures {
  return clusterFeatures({ title: r.title, text: r.text, published: r.published, language: r.language ?? null });
}

/** Inserts the report row the pipeline would, then places it, in one transaction. */
export async function addToStore(db: Db, r: FixtureReport, addedAt: string): Promise<Placement> {
  const id = reportId(r.id);
  const features = featuresOf(r);
  const sha = createHash('sha256').update(r.id).digest('hex');
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO raw_inputs (sha256, bytes, name, size) VALUES ($1, $2, $3, 0)', [sha, new Uint8Array(0), r.id]);
    await tx.query(
      `INSERT INTO reports (id, content_sha256, raw_sha256, external_id, title, text, article, annotations, pipeline_version, added_at, published)
       VALUES ($1, $2, $2, $3, $4, $5, '{}', '{}', 0, $6, $7)`,
      [id, sha, r.id, r.title, r.text, addedAt, r.published],
    );
    return placeReport(tx, { id, title: r.title, features, publishedAt: r.published ? `${r.published}T00:00:00.000Z` : null, addedAt });
  });
}

/** Groups of fixture ids, each sorted, the groups sorted by their first id: comparable partitions. */
export function partition(assign: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, story] of assign) groups.set(story, [...(groups.get(story) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

export function normalise(stories: readonly (readonly string[])[]): string[][] {
  return stories.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Empties every table placeReport reads or writes (tests share one in-memory database). */
export async function clearStore(db: Db): Promise<void> {
  await db.query(
    'TRUNCATE story_splits, story_links, story_merges, report_bands, report_index, story_keys, story_index, term_stats, reports, stories, raw_inputs CASCADE',
  );
  await db.query('UPDATE index_stats SET documents = 0');
}
