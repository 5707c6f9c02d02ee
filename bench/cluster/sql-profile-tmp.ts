// TEMP: per-statement timing of the store path on PostgreSQL
import { join } from 'node:path';
import { clusterFeatures } from '../../src/cluster/index.js';
import { openDb } from '../../src/store/open-db.js';
import { placeReport } from '../../src/store/story-index.js';
import { DEV_STREAM, readStream, sharedDir } from './dev-data.js';
import { benchReportId, insertBareReport } from './bare-report.js';
const { records } = readStream(join(sharedDir(), DEV_STREAM));
const schema = `sqlprof_${process.pid}`;
const db = await openDb('postgres://postgres@127.0.0.1:5432/test', { schema });
const times = new Map<string, { n: number; ms: number }>();
let k = 0; let txMs = 0;
try {
  for (const r of [...records, ...records.map((x) => ({ ...x, id: x.id + '#2', text: x.text + ' again' }))]) {
    const id = benchReportId(r.id);
    const f = clusterFeatures({ title: r.title, text: r.text, published: r.published });
    const t0 = performance.now();
    await db.transaction(async (tx0) => {
      const tx = { memo: tx0.memo, query: async (sql: string, p?: readonly unknown[]) => { const t = performance.now(); const out = await tx0.query(sql, p as unknown[]); const key = sql.replace(/\s+/g, ' ').slice(0, 70); const e = times.get(key) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; times.set(key, e); return out; } } as typeof tx0;
      await insertBareReport(tx, id, r, new Date(Date.UTC(2026, 0, 1) + k * 1000).toISOString());
      await placeReport(tx, { id, title: r.title, features: f, publishedAt: null, addedAt: new Date(Date.UTC(2026, 0, 1) + k * 1000).toISOString() });
    });
    txMs += performance.now() - t0;
    k++;
  }
  const total = [...times.values()].reduce((a, b) => a + b.ms, 0);
  console.log('reports', k, 'sql ms/report', (total / k).toFixed(2), 'transaction ms/report', (txMs / k).toFixed(2));
  for (const [s, e] of [...times].sort((a, b) => b[1].ms - a[1].ms).slice(0, 16)) console.log((e.ms / k).toFixed(2).padStart(7), String(e.n).padStart(6), s);
} finally { await db.query(`DROP SCHEMA ${schema} CASCADE`); await db.close(); }
