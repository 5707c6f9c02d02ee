import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import type { StoryDetail } from '../../src/pipeline/index.js';

test('the demo (npm start) tells the sample corpus as two stories with a copy and contradictions', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-demo-'));
  try {
    const run = captureIo();
    const code = await main(['demo', '--json', '--db', join(dir, 'db')], run.io);
    assert.equal(code, 0, run.stderr());
    const stories = JSON.parse(run.stdout()) as StoryDetail[];
    const byOutlets = (outlet: string) => stories.find((s) => s.reports.some((r) => r.outlet === outlet));
    const quake = byOutlets('Atlas Daily');
    const ferry = byOutlets('Nordic Wire');
    assert.ok(quake && ferry && quake.id !== ferry.id, 'the quake and the ferry are two stories');
    assert.deepEqual(
      quake.reports.map((r) => r.outlet).sort(),
      ['Atlas Daily', 'Radio Meridian', 'The Harbour Ledger'],
    );
    assert.ok(ferry.reports.length >= 3, 'the wire story, its copy and the independent report');

    const wire = ferry.reports.find((r) => r.outlet === 'Nordic Wire')!;
    const copy = ferry.reports.find((r) => r.outlet === 'Coastline Post')!;
    assert.equal(copy.derivedFrom, wire.id, 'the Coastline Post copy derives from the wire story');
    assert.equal(ferry.independentSources, ferry.reports.length - 1, 'the copy does not count as a source');

    const deaths = quake.facts.find((f) => f.status === 'disputed' && f.values.some((v) => v.value === 12) && f.values.some((v) => v.value === 15));
    assert.ok(deaths, `12 vs 15 killed is disputed: ${JSON.stringify(quake.facts.map((f) => [f.statement, f.status]))}`);
    const parts = ferry.facts.filter((f) => f.relations.length > 0);
    assert.ok(parts.length > 0, '140 + 72 passengers are recognised as parts of 212');

    const human = captureIo();
    assert.equal(await main(['demo', '--db', join(dir, 'db')], human.io), 0);
    assert.match(human.stdout(), /added 0, already present 7, failed 0/);
    assert.match(human.stdout(), /## Disputed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
