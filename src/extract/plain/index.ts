import type { Article, Message } from '../../core/records.js';
import { normaliseDate } from '../../core/normalise-date.js';
import { UsageError } from '../../core/errors.js';
import { detectLanguage, normaliseLanguageTag } from '../language.js';
import { detectDebris, detectScriptFragment, type Verdict } from './detect-debris.js';
import { cutComments, markDebrisBlocks, markLinkLists, markStaffNames, type Verdicts } from './detect-context-debris.js';
import { findBody, isProse, isShortSentence, markListItems, type Role } from './find-body.js';
import { findDocumentScript } from './find-document-script.js';
import { contentTokens, findTitle } from './find-title.js';
import { keyOf } from './measure-unit.js';
import { languageFromScript } from './language-from-script.js';
import { isNameLike, readByline, readWireCredit } from './read-byline.js';
import { readDateline } from './read-dateline.js';
import { isDatelineTitle } from './is-dateline-title.js';
import {
  MESSAGE_SNIPPET_CHARS, NAME_MAX_WORDS, REPEATED_LINE_MAX_WORDS, TEASER_MIN_CHARS, TITLE_LOOKAHEAD_UNITS,
  TITLE_AFFIX_MIN_SHARE, TITLE_PROXIMITY_UNITS, TITLE_QUOTE_EXTRA_WORDS, TITLE_SEARCH_UNITS,
} from './settings.js';
import { splitUnits, type Unit } from './split-units.js';

/** Metadata known from elsewhere (an NDJSON record's fields); when given, it wins. */
export interface ExtractPlainOptions {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly language?: string | null;
  /** ISO 8601 time the text was fetched: no date after it is taken as the publication date. */
  readonly fetchedAt?: string;
}

interface DateFound {
  readonly date: string;
  readonly updated: boolean;
  readonly index: number;
}

function snippet(text: string): string {
  return text.length > MESSAGE_SNIPPET_CHARS ? `${text.slice(0, MESSAGE_SNIPPET_CHARS - 1)}…` : text;
}

function info(rule: string, reason: string): Message {
  return { kind: 'message', severity: 'info', rule, reason };
}

