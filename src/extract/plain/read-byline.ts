import { AGENCY_NAMES, BYLINE_OPENER, WIRE_CREDIT } from './patterns.js';
import { BYLINE_MAX_WORDS } from './settings.js';

/** What a byline line names. */
export interface Byline {
  /** The author names as written ("Jane Doe and John Smith"), or null when only an agency. */
  readonly names: string | null;
  /** A news agency or outlet named after the authors ("Reuters"), or null. */
  readonly agency: string | null;
  /** The part of the line after the names (often a date), for the dateline reader. */
  readonly rest: string;
}

const NAME_CONNECTOR = /^(?:and|&|и|y|et|und|e|de|del|da|di|du|van|von|der|den|al|el|bin|ibn|la|le|st\.?)$/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
const ROLE_WORDS = /^(?:(?:senior|chief|staff|special|political|foreign|business|health|science|sports?|deputy|associate|contributing|our|news|local)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|analyst|journalist|корреспондент|журналист)s?$|^in \p{Lu}[\p{L}\s]+$/iu;

/** Whether a phrase reads as a person's name (or names joined by "and"). */
export function isNameLike(phrase: string): boolean {
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 8) return false;
  if (/\d/.test(phrase)) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (NAME_TOKEN.test(t)) capitals++;
    else if (!NAME_CONNECTOR.test(t)) return false;
  }
  return capitals >= 1 && capitals <= 6;
}

/**
 * Reads a byline line: "By Jane Doe", "By Jane Doe and John Smith, Reuters | 13 Dec 2025",
 * "Автор: Иван Петров". Returns null for anything else (including "By Saturday, ...").
 *
 * @example
 * readByline('By Jane Doe, Reuters') // { names: 'Jane Doe', agency: 'Reuters', rest: '' }
 */
export function readByline(line: string): Byline | null {
  const text = line.trim();
  if (text.split(/\s+/).length > BYLINE_MAX_WORDS) return null;
  const opener = BYLINE_OPENER.exec(text);
  if (!opener) return readTrailingByline(text);
  const body = text.slice(opener[0].length);
  const [head = '', ...restParts] = body.split(/\s*(?:\||•|·|—|–|\s-\s)\s*/);
  const parts = head.split(/\s*,\s*/).filter(Boolean);
  const names: string[] = [];
  let agency: string | null = null;
  for (const part of parts) {
    const clean = part.replace(/[.;:]+$/, '');
    if (AGENCY_NAMES.test(clean)) agency ??= clean;
    else if (ROLE_WORDS.test(clean)) continue;
    else if (isNameLike(clean) && agency === null) names.push(clean);
    else return null;
  }
  if (names.length === 0 && agency === null) return null;
  const rest = restParts.filter((p) => {
    if (agency === null && AGENCY_NAMES.test(p)) {
      agency = p;
      return false;
    }
    return true;
  });
  return { names: names.length ? names.join(', ') : null, agency, rest: rest.join(' ') };
}

/** "Posted on December 3, 2025 by Tom Avery": a dated line closing on the author's name. */
function readTrailingByline(text: string): Byline | null {
  const m = /^(.*\d.*?)\s+(?:by|von|par|por)\s+(.+?)\.?$/iu.exec(text);
  if (!m || !isNameLike(m[2]!)) return null;
  return { names: m[2]!, agency: null, rest: m[1]! };
}

/** Author names from a wire credit trailer ("Reporting by Jane Doe in Minsk; Editing by ..."). */
export function readWireCredit(line: string): string | null {
  const m = WIRE_CREDIT.exec(line.trim());
  if (!m) return null;
  const after = line.trim().slice(m[0].length).split(/;|\bin\s+\p{Lu}|\bEditing by\b/u)[0] ?? '';
  const names = after.replace(/[.)]+$/, '').trim();
  return isNameLike(names.replace(/,/g, ' ')) ? names : null;
}
