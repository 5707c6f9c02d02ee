import { MAX_JSON_LD_CHARS, MAX_JSON_LD_OBJECTS } from './settings.js';

export type JsonObject = Record<string, unknown>;

/** Types of JSON-LD objects that describe the article itself. */
const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting|webpage|liveblog|review|creativework|video/i;

/**
 * Parses every JSON-LD block and flattens arrays and `@graph`s into one list of objects. Broken
 * JSON (trailing commas, raw newlines, HTML comments around it) is repaired once, then skipped.
 */
export function readJsonLd(blocks: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const block of blocks) {
    if (block.length > MAX_JSON_LD_CHARS) continue;
    const parsed = parseLenient(block);
    if (parsed !== undefined) flatten(parsed, out, 0);
    if (out.length > MAX_JSON_LD_OBJECTS) break;
  }
  return out;
}

function parseLenient(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6 || out.length > MAX_JSON_LD_OBJECTS) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out, depth + 1);
  if (obj['mainEntity'] && typeof obj['mainEntity'] === 'object') flatten(obj['mainEntity'], out, depth + 1);
}

/** The `@type` of an object as a list of strings. */
export function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Objects describing an article (NewsArticle, BlogPosting, ...), most specific first; WebPage last. */
export function articleObjects(objs: readonly JsonObject[]): JsonObject[] {
  const rank = (o: JsonObject): number => {
    const types = typesOf(o).join(' ');
    if (/newsarticle|reportage|analysisnewsarticle|opinionnewsarticle|liveblogposting/i.test(types)) return 0;
    if (/article|posting|report/i.test(types)) return 1;
    if (ARTICLE_TYPE.test(types)) return 2;
    return 3;
  };
  return objs.filter((o) => rank(o) < 3).sort((a, b) => rank(a) - rank(b));
}

/** A string property (or the first string of an array / `name` of an object). */
export function stringProp(obj: JsonObject, key: string): string | null {
  return asString(obj[key]);
}

export function asString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = asString(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') return asString((v as JsonObject)['name'] ?? (v as JsonObject)['@value']);
  return null;
}

/** Every `name` in a person-or-list property (`author: [{name}, {name}]`). */
export function namesOf(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(namesOf);
  if (typeof v === 'object') {
    const name = (v as JsonObject)['name'];
    if (typeof name === 'string') return [name.trim()].filter(Boolean);
    if (Array.isArray(name)) return namesOf(name);
  }
  return [];
}
