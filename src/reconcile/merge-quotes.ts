/**
 * Quotes across a story: the same words carried by several reports become one account quote,
 * matched as `verbatim` (same words), `trimmed` (each version is an excerpt of the longest, or
 * leaves words out at an ellipsis) or `altered` (same quote, some words changed: the `diff` shows
 * which), and one quote fact whose value is the speaker, disputed when sources attribute the words
 * to different people.
 *
 * Two quotes are the same quote when their speakers are the same story entity (or one is
 * unattributed) and one is a trimmed version of the other or most words of the shorter appear in
 * order in the longer (`quoteMinOverlap`); quotes given to different speakers must be near
 * identical (`quoteCrossSpeakerOverlap`).
 */
import type { AccountEntity, AccountQuote, Fact, FactValue, Message, Quote, ReportView, Support } from '../core/records.js';
import { decideStatus, disputeMessage } from './decide-status.js';
import { describeValues } from './describe-fact.js';
import { commonWordCount, isTrimmedFrom, quoteWords, type QuoteWords } from './quote-words.js';
import { SPEAKER_REACH, STATEMENT_QUOTE_WORDS, type ReconcileSettings } from './settings.js';
import { supportOf, uniqueSupports } from './support-of.js';
import { diffWords } from './word-diff.js';


interface QuoteItem {
  readonly report: ReportView;
  readonly source: string;
  readonly order: number;
  readonly quote: Quote;
  readonly words: QuoteWords;
  readonly speaker: AccountEntity | null;
}

export interface QuotesContext {
  readonly makeId: (key: string) => string;
  readonly reportOrder: ReadonlyMap<string, number>;
  readonly settings: ReconcileSettings;
  readonly sourceOf: ReadonlyMap<string, string>;
  readonly entityOf: (report: string, key: string | null) => AccountEntity | null;
}

/** Merges the quotes of a story's reports into account quotes and quote facts. */
export function mergeQuotes(
  reports: readonly ReportView[],
  context: QuotesContext,
): { quotes: AccountQuote[]; facts: Fact[]; messages: Message[] } {
  const items: QuoteItem[] = [];
  reports.forEach((report, r) => {
    for (const quote of report.annotations.quotes) {
      const words = quoteWords(quote.text);
      if (words.words.length === 0) continue;
      items.push({
        report,
        source: context.sourceOf.get(report.id) ?? report.id,
        order: r * 1e9 + quote.start,
        quote,
        words,
        speaker: context.entityOf(report.id, quote.speaker),
      });
    }
  });

  const groups: QuoteItem[][] = [];
  for (const item of items) {
    let best: { group: QuoteItem[]; score: number } | null = null;
    for (const group of groups) {
      const score = Math.max(...group.map((member) => matchScore(member, item, context.settings)));
      if (score > 0 && (best === null || score > best.score)) best = { group, score };
    }
    if (best === null) groups.push([item]);
    else best.group.push(item);
  }

  const quotes: AccountQuote[] = [];
  const facts: Fact[] = [];
  const messages: Message[] = [];
  for (const group of groups) {
    const merged = mergeGroup(group, context);
    quotes.push(merged.quote);
    facts.push(merged.fact);
    if (merged.fact.status === 'disputed') {
      messages.push({ ...disputeMessage(merged.fact.id, merged.fact.statement, merged.fact.values), rule: 'reconcile/quote-speaker-conflict' });
    }
  }
  return { quotes, facts, messages };
}

/** How well two quote items match: 0 for different quotes, 2 for the same words, else the overlap. */
function matchScore(a: QuoteItem, b: QuoteItem, settings: ReconcileSettings): number {
  const sameSpeaker = a.speaker === null || b.speaker === null || a.speaker.id === b.speaker.id;
  const na = a.words.words.map((w) => w.norm);
  const nb = b.words.words.map((w) => w.norm);
  if (na.join(' ') === nb.join(' ')) return 2;
  const shorter = Math.min(na.length, nb.length);
  if (shorter < settings.quoteMinWords) return 0;
  if (isTrimmedFrom(a.words, b.words) || isTrimmedFrom(b.words, a.words)) return sameSpeaker ? 1.5 : 1.5 * Number(shorter >= settings.quoteMinWords * 2);
  const overlap = commonWordCount(na, nb) / shorter;
  return overlap >= (sameSpeaker ? settings.quoteMinOverlap : settings.quoteCrossSpeakerOverlap) ? overlap : 0;
}