/** The copyright holder named in a footer line ("© 2025 The Minsk Herald. All rights reserved."). */
function readCopyrightHolder(text: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([\p{Lu}][\p{L}\p{N}&'’ .-]{1,60}?)\s*(?:[.|,]|all rights|$)/iu.exec(text);
  // A year may close the notice as well as open it ("© The Harbour Ledger 2026").
  const name = m?.[1]?.trim().replace(/\s*\d{4}(?:\s*[-–]\s*\d{4})?$/u, '');
  if (!name || /^(?:all|the)$/i.test(name) || name.split(/\s+/).length > 6) return null;
  return name;
}

/** Whether two headline keys are the same headline, one with a prefix or suffix (a site name). */
function isSameHeadline(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < TEASER_MIN_CHARS || short.length < long.length * TITLE_AFFIX_MIN_SHARE) return false;
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

/** Whether `teaser` (a key) repeats the opening, or a whole stretch, of `paragraph` (a key). */
function repeats(teaser: string, paragraph: string): boolean {
  if (teaser.length < TEASER_MIN_CHARS || paragraph.length <= teaser.length) return false;
  return ` ${paragraph} `.includes(` ${teaser} `) || paragraph.startsWith(teaser.replace(/\s\S*$/, ''));
}

/**
 * Extracts the article from plain text scraped from a news page: the article text (paragraphs
 * separated by one blank line), title, byline, published date, outlet and language, with page
 * debris removed (mastheads, navigation, script fragments, foreign-script UI strings, repeated
 * captions, share/subscribe/cookie widgets, link lists, teasers repeating the body). Every dropped
 * line is reported as an `info` message naming the rule that dropped it. Pure: no clock, no I/O.
 *
 * @example
 * const article = extractPlain('Minsk frees 123 prisoners\n\nMinsk frees 123 prisoners\n\nSat, Dec. 13, 2025\n\nBelarus freed 123 prisoners on Saturday after two days of talks with a U.S. envoy, officials said.\n\nPrevious Post Next Post');
 * article.title;     // 'Minsk frees 123 prisoners'
 * article.published; // '2025-12-13'
 * article.text;      // 'Belarus freed 123 prisoners on Saturday after two days of talks with a U.S. envoy, officials said.'
 */
export function extractPlain(text: string, options: ExtractPlainOptions = {}): Article {
  if (typeof text !== 'string') throw new UsageError('extractPlain: text must be a string of scraped plain text');
  let fetchedAt: Date | null = null;
  if (options.fetchedAt) {
    fetchedAt = new Date(options.fetchedAt);
    if (Number.isNaN(fetchedAt.getTime())) {
      throw new UsageError(`extractPlain: fetchedAt "${options.fetchedAt}" is not an ISO 8601 time; pass e.g. 2025-12-13T10:00:00Z`);
    }
  }

  const units = splitUnits(text);
  const messages: Message[] = [];
  const verdicts: Verdicts = units.map(() => null);
  const metadata = new Map<number, Verdict>();

  const documentScript = findDocumentScript(units.filter((u) => !detectScriptFragment(u)));
  const declaredLanguage = normaliseLanguageTag(options.language);
  const proseSample = units.filter((u) => isProse(u.metrics)).map((u) => u.text).join('\n');
  const draftLanguage = declaredLanguage ?? detectLanguage(proseSample) ?? languageFromScript(proseSample, documentScript);

  // Bylines and datelines first: their separators and dates would otherwise read as menus.
  const bylines: Array<{ readonly names: string; readonly index: number }> = [];
  let wireNames: string | null = null;
  const dates: DateFound[] = [];
  for (const unit of units) {
    if (isProse(unit.metrics)) continue;
    const by = readByline(unit.text);
    if (by) {
      if (by.names) bylines.push({ names: by.names, index: unit.index });
      const dated = by.rest ? readDateline(by.rest, draftLanguage, fetchedAt) : null;
      if (dated) dates.push({ date: dated.date, updated: dated.updated, index: unit.index });
      metadata.set(unit.index, { rule: 'extract/plain-byline', reason: 'byline, taken as the article byline', weight: 'inline' });
      continue;
    }
    const dated = readDateline(unit.text, draftLanguage, fetchedAt);
    if (dated) {
      dates.push({ date: dated.date, updated: dated.updated, index: unit.index });
      metadata.set(unit.index, { rule: 'extract/plain-dateline', reason: `dateline, read as ${dated.date}`, weight: 'inline' });
      continue;
    }
    wireNames ??= readWireCredit(unit.text);
  }

  units.forEach((unit, i) => {
    if (!metadata.has(i)) verdicts[i] = detectDebris(unit, documentScript);
  });
  markStaffNames(units, verdicts);
  markLinkLists(units, verdicts);
  markDebrisBlocks(units, verdicts);
  cutComments(units, verdicts);

  // The body: prose paragraphs and what lies between them.
  const roleOf = (unit: Unit, i: number): Role => {
    const v = verdicts[i];
    if (v) return v.weight === 'inline' ? 'debris' : v.weight === 'list' ? 'link' : 'boundary';
    if (metadata.has(i)) return 'metadata';
    if (isProse(unit.metrics)) return 'prose';
    if (isShortSentence(unit.metrics)) return 'sentence';
    if (unit.metrics.listItem) return 'list-item';
    return 'fragment';
  };
  let roles = markListItems(units, units.map(roleOf));
  const chars = units.map((u) => u.text.length);
  let body = findBody(roles, chars);
  if (body.length === 0) {
    // No paragraph long enough to anchor on: let short sentences anchor instead.
    roles = roles.map((r) => (r === 'sentence' ? 'prose' : r));
    body = findBody(roles, chars);
  }
  const bodyStart = body.length ? Math.min(...body.map((b) => b.first)) : units.length;
  // The largest block is the article proper; smaller blocks before it may be promos.
  const mainStart = body.length ? body.reduce((a, b) => (b.proseChars > a.proseChars ? b : a)).first : units.length;
  const bodyFlags = units.map((_, i) => body.some((b) => i >= b.first && i <= b.last));
  const inBody = (i: number): boolean => bodyFlags[i] ?? false;
  const bodyKeys = units.filter((_u, i) => inBody(i) && roles[i] === 'prose').map((u) => u.key);

  // Teasers just above the body that repeat a body paragraph's opening.
  const topEnd = bodyStart + TITLE_LOOKAHEAD_UNITS;
  for (let i = Math.max(0, bodyStart - TITLE_SEARCH_UNITS); i < Math.min(topEnd, units.length); i++) {
    const unit = units[i]!;
    if (verdicts[i] || metadata.has(i) || unit.key.length < TEASER_MIN_CHARS) continue;
    const later = units.filter((_u, k) => k > i && inBody(k) && !verdicts[k]);
    if (later.some((u) => repeats(unit.key, u.key))) {
      verdicts[i] = { rule: 'extract/plain-teaser-repeat', reason: 'teaser line repeating the opening of a body paragraph', weight: 'inline' };
    }
  }

  // Title: given, else the headline-like line before the body.
  const keyCounts = new Map<string, number>();
  units.forEach((u, i) => {
    if (!verdicts[i]) keyCounts.set(u.key, (keyCounts.get(u.key) ?? 0) + 1);
  });
  let title: string | null = options.title?.trim() || null;
  if (title && isDatelineTitle(title)) {
    // A dateline given as the title: its date is the report's (above the body), not its headline.
    const dated = readDateline(title, draftLanguage, fetchedAt);
    if (dated) dates.push({ date: dated.date, updated: dated.updated, index: -1 });
    messages.push(info('extract/plain-dateline-title', `The given title "${snippet(title)}" is a dateline, not a headline${dated ? `, read as ${dated.date}` : ''}; the headline is looked for in the text.`));
    title = null;
  }
  const titleGiven = title !== null;
  if (!title) {
    const titleEnd = mainStart + TITLE_LOOKAHEAD_UNITS;
    const candidates = units.filter(
      (u, i) =>
        i >= bodyStart - TITLE_SEARCH_UNITS && i < titleEnd && !verdicts[i] && !metadata.has(i) && roles[i] !== 'prose' &&
        !(u.metrics.words <= NAME_MAX_WORDS && isNameLike(u.bare)),
    );
    const captionKeys = new Set(units.filter((u, i) => i > 0 && units[i - 1]!.key === u.key && units[i - 1]!.block === u.block).map((u) => u.key));
    // Only copies close by count: a headline is repeated or quoted next to itself (a second
    // heading, a breadcrumb); menus are repeated far apart (header and footer).
    const mentions = (unit: Unit): number =>
      units.filter(
        (u) =>
          u !== unit &&
          Math.abs(u.index - unit.index) <= TITLE_PROXIMITY_UNITS &&
          (u.key === unit.key ||
            (u.metrics.words <= unit.metrics.words + TITLE_QUOTE_EXTRA_WORDS && ` ${u.key} `.includes(` ${unit.key} `))),
      ).length;
    const choice = findTitle(candidates, {
      bodyTokens: contentTokens(bodyKeys.join(' ')),
      bodyStart: mainStart,
      metadataGap: (unit: Unit): number => {
        let gap = 1;
        for (let j = unit.index + 1; j < units.length; j++) {
          if (metadata.has(j)) return gap;
          if (!verdicts[j] && (keyCounts.get(units[j]!.key) ?? 0) < 2) gap++;
        }
        return Infinity;
      },
      mentions,
      previous: (unit: Unit): Unit | null => {
        for (let j = unit.index - 1; j >= 0; j--) if (!verdicts[j] && !metadata.has(j)) return units[j]!;
        return null;
      },
      captionKeys,
    });
    if (choice) title = choice.unit.text;
  }
  if (title) {
    const titleKey = keyOf(title);
    units.forEach((u, i) => {
      if (verdicts[i] || metadata.has(i)) return;
      const atTop = i < Math.max(topEnd, mainStart + TITLE_LOOKAHEAD_UNITS);
      // A given title may carry a site suffix ("... | Reuters") the page's headline line lacks.
      if (u.key !== titleKey && !(titleGiven && atTop && isSameHeadline(u.key, titleKey))) return;
      if (titleGiven && inBody(i) && !atTop) return; // a given title only leaves the top
      const reason = titleGiven ? 'the given title, repeated at the top of the text' : 'headline, taken as the title';
      metadata.set(i, { rule: 'extract/plain-title', reason, weight: 'inline' });
    });
  }

  // Short lines the page repeats (captions given twice, widget labels) and repeated paragraphs.
  const seenProse = new Set<string>();
  units.forEach((u, i) => {
    if (verdicts[i] || metadata.has(i)) return;
    if (roles[i] === 'prose') {
      if (seenProse.has(u.key)) {
        verdicts[i] = { rule: 'extract/plain-repeated-line', reason: 'paragraph repeated from earlier in the text', weight: 'inline' };
      }
      seenProse.add(u.key);
      return;
    }
    // A subheading that a table of contents or a breadcrumb repeats stays in the body; captions
    // given twice in a row and labels repeated within the body do not.
    const copies = units.filter((v, j) => v.key === u.key && !verdicts[j] && !metadata.has(j));
    const mirrored = inBody(i) && copies.filter((v) => inBody(v.index)).length === 1;
    if (u.metrics.words <= REPEATED_LINE_MAX_WORDS && (keyCounts.get(u.key) ?? 0) > 1 && !mirrored) {
      verdicts[i] = { rule: 'extract/plain-repeated-line', reason: 'short line the page repeats (caption, alt text or widget label)', weight: 'inline' };
    }
  });

  // Whatever is left outside the body block.
  units.forEach((_u, i) => {
    if (verdicts[i] || metadata.has(i) || inBody(i)) return;
    const why = roles[i] === 'prose' ? 'paragraph apart from the article body (bio, teaser or comment)' : 'short line outside the article body';
    verdicts[i] = { rule: 'extract/plain-outside-body', reason: why, weight: 'inline' };
  });

  const kept: string[] = [];
  let outlet = options.outlet?.trim() || null;
  units.forEach((u, i) => {
    const dropped = metadata.get(i) ?? verdicts[i];
    if (!dropped) {
      kept.push(u.text);
      return;
    }
    if (!outlet && dropped.rule === 'extract/plain-legal-notice') outlet = readCopyrightHolder(u.text);
    messages.push(info(dropped.rule, `Line ${u.line} "${snippet(u.text)}" dropped: ${dropped.reason}.`));
  });
  let articleText = kept.join('\n\n');
  const givenTitle = options.title?.trim();
  if (!articleText && givenTitle && keyOf(text) === keyOf(givenTitle)) {
    // A text that is only its title (a headline-only item, a flash): it is all there is to cite.
    articleText = text.trim();
    messages.splice(0, messages.length, info('extract/plain-title-only', 'The text is only the given title; it is kept as the article text.'));
  }

  // Dates: a given one wins; else the first publication dateline not after the fetch.
  const fetchedDay = fetchedAt ? fetchedAt.toISOString().slice(0, 10) : null;
  const usable = dates.filter((d) => {
    if (fetchedDay && d.date > fetchedDay) {
      messages.push({ kind: 'message', severity: 'warning', rule: 'extract/plain-date-after-fetch', reason: `Dateline ${d.date} is after the fetch day ${fetchedDay}; ignored.` });
      return false;
    }
    return true;
  });
  // Datelines above the body belong to the article; those below may be comment timestamps.
  usable.sort((a, b) => Number(a.index >= bodyStart) - Number(b.index >= bodyStart) || a.index - b.index);
  const firstPublished = usable.find((d) => !d.updated) ?? usable[0] ?? null;
  const firstUpdated = usable.find((d) => d.updated && d !== firstPublished) ?? null;
  const published = options.published ? normaliseDate(options.published) ?? options.published : firstPublished?.date ?? null;
  const modified = firstUpdated?.date ?? null;

  if (!articleText) {
    messages.push({ kind: 'message', severity: 'warning', rule: 'extract/plain-no-body', reason: 'No article paragraphs were found in the text; it may be a listing, an error page or empty.' });
  }

  return {
    kind: 'article',
    text: articleText,
    title,
    // A byline above the body is the author's; one below may be a comment's or a related story's.
    byline: (bylines.find((b) => b.index < bodyStart) ?? bylines[0])?.names ?? wireNames,
    published,
    modified,
    outlet,
    language: declaredLanguage ?? detectLanguage(articleText) ?? languageFromScript(articleText, documentScript),
    canonicalUrl: options.url ?? null,
    messages,
  };
}
