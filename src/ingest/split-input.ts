import { gunzipSync } from 'node:zlib';
import { TextDecoder } from 'node:util';
import chardet from 'chardet';
import { sha256Hex } from '../core/content-address.js';
import type { ReportRecord, ReportSource, SourceFailure } from './report-source.js';
import {
  BINARY_SNIFF_BYTES,
  MAX_CONTROL_CHAR_RATIO,
  MAX_DECOMPRESSED_BYTES,
  MAX_REPORT_BYTES,
  MIN_ENCODING_GUESS_CONFIDENCE,
} from './settings.js';
import { FORMAT_BY_EXTENSION, MAGIC_NUMBERS, HTML_SNIFF } from './formats.js';

type Format = 'html' | 'text' | 'markdown' | 'ndjson';

export interface SplitOptions {
  readonly url?: string;
  readonly contentType?: string;
  /** When the bytes were fetched from `url` by this program (see `ReportSource.fetchedAt`). */
  readonly fetchedAt?: string;
}

/**
 * Turns one input (a file's bytes and its name) into the report sources it holds: one for an
 * HTML page or a text file, one per line of an NDJSON dump; with a failure, naming the input and
 * the problem, for each part that cannot be a report. Pure: no I/O.
 *
 * @example
 * splitInput('dump.ndjson', bytes) // [{ kind: 'report-source', name: 'dump.ndjson:1', ... }, ...]
 */
export function splitInput(name: string, input: Uint8Array, options: SplitOptions = {}): Array<ReportSource | SourceFailure> {
  const fail = (reason: string, at = name): SourceFailure => ({ kind: 'source-failure', name: at, reason });
  let bytes = input;
  let baseName = name;
  if (isGzip(name, bytes)) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_DECOMPRESSED_BYTES }));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return [fail(code === 'ERR_BUFFER_TOO_LARGE'
        ? `decompresses to more than ${MAX_DECOMPRESSED_BYTES} bytes; refused as a possible decompression bomb`
        : `not a valid gzip file (${(error as Error).message}); give the uncompressed file instead`)];
    }
    baseName = name.replace(/\.gz$/i, '');
  }
  if (bytes.length === 0 || isBlank(bytes)) return [fail('empty file: nothing to add')];
  const magic = recogniseMagic(bytes);
  if (magic) return [fail(`binary file (${magic}), not a report: give HTML, plain text or NDJSON`)];
  if (looksBinary(bytes)) return [fail('binary file (control bytes in its text), not a report: give HTML, plain text or NDJSON')];

  const format = formatOf(baseName, bytes, options.contentType);
  if (format === 'ndjson') return splitNdjson(name, bytes);
  if (bytes.length > MAX_REPORT_BYTES) {
    return [fail(`${bytes.length} bytes is more than the ${MAX_REPORT_BYTES} a single report may have; is it a dump? split it, or give it as NDJSON`)];
  }
  const source = {
    kind: 'report-source' as const,
    name,
    bytes,
    sha256: sha256Hex(bytes),
    format,
    ...(options.url ? { url: options.url } : {}),
    ...(options.contentType ? { contentType: options.contentType } : {}),
    ...(options.fetchedAt ? { fetchedAt: options.fetchedAt } : {}),
  };
  if (format === 'html') return [source];
  const charset = textCharset(bytes);
  if (charset === null) {
    return [fail('not valid UTF-8 and its encoding cannot be told with confidence; re-encode it as UTF-8')];
  }
  return [charset === 'utf-8' ? source : { ...source, contentType: `text/plain; charset=${charset}` }];
}

function isGzip(name: string, bytes: Uint8Array): boolean {
  return /\.gz$/i.test(name) || (bytes[0] === 0x1f && bytes[1] === 0x8b);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  return true;
}

function recogniseMagic(bytes: Uint8Array): string | null {
  for (const { label, prefix } of MAGIC_NUMBERS) {
    if (prefix.every((b, i) => bytes[i] === b)) return label;
  }
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > MAX_CONTROL_CHAR_RATIO;
}

function formatOf(name: string, bytes: Uint8Array, contentType?: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byName = ext ? FORMAT_BY_EXTENSION[ext] : undefined;
  if (byName) return byName;
  if (contentType && /html|xml/i.test(contentType)) return 'html';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).trimStart();
  if (head.startsWith('{')) return 'ndjson';
  return HTML_SNIFF.test(head) ? 'html' : 'text';
}

function textCharset(bytes: Uint8Array): string | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    const guesses = chardet.analyse(bytes);
    const best = guesses.find((g) => g.name !== 'UTF-8' && isDecodable(g.name));
    return best && best.confidence >= MIN_ENCODING_GUESS_CONFIDENCE ? best.name.toLowerCase() : null;
  }
}

function isDecodable(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

const RECORD_FIELDS = ['id', 'title', 'text', 'html', 'url', 'published', 'outlet', 'lang'] as const;

function splitNdjson(name: string, bytes: Uint8Array): Array<ReportSource | SourceFailure> {
  const out: Array<ReportSource | SourceFailure> = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineNo = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    lineNo++;
    let lineEnd = end;
    if (lineEnd > start && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const line = bytes.subarray(start, lineEnd);
    start = end + 1;
    const at = `${name}:${lineNo}`;
    if (isBlank(line)) continue;
    if (line.length > MAX_REPORT_BYTES) {
      out.push({ kind: 'source-failure', name: at, reason: `line of ${line.length} bytes is more than the ${MAX_REPORT_BYTES} a single report may have` });
      continue;
    }
    const parsed = parseRecord(line, decoder);
    if (typeof parsed === 'string') out.push({ kind: 'source-failure', name: at, reason: parsed });
    else out.push({ kind: 'report-source', name: at, bytes: line.slice(), sha256: sha256Hex(line), format: 'record', record: parsed, ...(parsed.url ? { url: parsed.url } : {}) });
  }
  return out;
}

/** Returns the record, or a reason it is not one. */
function parseRecord(line: Uint8Array, decoder: TextDecoder): ReportRecord | string {
  let text: string;
  try {
    text = decoder.decode(line);
  } catch {
    return 'not valid UTF-8; NDJSON must be UTF-8';
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${(error as Error).message}); each line must be one JSON object`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not a JSON object; each line must be {"id", "title", "text" or "html", ...}';
  }
  const obj = value as Record<string, unknown>;
  const fields: Record<string, string | null> = {};
  for (const key of RECORD_FIELDS) {
    const v = obj[key];
    if (v === undefined || v === null) fields[key] = null;
    else if (typeof v === 'string') fields[key] = v;
    else if (typeof v === 'number' && (key === 'id' || key === 'published')) fields[key] = String(v);
    else return `field "${key}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`;
  }
  const titleOnly = !fields.text?.trim() && !fields.html?.trim();
  if (titleOnly && !fields.title?.trim()) return 'has neither "text" nor "html" nor "title": nothing to extract';
  return {
    id: fields.id ?? null,
    title: fields.title ?? null,
    // A record with only a title (a headline-only item, a flash, a dump that keeps the first
    // sentence apart) is that title: it is stored as the report's text too, so what is said in
    // it can be cited.
    text: titleOnly ? fields.title ?? null : fields.text ?? null,
    html: fields.html ?? null,
    url: fields.url ?? null,
    published: fields.published ?? null,
    // Labelled news streams (ECB+ and its kind: {id, title, text, lang, published, source, cluster})
    // name the outlet `source`; it stands in when there is no `outlet`, and only as a string.
    outlet: fields.outlet ?? (typeof obj.source === 'string' && obj.source.trim() ? obj.source : null),
    lang: fields.lang ?? null,
  };
}