function mergeGroup(group: readonly QuoteItem[], context: QuotesContext): { quote: AccountQuote; fact: Fact } {
  const norm = (item: QuoteItem): string => item.words.words.map((w) => w.norm).join(' ');
  const reports = new Set(group.map((i) => i.report.id));
  const versions = new Map<string, QuoteItem[]>();
  for (const item of group) versions.set(norm(item), [...(versions.get(norm(item)) ?? []), item]);
  const longest = [...group].sort((a, b) => b.words.words.length - a.words.words.length || a.order - b.order)[0]!;
  let match: AccountQuote['match'];
  let canonical: QuoteItem;
  if (reports.size === 1) {
    match = 'single';
    canonical = longest;
  } else if (versions.size === 1) {
    match = 'verbatim';
    canonical = group[0]!;
  } else if (group.every((i) => norm(i) === norm(longest) || isTrimmedFrom(i.words, longest.words))) {
    match = 'trimmed';
    canonical = longest;
  } else {
    match = 'altered';
    canonical = [...versions.values()].sort(
      (a, b) =>
        new Set(b.map((i) => i.source)).size - new Set(a.map((i) => i.source)).size || a[0]!.order - b[0]!.order,
    )[0]![0]!;
  }

  const speakerGroups = new Map<string, QuoteItem[]>();
  for (const item of group) if (item.speaker !== null) speakerGroups.set(item.speaker.id, [...(speakerGroups.get(item.speaker.id) ?? []), item]);
  const rankedSpeakers = [...speakerGroups.values()].sort(
    (a, b) => new Set(b.map((i) => i.source)).size - new Set(a.map((i) => i.source)).size || a[0]!.order - b[0]!.order,
  );
  const speaker = rankedSpeakers[0]?.[0]?.speaker ?? null;
  const sources = [...new Set(group.map((i) => i.source))];
  const quoteSupport = uniqueSupports(group.map((i) => supportOf(i.report, i.quote)), context.reportOrder);

  const diff =
    match === 'altered'
      ? [...new Map(group.filter((i) => norm(i) !== norm(canonical)).map((i) => [i.report.id, i] as const)).values()].map((i) => ({
          report: i.report.id,
          ...diffWords(canonical.words.words, i.words.words),
        }))
      : [];
  const quote: AccountQuote = {
    speaker: speaker?.name ?? null,
    speakerEntity: speaker?.id ?? null,
    text: canonical.quote.text,
    match,
    sources,
    support: quoteSupport,
    ...(diff.length > 0 ? { diff } : {}),
  };

  const factSupport = (items: readonly QuoteItem[]): Support[] =>
    uniqueSupports(items.map((i) => supportOf(i.report, withSpeaker(i.quote))), context.reportOrder);
  const values: FactValue[] =
    rankedSpeakers.length > 0
      ? rankedSpeakers.map((items) => ({
          value: items[0]!.speaker!.name,
          sources: [...new Set(items.map((i) => i.source))],
          support: factSupport(items),
        }))
      : [{ value: 'unattributed', sources, support: factSupport(group) }];
  const status = decideStatus(values.length, sources.length);
  const words = canonical.quote.text.trim().split(/\s+/u);
  const excerpt =
    words.length > STATEMENT_QUOTE_WORDS ? `${words.slice(0, STATEMENT_QUOTE_WORDS).join(' ')} …` : words.join(' ').replace(/[,;:]+$/u, '');
  const statement =
    status === 'disputed'
      ? `“${excerpt}” said by: ${describeValues(values.map((v) => ({ text: String(v.value), sources: v.sources.length })))}`
      : `${speaker?.name ?? 'Unattributed'}: “${excerpt}”`;
  const fact: Fact = {
    kind: 'fact',
    id: context.makeId(`quote|${speaker?.id ?? '-'}|${canonical.words.words.map((w) => w.norm).join(' ')}`),
    factKind: 'quote',
    statement,
    status,
    independentSources: sources.length,
    value: values[0]!.value,
    values,
    support: factSupport(group),
    relations: [],
    rule: `reconcile/quote-${match}`,
  };
  return { quote, fact };
}

/** The quote's span stretched to take in its speaker's name when that is close by. */
function withSpeaker(quote: Quote): { start: number; end: number } {
  const s = quote.speakerSpan;
  if (s === null) return quote;
  const gap = s.start >= quote.end ? s.start - quote.end : quote.start - s.end;
  if (gap > SPEAKER_REACH) return quote;
  return { start: Math.min(s.start, quote.start), end: Math.max(s.end, quote.end) };
}
