import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../../src/core/package-root.js';

test("the package root is importable by name from plain Node: import { extract } from 'corroborate'", () => {
  const script = [
    "import { extract, annotate, openDb } from 'corroborate';",
    "const a = extract('<html lang=\"en\"><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1><p>The new dam on the river opened on Monday after six years of work, the regional water board said in a statement.</p></article></body></html>');",
    'console.log(JSON.stringify({ title: a.title, text: a.text, fns: [typeof annotate, typeof openDb] }));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { title: string; text: string; fns: string[] };
  assert.equal(out.title, 'Dam opens');
  assert.match(out.text, /^The new dam on the river opened on Monday/);
  assert.deepEqual(out.fns, ['function', 'function']);
});
