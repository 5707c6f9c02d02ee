import { open } from 'node:fs/promises';
import type { InputRef } from './list-inputs.js';
import { MAX_DECOMPRESSED_BYTES } from './settings.js';
import { InputError } from '../core/errors.js';

/**
 * Reads an input's bytes, refusing anything larger than could ever be stored (the per-report
 * limit is applied later, per report, since one NDJSON dump holds many).
 */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (ref.path === null) return readStream(ref.name, stdin);
  const handle = await open(ref.path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(ref.name, `cannot open (${error.code ?? error.message})`);
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_DECOMPRESSED_BYTES) throw new InputError(ref.name, `${size} bytes is more than the ${MAX_DECOMPRESSED_BYTES} an input may have; split it`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function readStream(name: string, stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > MAX_DECOMPRESSED_BYTES) throw new InputError(name, `more than ${MAX_DECOMPRESSED_BYTES} bytes on standard input; split it`);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
