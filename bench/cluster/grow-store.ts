// Grows a bench store to a given number of reports by copying the rows of stories already in it,
// in SQL, so that the scale run can measure the per-report cost at a million stored reports in a
// session: streaming a million reports through `placeReport` one by one takes the better part of
// a day on this machine (about 40 a second), copying them takes minutes.
//
// A copy is a faithful stand-in for more of the same stream, for what placing a new report costs:
// every table the placement reads or writes gets rows of the same shape and number per report
// (reports with their text and search columns, raw inputs, stories, centroids and norms, retrieval
// keys, LSH bands, report samples, links), with new ids, sequence numbers after the existing ones
// and dates moved past the latest stored date (older than anything streamed afterwards, so the
// copies are earlier events, as in the stream). Terms are copied verbatim: each copied story adds
// postings to the same keys and bands, so the lists a lookup must bound grow faster than in a
// renamed stream, a harder case, not an easier one. Document frequencies are scaled by the growth.
import type { Db, Queryable } from '../../src/store/db.js';

/** What one call of {@link growStore} did. */
export interface Growth {
  /** Reports in the store before and after. */
  readonly from: number;
  readonly to: number;
  /** Copies made (each of a prefix of the stored stories, at most all of them). */
  readonly copies: number;
  readonly seconds: number;
}

/**
 * Copies stored stories (with all their rows) until the store holds at least `target` reports.
 * Each copy takes the oldest active stories whose reports add up to what is still missing (all of
 * them when more is missing than stored), in one transaction, and moves their dates `roundDays`
 * beyond the latest stored date. Merged-away stories and the merge and split records are history,
 * not read by a placement, and are not copied; a link is copied when both its stories are.
 */
export async function growStore(db: Db, target: number, roundDays: number): Promise<Growth> {
  const started = performance.now();
  const from = await documents(db);
  let copies = 0;
  let now = from;
  while (now < target) {
    copies++;
    await db.transaction((tx) => copyStories(tx, target - now, `~g${Date.now().toString(36)}${copies}`, roundDays));
    const after = await documents(db);
    if (after <= now) throw new Error(`growStore: a copy added no reports (store at ${now} of ${target}); is the store empty?`);
    now = after;
  }
  return { from, to: now, copies, seconds: (performance.now() - started) / 1000 };
}

async function documents(db: Queryable): Promise<number> {
  const r = await db.query<{ n: string }>('SELECT documents::text AS n FROM index_stats WHERE id = 1');
  return Number(r.rows[0]?.n ?? 0);
}

