import type { Db } from '../store/db.js';
import { addRecords, addSources, type AddOutcome, type RecordInput } from '../pipeline/index.js';
import { splitInput } from '../ingest/index.js';
import { addPage, isHttpUrl } from '../feeds/add-page.js';
import { PoliteFetcher } from '../fetch/index.js';
import { HttpError } from './http-error.js';
import { MAX_RECORDS_PER_POST } from './settings.js';

/**
 * Reports posted to the API or through the Add page, in any of the shapes a client may send:
 * - `application/json`: one record `{title, text|html, url, published, outlet, lang, id}` or an
 *   array of them, the fields of an NDJSON line of `corroborate add`;
 * - `text/plain`, `text/markdown`, `text/html`, `application/x-ndjson`: the raw body, as if it
 *   were a file of that kind (`?name=` names it in messages, `?url=` says where it came from);
 * - `multipart/form-data` (the Add form): a pasted `text` with optional `title`, `outlet`, `url`,
 *   `published`, `lang`, any number of uploaded `files`, and `fetch`: addresses of article pages,
 *   one per line, fetched through the polite, SSRF-guarded fetcher;
 * - `application/json` `{"fetch": ["https://…", …]}`: only addresses to fetch.
 * Everything goes through `addRecords`/`addSources`, the CLI's own path.
 */
export interface PostedReports {
  readonly records: RecordInput[];
  readonly files: Array<{ readonly name: string; readonly bytes: Uint8Array; readonly contentType?: string; readonly url?: string }>;
  /** Addresses of article pages to fetch and add. */
  readonly urls: string[];
  /** The `token` form field, for browsers posting the Add form without script. */
  readonly formToken: string | null;
}

/** The outcome of a post: the same summary `corroborate add --json` prints. */
export interface AddSummary {
  readonly added: number;
  readonly present: number;
  readonly failed: number;
  readonly outcomes: readonly AddOutcome[];
}

const RECORD_FIELDS = ['id', 'title', 'text', 'html', 'url', 'published', 'outlet', 'lang'] as const;

/** Pasted text that is an HTML page or fragment rather than plain text. */
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype|html|head|body|article|main|section|div|p|h[1-6])[\s>]/i;

/** A request as far as reading reports from it goes (a subset of Hono's `HonoRequest`). */
export interface BodySource {
  header(name: string): string | undefined;
  readonly url: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  parseBody(options: { all: true }): Promise<Record<string, string | File | Array<string | File>>>;
}

/** Reads the reports of a request; malformed bodies become a 400, unknown types a 415. */
export async function readPostedReports(req: BodySource): Promise<PostedReports> {
  const type = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return readJson(await readUtf8(req));
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') return readForm(req);
  const raw = RAW_TYPES[type];
  if (raw) {
    const params = new URL(req.url).searchParams;
    const name = params.get('name')?.trim() || `posted.${raw}`;
    const url = params.get('url')?.trim();
    const bytes = new Uint8Array(await req.arrayBuffer());
    const contentType = req.header('content-type');
    return { records: [], files: [{ name: withExtension(name, raw), bytes, ...(contentType ? { contentType } : {}), ...(url ? { url } : {}) }], urls: [], formToken: null };
  }
  throw new HttpError(415, `cannot read a ${type || 'body without Content-Type'}: send application/json (a record or an array of records), text/plain, text/html, text/markdown, application/x-ndjson or multipart/form-data`);
}

/** The file name ending that tells ingest what a raw body is. */
const RAW_TYPES: Readonly<Record<string, string>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
};

function withExtension(name: string, extension: string): string {
  return /\.[a-z0-9]+(\.gz)?$/i.test(name) ? name : `${name}.${extension}`;
}

async function readUtf8(req: BodySource): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await req.arrayBuffer());
  } catch {
    throw new HttpError(400, 'the body is not valid UTF-8');
  }
}

function readJson(body: string): PostedReports {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'fetch' in value) {
    const list = (value as { fetch: unknown }).fetch;
    if (Object.keys(value).length !== 1 || !Array.isArray(list) || !list.every((u) => typeof u === 'string')) {
      throw new HttpError(400, '{"fetch": [...]} takes only an array of page addresses');
    }
    return { records: [], files: [], urls: readUrls(list as string[]), formToken: null };
  }
  return { records: readJsonRecords(value), files: [], urls: [], formToken: null };
}

/** Addresses to fetch: http(s) only, each well formed, a bounded number per post. */
function readUrls(lines: readonly string[]): string[] {
  const urls = lines.map((u) => u.trim()).filter((u) => u !== '');
  if (urls.length > MAX_RECORDS_PER_POST) throw new HttpError(413, `${urls.length} addresses in one post; at most ${MAX_RECORDS_PER_POST}`);
  for (const url of urls) {
    let ok = isHttpUrl(url);
    try {
      new URL(url);
    } catch {
      ok = false;
    }
    if (!ok) throw new HttpError(400, `"${url.slice(0, 200)}" is not an http(s) address of a page`);
  }
  return urls;
}

