// Scale section of the clustering bench: does the per-report cost of placeReport stay flat as the
// store grows? Streams a synthetic stream made by recombining the dev articles (each round shifts
// the dates by ROUND_DAYS and renames every name word, so rounds are new events with new names)
// into a dedicated schema on a PostgreSQL server, grows the store between sizes by copying its
// stories (grow-store.ts; or streams everything, --stream-all), and prints the cost of streaming
// the last WINDOW reports at each size. The schema is dropped at the end.
import { hashString } from '../../src/cluster/hash.js';
import { readFileSync } from 'node:fs';
import { openDb } from '../../src/store/open-db.js';
import { APPLICATION_NAME } from '../../src/store/postgres-db.js';
import type { Db } from '../../src/store/db.js';
import { StatementTimes } from './statement-times.js';
import { placeReport } from '../../src/store/story-index.js';
import { recordFeatures, type StreamRecord } from './dev-data.js';
import { benchAddedAt, benchReportId, insertBareReport } from './bare-report.js';
import { growStore } from './grow-store.js';

/**
 * Days between two rounds of the same article: beyond the time window and the review's merge
 * window, so each round is new events in time as well as in names.
 */
const ROUND_DAYS = 90;
/** Reports timed before each printed size (count): enough for a stable median on a noisy machine. */
const WINDOW = Number(process.env.SCALE_WINDOW ?? 1000);
const NAME_WORD = /\b(\p{Lu})(\p{Ll}{2,})\b/gu;
const PLAIN_WORD = /\b\p{Ll}{3,}\b/gu;

/** The i-th record of the synthetic stream, its rounds counted from `roundOffset`. */
function synthesise(records: readonly StreamRecord[], i: number, roundOffset: number): StreamRecord {
  const base = records[i % records.length]!;
  const round = Math.floor(i / records.length) + roundOffset;
  // An 'x' first: a tag that is an English ending ("s", "ed") would be stemmed away.
  const tag = `x${letterTag(round)}`;
  // Renaming every capitalised word, and half of the other words of three letters or more (chosen
  // by a hash of the word and the round, the same choice throughout a round), keeps the text's
  // shape and each round's events coherent, while a later round is neither the same event nor a
  // copy or rewrite of an earlier one: with a third of the words renamed, half the content-word
  // pairs of a round survive into the next, which the rewrite check (REWRITE_CONTAINMENT) reads
  // as a rewrite, and derived reports join their origin's story at any distance in time, so the
  // rounds of an article chained into one story over years.
  const rename = (s: string): string =>
    round === 0
      ? s
      : s
          .replace(NAME_WORD, (_, a: string, b: string) => `${a}${b}${tag}`)
          .replace(PLAIN_WORD, (w: string) => (hashString(`${w}#${round}`) % 2 === 0 ? `${w}${tag}` : w));
  const day = new Date(EPOCH + round * ROUND_DAYS * DAY_MS).toISOString().slice(0, 10);
  return { id: `${base.id}#${round}`, title: base.title ? rename(base.title) : null, text: rename(base.text), published: day, cluster: `${base.cluster}#${round}` };
}

/**
 * A round's tag in letters only (0 -> "a", 25 -> "z", 26 -> "ba", ...): the tokenizer splits
 * words at digits, so a tag with a digit in it ("obama1r") renamed nothing, and the rounds of an
 * article stayed copies of each other.
 */
export function letterTag(round: number): string {
  let tag = '';
  let n = round;
  do {
    tag = String.fromCharCode(LETTER_A + (n % 26)) + tag;
    n = Math.floor(n / 26);
  } while (n > 0);
  return tag;
}

const LETTER_A = 'a'.charCodeAt(0);
const EPOCH = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;

