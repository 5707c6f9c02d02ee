import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FORMAT_BY_EXTENSION } from './formats.js';
import type { SourceFailure } from './report-source.js';

/** One input the user named: a file on disk or standard input. */
export interface InputRef {
  readonly kind: 'input-ref';
  /** `stdin`, or the path as it will be shown to the user. */
  readonly name: string;
  /** Absolute path, or null for standard input. */
  readonly path: string | null;
}

const REPORT_FILE = new RegExp(`\\.(?:${Object.keys(FORMAT_BY_EXTENSION).join('|')})(?:\\.gz)?$`, 'i');

/**
 * Expands what the user typed (files, directories walked recursively, glob patterns, `-` for
 * standard input) into the inputs to read, in a stable order, and a failure for each argument
 * that names nothing. Inside directories only report files are taken (.html, .htm, .txt, .md,
 * .ndjson, .jsonl, and .gz of these); a file named explicitly is taken whatever its name.
 */
export async function listInputs(args: readonly string[], cwd = process.cwd()): Promise<{ inputs: InputRef[]; failures: SourceFailure[] }> {
  const inputs: InputRef[] = [];
  const failures: SourceFailure[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ kind: 'input-ref', name: relative(cwd, path) || path, path });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'input-ref', name: 'stdin', path: null });
      continue;
    }
    if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) failures.push({ kind: 'source-failure', name: arg, reason: 'pattern matches no file' });
      matches.forEach(add);
      continue;
    }
    const path = isAbsolute(arg) ? arg : join(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch {
      failures.push({ kind: 'source-failure', name: arg, reason: 'no such file or directory' });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found.length === 0) failures.push({ kind: 'source-failure', name: arg, reason: 'directory holds no .html, .txt, .md, .ndjson or .jsonl file' });
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return { inputs, failures };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && REPORT_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