function readJsonRecords(value: unknown): RecordInput[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new HttpError(400, 'the array of records is empty');
  if (list.length > MAX_RECORDS_PER_POST) {
    throw new HttpError(413, `${list.length} records in one post; at most ${MAX_RECORDS_PER_POST}: send several posts, or NDJSON to "corroborate add"`);
  }
  return list.map((item, i) => readRecord(item, list.length > 1 ? `record ${i + 1}` : 'the record'));
}

function readRecord(value: unknown, where: string): RecordInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, `${where} must be a JSON object with text or html, and optionally ${RECORD_FIELDS.filter((f) => f !== 'text' && f !== 'html').join(', ')}`);
  }
  const record: Record<string, string | null> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(RECORD_FIELDS as readonly string[]).includes(key)) {
      throw new HttpError(400, `${where} has an unknown field "${key.slice(0, 40)}"; the fields are ${RECORD_FIELDS.join(', ')}`);
    }
    if (field !== null && typeof field !== 'string') throw new HttpError(400, `${where}: ${key} must be a string or null`);
    if (typeof field === 'string' && field.includes('\u0000')) throw new HttpError(400, `${where}: ${key} contains a NUL character`);
    record[key] = field;
  }
  if (!record.text?.trim() && !record.html?.trim()) throw new HttpError(400, `${where} needs the report's text or html`);
  return record as RecordInput;
}

async function readForm(req: BodySource): Promise<PostedReports> {
  let form: Record<string, string | File | Array<string | File>>;
  try {
    form = await req.parseBody({ all: true });
  } catch (error) {
    throw new HttpError(400, `the form could not be read (${(error as Error).message})`);
  }
  const field = (name: string): string | null => {
    const value = form[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
  };
  const records: RecordInput[] = [];
  const pasted = field('text');
  if (pasted) {
    if (pasted.includes('\u0000')) throw new HttpError(400, 'the pasted text contains a NUL character');
    const html = LOOKS_LIKE_HTML.test(pasted);
    records.push({
      title: field('title'), outlet: field('outlet'), url: field('url'), published: field('published'), lang: field('lang'),
      ...(html ? { html: pasted } : { text: pasted }),
    });
  }
  const uploads = ([] as Array<string | File>).concat(form['files'] ?? []);
  const files: PostedReports['files'] = [];
  for (const upload of uploads) {
    if (typeof upload === 'string' || upload.size === 0 && upload.name === '') continue;
    files.push({ name: upload.name || 'upload', bytes: new Uint8Array(await upload.arrayBuffer()), ...(upload.type ? { contentType: upload.type } : {}) });
  }
  const urls = readUrls((field('fetch') ?? '').split(/\s+/));
  if (records.length === 0 && files.length === 0 && urls.length === 0) {
    throw new HttpError(400, 'nothing to add: paste a report\'s text, choose files, or give page addresses');
  }
  return { records, files, urls, formToken: field('token') };
}

/**
 * Adds the posted reports; each outcome says added (with its story), already present, or failed
 * (with the reason), as `corroborate add` does.
 *
 * @example
 * const summary = await addPostedReports(db, await readPostedReports(c.req));
 */
export async function addPostedReports(
  db: Db,
  posted: PostedReports,
  options: { now?: () => Date; fetcher?: PoliteFetcher } = {},
): Promise<AddSummary> {
  const addOptions = options.now ? { now: options.now } : {};
  const outcomes: AddOutcome[] = [];
  if (posted.records.length > 0) outcomes.push(...(await addRecords(db, posted.records, addOptions)));
  for (const file of posted.files) {
    const sources = splitInput(file.name, file.bytes, {
      ...(file.url ? { url: file.url } : {}),
      ...(file.contentType && !/^application\/octet-stream/i.test(file.contentType) ? { contentType: file.contentType } : {}),
    });
    outcomes.push(...(await addSources(db, sources, addOptions)));
  }
  if (posted.urls.length > 0) {
    const fetcher = options.fetcher ?? new PoliteFetcher();
    for (const url of posted.urls) outcomes.push(...(await addPage(db, fetcher, url, addOptions)));
  }
  return {
    added: outcomes.filter((o) => o.kind === 'added').length,
    present: outcomes.filter((o) => o.kind === 'present').length,
    failed: outcomes.filter((o) => o.kind === 'failed').length,
    outcomes,
  };
}

/** 201 when something was added, 200 when all was already there, 422 when nothing could be. */
export function statusOf(summary: AddSummary): 200 | 201 | 422 {
  if (summary.added > 0) return 201;
  return summary.present > 0 ? 200 : 422;
}
