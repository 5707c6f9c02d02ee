import { HttpError } from './http-error.js';
import { normaliseName } from '../reconcile/index.js';
import type { StoryCursor, StoryFilters, SearchKind } from '../store/search.js';
import { SEARCH_KINDS } from '../store/search.js';
import { DEFAULT_PAGE_SIZE, MAX_ID_LENGTH, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from './settings.js';

/**
 * Readers of request parameters. Every one either returns a valid value or throws a 400 naming
 * the parameter, what it got and what it takes: a malformed request is the client's to fix,
 * never a 500 from deep in the database.
 */

/** Read access to a request's query string (`c.req.query`, `URLSearchParams`). */
export interface QuerySource {
  get(name: string): string | null | undefined;
  getAll(name: string): readonly string[];
}

/** Wraps a URL's search parameters as a `QuerySource`. */
export function queryOf(url: string): QuerySource {
  const params = new URL(url).searchParams;
  return { get: (name) => params.get(name), getAll: (name) => params.getAll(name) };
}

/** Text PostgreSQL will not store (NUL) or that no one types (other C0 controls). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A plain text value: no control characters, at most `max` characters. */
export function readText(name: string, value: string, max: number): string {
  if (CONTROL.test(value)) throw new HttpError(400, `${name} contains control characters`);
  if (value.length > max) throw new HttpError(400, `${name} is ${value.length} characters long; at most ${max} are allowed`);
  return value;
}

/** An optional text parameter; empty counts as absent (a form's untouched field). */
export function optionalText(query: QuerySource, name: string, max = MAX_QUERY_LENGTH): string | undefined {
  const value = query.get(name)?.trim();
  return value ? readText(name, value, max) : undefined;
}

/** A path id (story, report, entity). Ids are opaque, but bounded and printable. */
export function readId(kind: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new HttpError(400, `a ${kind} id is needed`);
  return readText(`${kind} id`, value, MAX_ID_LENGTH);
}

function readWhole(query: QuerySource, name: string, min: number, max: number, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 40)}"`);
  }
  return Number(raw);
}

export interface PageParams {
  readonly limit: number;
  readonly offset: number;
  readonly after?: StoryCursor;
}

/** `limit` (1-100, default 20), `offset` (0-100000) and, for stories, an opaque `cursor`. */
export function readPage(query: QuerySource, options: { cursor?: boolean } = {}): PageParams {
  const limit = readWhole(query, 'limit', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const offset = readWhole(query, 'offset', 0, MAX_OFFSET, 0);
  const cursor = options.cursor ? query.get('cursor') : undefined;
  if (!cursor) return { limit, offset };
  if (query.get('offset')) throw new HttpError(400, 'give either cursor or offset, not both');
  return { limit, offset: 0, after: decodeCursor(cursor) };
}

/** The cursor of the page after `last`: base64url JSON `[lastSeen, id]`. */
export function encodeCursor(last: StoryCursor): string {
  return Buffer.from(JSON.stringify([last.lastSeen, last.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): StoryCursor {
  const bad = () => new HttpError(400, 'cursor is not one this server gave out: take it from a previous page\'s nextCursor, unchanged');
  if (cursor.length > 2 * MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== 2) throw bad();
  const [lastSeen, id] = value as unknown[];
  const validTime = lastSeen === null || (typeof lastSeen === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/.test(lastSeen));
  if (!validTime || typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH || CONTROL.test(id)) throw bad();
  return { lastSeen: lastSeen as string | null, id };
}

/** A calendar day `YYYY-MM-DD` that exists. */
export function optionalDay(query: QuerySource, name: string): string | undefined {
  const raw = query.get(name)?.trim();
  if (!raw) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new HttpError(400, `${name} must be a day as YYYY-MM-DD, not "${raw.slice(0, 40)}"`);
  }
  return raw;
}

/** An ISO 639-1 (or 639-3) language code, lower case. */
export function optionalLanguage(query: QuerySource, name = 'lang'): string | undefined {
  const raw = query.get(name)?.trim();
  if (!raw) return undefined;
  if (!/^[A-Za-z]{2,3}$/.test(raw)) throw new HttpError(400, `${name} must be a language code such as "en", not "${raw.slice(0, 40)}"`);
  return raw.toLowerCase();
}

/**
 * Story filters: `entity` (an id such as `person:ales-bialiatski`, or a name, tried as each
 * entity type), `outlet`, `lang`, `from` and `to` (days, inclusive).
 */
export function readStoryFilters(query: QuerySource): StoryFilters & { readonly entity?: string } {
  const entity = optionalText(query, 'entity', MAX_ID_LENGTH);
  const from = optionalDay(query, 'from');
  const to = optionalDay(query, 'to');
  if (from && to && from > to) throw new HttpError(400, `from (${from}) is after to (${to})`);
  const outlet = optionalText(query, 'outlet');
  const language = optionalLanguage(query);
  return {
    ...(entity ? { entity, entities: entityIdsFor(entity) } : {}),
    ...(outlet ? { outlet } : {}),
    ...(language ? { language } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

const ENTITY_TYPES = ['person', 'organisation', 'location'] as const;

/**
 * The entity ids a filter value may mean: itself when it is an id (`type:slug`), else the name
 * made into a slug the way the pipeline makes entity ids, under each entity type.
 */
export function entityIdsFor(value: string): string[] {
  const typed = /^(person|organisation|location):(.+)$/.exec(value);
  if (typed) return [value];
  const slug = slugOfName(value);
  return slug ? ENTITY_TYPES.map((type) => `${type}:${slug}`) : [];
}

/** Lower case, accents and punctuation dropped, words joined by `-` ("São Miguel" -> "sao-miguel"): reconcile's entity-id slug. */
export function slugOfName(name: string): string {
  return normaliseName(name).replace(/ /gu, '-');
}

/** `q` (required), `kind` (repeatable or comma-separated), `lang`. */
export function readSearch(query: QuerySource): { q: string; kinds: SearchKind[]; language?: string } {
  const q = optionalText(query, 'q');
  if (!q) throw new HttpError(400, 'q is needed: the words to search for, e.g. ?q=ferry+rescue');
  const kinds: SearchKind[] = [];
  for (const value of query.getAll('kind').flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean)) {
    if (!(SEARCH_KINDS as readonly string[]).includes(value)) {
      throw new HttpError(400, `kind must be one of ${SEARCH_KINDS.join(', ')}, not "${value.slice(0, 40)}"`);
    }
    if (!kinds.includes(value as SearchKind)) kinds.push(value as SearchKind);
  }
  const language = optionalLanguage(query);
  return { q, kinds, ...(language ? { language } : {}) };
}

/** `mark=START-END` (repeatable): spans of a report's text to highlight. */
export function readMarks(query: QuerySource, textLength: number): Array<{ start: number; end: number }> {
  const marks: Array<{ start: number; end: number }> = [];
  for (const raw of query.getAll('mark').slice(0, 64)) {
    const match = /^(\d{1,9})-(\d{1,9})$/.exec(raw);
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (!match || start >= end || end > textLength) {
      throw new HttpError(400, `mark must be START-END within the report's ${textLength} characters, not "${raw.slice(0, 40)}"`);
    }
    marks.push({ start, end });
  }
  return marks;
}
