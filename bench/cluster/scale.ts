// Scale section of the clustering bench: does the per-report cost of placeReport stay flat as the
// store grows? Streams a synthetic stream made by recombining the dev articles (each round shifts
// the dates by ROUND_DAYS and renames every name word, so rounds are new events with new names)
// into a dedicated schema on a PostgreSQL server, and prints the cost of the last WINDOW reports
// at each size. The schema is dropped at the end.
import { clusterFeatures } from '../../src/cluster/index.js';
import { hashString } from '../../src/cluster/hash.js';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';
import { placeReport } from '../../src/store/story-index.js';
import type { StreamRecord } from './dev-data.js';
import { benchReportId, insertBareReport } from './bare-report.js';

/** Days between two rounds of the same article: beyond the time window, so rounds never join. */
const ROUND_DAYS = 30;
/** Reports timed at each checkpoint (count). */
const WINDOW = 200;
const NAME_WORD = /\b(\p{Lu})(\p{Ll}{2,})\b/gu;
const PLAIN_WORD = /\b\p{Ll}{4,}\b/gu;

/** The i-th record of the synthetic stream. */
function synthesise(records: readonly StreamRecord[], i: number): StreamRecord {
  const base = records[i % records.length]!;
  const round = Math.floor(i / records.length);
  const tag = round.toString(36);
  // Renaming every capitalised word, and a third of the other words (chosen by a hash of the word
  // and the round, the same choice throughout a round), keeps the text's shape and each round's
  // events coherent, while a later round is neither the same event nor a copy of an earlier one.
  const rename = (s: string): string =>
    round === 0
      ? s
      : s
          .replace(NAME_WORD, (_, a: string, b: string) => `${a}${b}${tag}`)
          .replace(PLAIN_WORD, (w: string) => (hashString(`${w}#${round}`) % 3 === 0 ? `${w}${tag}` : w));
  const day = new Date(Date.UTC(2020, 0, 1) + round * ROUND_DAYS * 86_400_000).toISOString().slice(0, 10);
  return { id: `${base.id}#${round}`, title: base.title ? rename(base.title) : null, text: rename(base.text), published: day, cluster: `${base.cluster}#${round}` };
}

export async function runScale(records: readonly StreamRecord[], sizes: readonly number[], url: string): Promise<void> {
  const schema = `cluster_scale_${process.pid}`;
  console.log(`scale: PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}, schema ${schema}; sizes ${sizes.join(', ')}; cost of the last ${WINDOW} reports at each size`);
  let db: Db;
  try {
    db = await openDb(url, { schema });
  } catch (error) {
    console.log(`scale: skipped, cannot open ${url}: ${(error as Error).message}`);
    return;
  }
  const max = Math.max(...sizes);
  const base = Date.parse('2026-01-01T00:00:00Z');
  const windowMs: number[] = [];
  try {
    console.log('size      reports/s  median ms/report  p90 ms/report  cpu ms/report  rss MB  db MB');
    let cpuStart = process.cpuUsage();
    for (let i = 0; i < max; i++) {
      const r = synthesise(records, i);
      const id = benchReportId(r.id);
      const t0 = performance.now();
      const features = clusterFeatures({ title: r.title, text: r.text, published: r.published });
      const addedAt = new Date(base + i * 1000).toISOString();
      await db.transaction(async (tx) => {
        await insertBareReport(tx, id, r, addedAt);
        await placeReport(tx, { id, title: r.title, features, publishedAt: `${r.published}T00:00:00.000Z`, addedAt });
      });
      windowMs.push(performance.now() - t0);
      if (windowMs.length > WINDOW) windowMs.shift();
      if (i + 1 === WINDOW) cpuStart = process.cpuUsage();
      if (sizes.includes(i + 1)) {
        const cpu = process.cpuUsage(cpuStart);
        cpuStart = process.cpuUsage();
        const sorted = [...windowMs].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)]!;
        const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
        const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
        const size = await db.query<{ mb: number }>(
          `SELECT (sum(pg_total_relation_size(c.oid)) / 1048576.0)::float AS mb FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema],
        );
        const sinceLast = i + 1 - (sizes.filter((s) => s < i + 1).at(-1) ?? WINDOW);
        console.log(
          `${String(i + 1).padEnd(9)} ${(1000 / mean).toFixed(0).padStart(9)}  ${median.toFixed(1).padStart(16)}  ${p90.toFixed(1).padStart(13)}  ${((cpu.user + cpu.system) / 1000 / Math.max(1, sinceLast)).toFixed(2).padStart(13)}  ${(process.memoryUsage().rss / 1048576).toFixed(0).padStart(6)}  ${(size.rows[0]?.mb ?? 0).toFixed(0).padStart(5)}`,
        );
      }
    }
  } finally {
    await db.query(`DROP SCHEMA ${schema} CASCADE`).catch((error: unknown) => console.log(`scale: could not drop schema ${schema}: ${(error as Error).message}`));
    await db.close();
  }
}
