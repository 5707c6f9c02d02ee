import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { startLocalServer } from './local-server.js';

const PARAGRAPHS = [
  'The harbour authority of a small coastal town voted on Tuesday to close the old ferry pier for repairs, a decision that will reroute morning commuters for at least six weeks.',
  'Officials said the timber supports had rotted faster than expected after two wet winters, and that divers found cracks in three of the concrete footings last month.',
  'Ferry operators will use the freight quay at the north end of the bay until the work is finished, the authority said in a statement.',
];
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour closes old ferry pier for repairs</title></head><body><article><h1>Harbour closes old ferry pier for repairs</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test('cli: add URL fetches the page and ingests it; private addresses need --allow-private-network', async () => {
  const server = await startLocalServer({
    '/news/pier': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
  });
  try {
    const url = `${server.origin}/news/pier`;
    const refused = captureIo();
    assert.equal(await main(['add', '--db', 'memory://', url], refused.io), 1);
    assert.match(refused.stderr(), /failed: .*\/news\/pier: .*--allow-private-network/);
    assert.equal(server.seen.length, 0, 'nothing was sent');

    const ok = captureIo();
    assert.equal(await main(['add', '--db', 'memory://', '--allow-private-network', '--json', url], ok.io), 0, ok.stderr());
    const result = JSON.parse(ok.stdout()) as { added: number; outcomes: Array<{ name: string }> };
    assert.equal(result.added, 1);
    assert.equal(result.outcomes[0]?.name, url);
    assert.deepEqual(server.seen.map((r) => r.path), ['/robots.txt', '/news/pier']);
  } finally {
    await server.close();
  }
});