/** One copy: stories whose reports add up to about `need`, ids suffixed with `suffix`. */
async function copyStories(tx: Queryable, need: number, suffix: string, roundDays: number): Promise<void> {
  const span = await tx.query<{ seq: string; days: number; docs: string }>(
    `SELECT (SELECT max(seq) FROM reports)::text AS seq,
            (SELECT (max(left(published, 10))::date - min(left(published, 10))::date) FROM reports WHERE published ~ '^\\d{4}-\\d{2}-\\d{2}')::int AS days,
            (SELECT documents FROM index_stats WHERE id = 1)::text AS docs`,
  );
  const seqShift = span.rows[0]!.seq;
  const days = (span.rows[0]!.days ?? 0) + roundDays;
  const before = Number(span.rows[0]!.docs);
  await tx.query(
    `CREATE TEMP TABLE grow_stories ON COMMIT DROP AS
       SELECT story_id FROM (SELECT story_id, report_count, sum(report_count) OVER (ORDER BY seq, story_id) AS upto FROM story_index WHERE active) x
        WHERE upto - report_count < $1`,
    [need],
  );
  await tx.query('ALTER TABLE grow_stories ADD PRIMARY KEY (story_id)');
  await tx.query('CREATE TEMP TABLE grow_reports ON COMMIT DROP AS SELECT id FROM reports WHERE story_id IN (SELECT story_id FROM grow_stories)');
  await tx.query('ALTER TABLE grow_reports ADD PRIMARY KEY (id)');
  const sfx = literal(suffix);
  const seq = (col: string): string => `${col} + ${seqShift}`;
  const day = (col: string): string => `CASE WHEN ${col} ~ '^\\d{4}-\\d{2}-\\d{2}' THEN (left(${col}, 10)::date + ${days})::text || substr(${col}, 11) END`;
  const stamp = (col: string): string => `${col} + make_interval(days => ${days})`;
  const copiedReport = (col: string): string => `(SELECT g.id || ${sfx} FROM grow_reports g WHERE g.id = t.${col})`;
  await copyRows(tx, 'raw_inputs', { sha256: `sha256 || ${sfx}` }, `sha256 IN (SELECT r.raw_sha256 FROM reports r JOIN grow_reports g ON g.id = r.id)`);
  await copyRows(tx, 'stories', { id: `id || ${sfx}`, merged_into: 'NULL', first_seen: stamp('first_seen'), last_seen: stamp('last_seen') }, 'id IN (SELECT story_id FROM grow_stories)');
  await copyRows(
    tx,
    'reports',
    {
      id: `id || ${sfx}`,
      seq: seq('seq'),
      content_sha256: `content_sha256 || ${sfx}`,
      raw_sha256: `raw_sha256 || ${sfx}`,
      external_id: `external_id || ${sfx}`,
      story_id: `story_id || ${sfx}`,
      derived_from: copiedReport('derived_from'),
      published: day('published'),
      published_at: stamp('published_at'),
    },
    'id IN (SELECT id FROM grow_reports)',
  );
  await copyRows(
    tx,
    'story_index',
    { story_id: `story_id || ${sfx}`, seq: seq('seq'), first_date: day('first_date'), last_date: day('last_date'), first_seen: `to_char((first_seen::timestamptz + make_interval(days => ${days})) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` },
    'story_id IN (SELECT story_id FROM grow_stories)',
  );
  await copyRows(tx, 'story_keys', { story_id: `story_id || ${sfx}`, seen_seq: seq('seen_seq') }, 'story_id IN (SELECT story_id FROM grow_stories)');
  await copyRows(
    tx,
    'report_index',
    { report_id: `report_id || ${sfx}`, story_id: `story_id || ${sfx}`, derived_from: copiedReport('derived_from'), seq: seq('seq') },
    'report_id IN (SELECT id FROM grow_reports)',
  );
  await copyRows(tx, 'report_bands', { report_id: `report_id || ${sfx}`, seq: seq('seq') }, 'report_id IN (SELECT id FROM grow_reports)');
  await copyRows(
    tx,
    'story_links',
    { story_id: `story_id || ${sfx}`, related_id: `related_id || ${sfx}` },
    'story_id IN (SELECT story_id FROM grow_stories) AND related_id IN (SELECT story_id FROM grow_stories)',
  );
  const added = Number((await tx.query<{ n: string }>('SELECT count(*)::text AS n FROM grow_reports')).rows[0]!.n);
  // Every copied report brings its terms along, so each term's frequency grows with the store.
  if (before > 0) await tx.query('UPDATE term_stats SET df = round(df * $1::float8)::int', [(before + added) / before]);
  await tx.query('UPDATE index_stats SET documents = documents + $1 WHERE id = 1', [added]);
  await tx.query(`SELECT setval(pg_get_serial_sequence('reports', 'seq'), (SELECT max(seq) FROM reports))`);
}

/**
 * INSERT INTO table SELECT of its own rows matching `where`, with the given columns replaced by
 * expressions over the row (alias `t`). The columns are read from the catalog (generated ones
 * are left to the server), so a column added by a later migration is copied too.
 */
async function copyRows(tx: Queryable, table: string, replace: Record<string, string>, where: string): Promise<void> {
  const cols = await tx.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  const names = cols.rows.map((c) => c.column_name);
  for (const c of Object.keys(replace)) if (!names.includes(c)) throw new Error(`growStore: ${table} has no column ${c} (the bench is out of date with the migrations)`);
  const select = names.map((c) => replace[c] ?? `t.${c}`).join(', ');
  await tx.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM ${table} t WHERE ${where}`);
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
