import { classAndId, collapsedText, walkElements } from './dom.js';
import { metaContent, type PageSignals } from './page-signals.js';
import { namesOf } from './read-json-ld.js';
import { BYLINE_HINT, BYLINE_PREFIX } from './patterns.js';
import { MAX_BYLINE_CHARS } from './settings.js';

/**
 * The byline: JSON-LD author names, then author meta tags, then the text of a `rel=author` link
 * or a byline/author-classed element ("By Jane Doe and John Roe" comes back as "Jane Doe and John Roe").
 */
export function extractByline(signals: PageSignals): string | null {
  for (const a of signals.articles) {
    const names = namesOf(a['author']).filter(isPersonish);
    if (names.length > 0) return joinNames([...new Set(names)]);
  }
  const meta = metaContent(signals, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator']);
  if (meta && isPersonish(meta) && !/^https?:/.test(meta)) return cleanByline(meta);
  let found: string | null = null;
  walkElements(signals.doc.root, (el) => {
    if (found) return false;
    const isAuthorLink = el.tag === 'a' && /\bauthor\b/.test((el.attrs['rel'] ?? '').toLowerCase());
    const itemprop = (el.attrs['itemprop'] ?? '').toLowerCase();
    if (isAuthorLink || itemprop === 'author' || BYLINE_HINT.test(classAndId(el))) {
      const text = cleanByline(collapsedText(el));
      if (text && isPersonish(text)) {
        found = text;
        return false;
      }
    }
    return true;
  });
  return found;
}

function cleanByline(s: string): string | null {
  const c = s.replace(/\s+/g, ' ').replace(BYLINE_PREFIX, '').trim();
  return c.length > 0 && c.length <= MAX_BYLINE_CHARS ? c : null;
}

function isPersonish(s: string): boolean {
  const t = s.trim();
  return t.length > 1 && t.length <= MAX_BYLINE_CHARS && /\p{L}/u.test(t) && !/^https?:\/\//.test(t);
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