/** Options of {@link runScale}. */
export interface ScaleOptions {
  /** Store sizes (reports) at which the cost is printed. */
  readonly sizes: readonly number[];
  /** PostgreSQL server URL. */
  readonly url: string;
  /** Keep the schema at the end (for inspection, or to look at the tables' sizes). */
  readonly keep?: boolean;
  /**
   * Stream every report through placeReport, instead of growing the store between sizes by
   * copying stored stories (grow-store.ts): the slow, literal way (about 40 reports a second
   * here), to check at small sizes that a grown store costs what a streamed one does.
   */
  readonly streamAll?: boolean;
  /**
   * Time every SQL statement of the timed windows (client side, round trip included) and print
   * the costliest per size: where a window's time goes when one size costs more than another.
   */
  readonly statements?: boolean;
}

/**
 * Fills a fresh schema up to each size and prints the cost of placing the last WINDOW reports
 * there, each streamed through `placeReport` one per transaction as `corroborate add` does:
 * wall-clock rate, median and 90th percentile milliseconds per report, this process's CPU
 * milliseconds per report, the server's, its resident memory, and the schema's size on disk.
 * The first size is streamed in full; between sizes the store is grown by copying its stories
 * (unless `streamAll`), and the reports streamed next are later events than all of them. A report
 * that fails is counted and logged, and the run goes on (a long run is not lost to one bad report).
 */
