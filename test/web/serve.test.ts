import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';

/**
 * `corroborate serve` as a process: prints its URL, serves, stops cleanly on SIGINT; bad flags
 * are usage errors; `demo --serve` without a terminal (CI) prints and exits instead of serving.
 */

const BIN = join(packageRoot(), 'dist', 'src', 'cli', 'bin.js');

function run(args: string[], onStdout?: (text: string, kill: (signal: NodeJS.Signals) => void) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CORROBORATE_DB: '' } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, (signal) => child.kill(signal));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

test('corroborate serve: prints its URL, answers, stops on SIGINT', { timeout: 150_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  try {
    let answered: Promise<number> | undefined;
    const result = await run(['serve', '--port', '0', '--db', join(dir, 'db')], (stdout, kill) => {
      const url = /serving at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
      if (!url || answered) return;
      answered = fetch(`${url}api/v1/stories`).then((res) => res.status).finally(() => kill('SIGINT'));
    });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(await answered, 200);

    const bad = captureIo();
    assert.equal(await main(['serve', '--port', '99999', '--db', join(dir, 'db')], bad.io), 2);
    assert.match(bad.stderr(), /--port must be a number from 0 to 65535/);

    const demo = captureIo();
    assert.equal(await main(['demo', '--serve', '--db', join(dir, 'db')], demo.io), 0, demo.stderr());
    assert.match(demo.stdout(), /## Disputed/);
    assert.doesNotMatch(demo.stdout(), /serving at/, 'without a terminal, demo --serve prints and exits');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
