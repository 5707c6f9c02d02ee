import { PassThrough, Readable } from 'node:stream';

/** In-memory stdout/stderr/stdin for running the CLI's `main` in-process. */
export function captureIo(stdinText = '', env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => {
    const s = new PassThrough() as unknown as NodeJS.WriteStream;
    (s as unknown as PassThrough).on('data', (c: Buffer) => into.push(c.toString()));
    return s;
  };
  return {
    io: { stdout: sink(out), stderr: sink(err), stdin: Readable.from([Buffer.from(stdinText)]), env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