export async function runScale(records: readonly StreamRecord[], options: ScaleOptions): Promise<void> {
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const { url } = options;
  const schema = `cluster_scale_${process.pid}`;
  console.log(
    `scale: PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}, schema ${schema}; sizes ${sizes.join(', ')}; cost of the last ${WINDOW} reports streamed at each size; ` +
      (options.streamAll ? 'every report streamed' : 'the first size streamed, the store grown between sizes by copying its stories (grow-store.ts)'),
  );
  let db: Db;
  try {
    db = await openDb(url, { schema });
  } catch (error) {
    console.log(`scale: skipped, cannot open ${url}: ${(error as Error).message}`);
    return;
  }
  const started = performance.now();
  let failures = 0;
  let i = 0;
  let roundOffset = 0;
  let stored = 0;
  const statements = options.statements ? new StatementTimes() : null;
  /** Streams reports until the store holds `upto`, returning each one's milliseconds. */
  const stream = async (upto: number, timed: boolean): Promise<number[]> => {
    const ms: number[] = [];
    for (; stored < upto; i++, stored++) {
      const r = synthesise(records, i, roundOffset);
      const id = benchReportId(r.id);
      const t0 = performance.now();
      try {
        const features = recordFeatures(r);
        const addedAt = benchAddedAt(i);
        await db.transaction(async (raw) => {
          const tx = timed && statements ? statements.wrap(raw) : raw;
          await insertBareReport(tx, id, r, addedAt);
          await placeReport(tx, { id, title: r.title, features, publishedAt: `${r.published}T00:00:00.000Z`, addedAt });
        });
      } catch (error) {
        failures++;
        if (failures <= MAX_LOGGED_FAILURES) console.error(`scale: report ${i} (${r.id}) failed: ${(error as Error).message}`);
      }
      ms.push(performance.now() - t0);
      if (!timed && (stored + 1) % VACUUM_EVERY === 0) await vacuum(db, schema);
      if ((stored + 1) % PROGRESS_EVERY === 0) console.error(`scale: ${stored + 1} reports stored in ${((performance.now() - started) / 60000).toFixed(1)} min`);
    }
    return ms;
  };
  try {
    console.log('size       reports/s  median ms/report  p90 ms/report  cpu ms/report  server cpu ms/report  rss MB  db MB  failed  grown in');
    for (const size of sizes) {
      let grown = '';
      if (stored < size - WINDOW) {
        if (options.streamAll || stored === 0) await stream(size - WINDOW, false);
        else {
          const g = await growStore(db, size - WINDOW, ROUND_DAYS);
          stored = g.to;
          grown = `${g.seconds.toFixed(0)} s (${g.copies} copies)`;
          // The reports streamed next are a round after the latest stored date.
          const latest = await db.query<{ d: string | null }>(`SELECT max(left(published, 10)) AS d FROM reports`);
          const nextRound = Math.ceil((Date.parse(`${latest.rows[0]?.d ?? '2020-01-01'}T00:00:00Z`) - EPOCH) / DAY_MS / ROUND_DAYS) + 1;
          roundOffset = nextRound - Math.floor(i / records.length);
        }
      }
      await vacuum(db, schema);
      const cpuStart = process.cpuUsage();
      const serverStart = await serverCpu(db, schema);
      const windowStart = performance.now();
      const ms = await stream(Math.max(size, stored + 1), true);
      const cpu = process.cpuUsage(cpuStart);
      const server = cpuSince(serverStart, await serverCpu(db, schema));
      const wall = performance.now() - windowStart;
      const timed = ms.length;
      const sorted = ms.sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
      const dbSize = await db.query<{ mb: number }>(
        `SELECT (sum(pg_total_relation_size(c.oid)) / 1048576.0)::float AS mb FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
        [schema],
      );
      console.log(
        `${String(stored).padEnd(10)} ${((timed * 1000) / wall).toFixed(0).padStart(9)}  ${median.toFixed(1).padStart(16)}  ${p90.toFixed(1).padStart(13)}  ${((cpu.user + cpu.system) / 1000 / timed).toFixed(2).padStart(13)}  ${server === null ? '                 n/a' : (server / timed).toFixed(2).padStart(20)}  ${(process.memoryUsage().rss / 1048576).toFixed(0).padStart(6)}  ${(dbSize.rows[0]?.mb ?? 0).toFixed(0).padStart(5)}  ${String(failures).padStart(6)}  ${grown}`,
      );
      if (statements) statements.print(`at ${stored}`, timed);
    }
  } finally {
    if (options.keep) console.log(`scale: schema ${schema} kept (DROP SCHEMA ${schema} CASCADE to remove it)`);
    else await db.query(`DROP SCHEMA ${schema} CASCADE`).catch((error: unknown) => console.log(`scale: could not drop schema ${schema}: ${(error as Error).message}`));
    await db.close();
  }
}

/**
 * VACUUM (ANALYZE) of the bench schema's tables, as autovacuum would run them on a server where
 * it is on (the default; the server on these machines has it off, and a store that is never
 * vacuumed slows down with the dead rows of its updated counts and keys, which is not what the
 * scale run measures). Run between timed windows, never inside one.
 */
async function vacuum(db: Db, schema: string): Promise<void> {
  const tables = await db.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = $1', [schema]);
  for (const { t } of tables.rows) await db.query(`VACUUM (ANALYZE) ${schema}.${t}`);
}

/**
 * CPU milliseconds used so far by each server backend of this bench's connections (by pid), read
 * from /proc when the server runs on this machine: the server's own cost per report, which other
 * load on a shared machine does not inflate the way it does wall-clock time. Null when unreadable.
 */
async function serverCpu(db: Db, schema: string): Promise<Map<number, number> | null> {
  const rows = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [`${APPLICATION_NAME}:${schema}`]);
  const out = new Map<number, number>();
  for (const { pid } of rows.rows) {
    try {
      // Fields 14 and 15 of /proc/PID/stat (after the parenthesised name): user and system ticks.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND);
    } catch {
      return null;
    }
  }
  return out;
}

/** Server CPU milliseconds between two readings, over the backends present in both (null: unknown). */
function cpuSince(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? now);
  return ms;
}

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every common platform. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Failures whose message is printed (count); the rest are only counted. */
const MAX_LOGGED_FAILURES = 20;
/** Reports streamed (untimed) between two vacuums: about autovacuum's one-minute nap at this rate (count). */
const VACUUM_EVERY = 2_000;
/** Reports between two progress lines on stderr (count). */
const PROGRESS_EVERY = 10_000;
