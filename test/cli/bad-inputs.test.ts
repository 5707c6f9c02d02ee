import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { dbTargets } from '../support/databases.js';
import { captureIo } from '../support/capture-io.js';

/** A short report of our own, so the good part of the batch has something to store. */
const GOOD_TEXT = [
  'Floods close the main road into Riverton',
  '',
  'Heavy rain on Tuesday flooded the main road into Riverton, and the county closed it to traffic for at least two days, officials said.',
  '',
  'About 300 homes lost power overnight, the utility company said on Wednesday.',
].join('\n');

function writeBatch(dir: string): string[] {
  const files: Record<string, string | Uint8Array> = {
    'good.txt': GOOD_TEXT,
    'empty.txt': '',
    'binary.html': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
    'invalid-utf8.txt': new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
    'huge.txt': 'x'.repeat(50 * 1024 * 1024),
    'malformed.html': '<html><body><div><p>The council met on Monday <b>to vote on the <i>budget</div></span></p><p>It passed by nine votes to four, the clerk said.<table><tr><td>unclosed',
    'dump.ndjson': '{"id":"n1","title":"Storm","text":"A storm brought down trees in the park on Sunday, the city said."}\n{"id":"n2", broken json\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files).map((f) => join(dir, f));
}

for (const target of await dbTargets()) {
  test(`bad inputs fail one by one, the rest is stored, exit 1 (${target.name})`, { skip: target.unavailable ?? false }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));
    const { url, drop, db } = await target.open();
    const dbArg = target.name === 'pglite' ? join(dir, 'db') : url;
    try {
      const files = writeBatch(dir);
      const run = captureIo();
      const code = await main(['add', '--json', '--db', dbArg, ...files], run.io);
      const result = JSON.parse(run.stdout()) as { added: number; failed: number; outcomes: Array<{ kind: string; name: string; reason?: string }> };
      assert.equal(code, 1, 'exit 1: some inputs failed');
      const failed = new Map(result.outcomes.filter((o) => o.kind === 'failed').map((o) => [o.name.replace(/^.*\//, ''), o.reason ?? '']));
      assert.match(failed.get('empty.txt') ?? '', /empty/);
      assert.match(failed.get('binary.html') ?? '', /binary/);
      assert.match(failed.get('invalid-utf8.txt') ?? '', /UTF-8/);
      assert.match(failed.get('huge.txt') ?? '', /more than/);
      assert.match(failed.get('dump.ndjson:2') ?? '', /not valid JSON/);
      const added = result.outcomes.filter((o) => o.kind === 'added').map((o) => o.name.replace(/^.*\//, ''));
      assert.deepEqual(added.sort(), ['dump.ndjson:1', 'good.txt', 'malformed.html']);

      const again = captureIo();
      assert.equal(await main(['add', '--db', dbArg, join(dir, 'good.txt')], again.io), 0);
      assert.match(again.stdout(), /added 0, already present 1, failed 0/);

      const missing = captureIo();
      assert.equal(await main(['add', '--db', dbArg, join(dir, 'no-such-file.html')], missing.io), 1);
      assert.match(missing.stderr(), /no-such-file\.html: no such file/);

      const usage = captureIo();
      assert.equal(await main(['add', '--db', dbArg], usage.io), 2);
      assert.equal(await main(['frobnicate'], captureIo().io), 2);
      assert.equal(await main(['story', '--db', dbArg, 'nope'], captureIo().io), 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await drop();
      void db;
    }
  });
}
