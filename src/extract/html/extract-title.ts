import { collapsedText, walkElements } from './dom.js';
import { metaContent, type PageSignals } from './page-signals.js';
import { stringProp } from './read-json-ld.js';
import { MAX_SITE_NAME_WORDS, MAX_TITLE_CHARS, MIN_HEADLINE_WORDS } from './settings.js';

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«~/]+\s+/;

/** Text of the page's `<h1>` elements, in document order (at most a few). */
export function findHeadings(signals: PageSignals): string[] {
  const out: string[] = [];
  walkElements(signals.doc.root, (el) => {
    if (out.length >= 3) return false;
    if (el.tag === 'h1') {
      const t = collapsedText(el);
      if (t && t.length <= MAX_TITLE_CHARS) out.push(t);
      return false;
    }
    return true;
  });
  return out;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Cuts the outlet's name (or a short site-name segment) off a `<title>`-style string. */
export function stripSiteName(title: string, outlet: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const o = outlet ? fold(outlet) : null;
  let kept = parts;
  if (o) {
    const filtered = parts.filter((p) => {
      const f = fold(p);
      return !(f === o || (f.length > 0 && (o.includes(f) || f.includes(o)) && f.split(' ').length <= MAX_SITE_NAME_WORDS));
    });
    if (filtered.length > 0 && filtered.length < parts.length) kept = filtered;
  }
  if (kept.length === parts.length) {
    const last = parts[parts.length - 1]!;
    const rest = parts.slice(0, -1).join(' - ');
    if (last.split(/\s+/).length <= MAX_SITE_NAME_WORDS && rest.split(/\s+/).length >= MIN_HEADLINE_WORDS) {
      return title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—:·•»«~/]+$/, '').trim();
    }
    return title;
  }
  // Rebuild from the original string to keep the separators inside the headline.
  const first = kept[0]!;
  const lastKept = kept[kept.length - 1]!;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(lastKept) + lastKept.length;
  return title.slice(start, end).trim();
}

/**
 * The headline: an `<h1>` that the page's og:title, JSON-LD headline or `<title>` confirms; else
 * the JSON-LD headline, og:title or `<title>` with the site name cut off; else the lone `<h1>`.
 */
export function extractTitle(signals: PageSignals, outlet: string | null): string | null {
  const h1s = findHeadings(signals);
  const og = metaContent(signals, ['og:title', 'twitter:title', 'dc.title', 'headline']);
  let ld: string | null = null;
  for (const a of signals.articles) {
    ld = stringProp(a, 'headline') ?? stringProp(a, 'name');
    if (ld) break;
  }
  const titleTag = signals.doc.titleText || null;
  const confirmers = [og, ld, titleTag].filter((x): x is string => !!x).map(fold);
  for (const h of h1s) {
    const f = fold(h);
    if (f && confirmers.some((c) => c.includes(f) || f.includes(c))) return h;
  }
  for (const c of [ld, og, titleTag]) {
    if (c && c.length <= MAX_TITLE_CHARS * 2) {
      const stripped = stripSiteName(c.replace(/\s+/g, ' ').trim(), outlet);
      if (stripped) return stripped;
    }
  }
  return h1s[0] ?? null;
}
