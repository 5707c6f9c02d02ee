import type { Mention, Quote, Sentence, Span } from '../../core/records.js';
import { tokenizeWords, type Word } from '../entities/index.js';
import { ATTRIBUTION_WINDOW_CHARS, MIN_QUOTE_WORDS } from '../settings.js';
import { TITLE_ABBREVIATIONS } from '../sentences/abbreviations.js';
import { findQuotedSpans, type QuotedSpan } from './find-quoted-spans.js';
import { resolvePronoun, type PronounContext } from './resolve-pronoun.js';
import { REPORTING_VERBS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './speech-words.js';

export interface FindQuotesInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Genders known by entity key (from honorifics); copied, not changed. */
  readonly genders?: ReadonlyMap<string, 'm' | 'f'>;
}

/** Pronoun context plus the quoted spans with their marks. */
interface QuoteContext extends PronounContext {
  readonly spans: readonly QuotedSpan[];
}

interface Attribution {
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly rule: string;
}

/** Words allowed between a reporting verb and what was reported ("told Reuters", "told reporters that"). */
const REPORT_OBJECT_WORDS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'the', 'a', 'an', 'media', 'press', 'me', 'us', 'him', 'her', 'them', 'parliament', 'lawmakers']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'while', 'to', 'of', 'for', 'with', 'by', 'about', 'from', 'as', 'when', 'through', 'via', 'over', 'under']);
/** Words a reported clause may not start with: they continue the verb ("said so", "said nothing"). */
const NOT_A_CLAUSE: ReadonlySet<string> = new Set(['so', 'nothing', 'something', 'anything', 'it', 'this', 'goodbye', 'hello', 'yes', 'no']);
/** Reporting verbs that take a plain object as often as a clause: reported speech only with "that". */
const NEEDS_THAT: ReadonlySet<string> = new Set(['announced', 'confirmed', 'denied', 'reported', 'reports', 'admitted', 'acknowledged', 'predicted', 'promised', 'pledged']);

/** Verbs that introduce a statement quoted on the next line ("issued the following statement:"). */
const STATEMENT_VERBS: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'posted', 'read', 'wrote', 'tweeted', 'shared']);
/** Most words an appositive between a speaker and its verb spans ("X, a lawyer for the families, said"): 12. */
const APPOSITIVE_WORDS = 12;
const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);
/** Words between a speaker and its verb that do not break the link ("X also said", "X later told"). */
const VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'earlier', 'previously', 'has', 'had', 'have', 'again', 'once', 'repeatedly', 'publicly', 'reportedly', 'separately', 'further']);

/**
 * Finds direct quotes (in quotation marks, at least MIN_QUOTE_WORDS words) and indirect ones
 * ("X said that ...", "X told Reuters he had ...", "..., officials said"), with the speaker
 * resolved to an entity key by attribution pattern or, for pronouns, by the nearest earlier subject.
 *
 * @example
 * // '“We will go on fighting for them,” said Ann Lee.' -> one direct quote, speaker person:ann-lee
 */
export function findQuotes(input: FindQuotesInput): Quote[] {
  const { text, sentences, mentions } = input;
  const quoted = findQuotedSpans(text).filter((q) => countWords(text, q.start, q.end) >= MIN_QUOTE_WORDS);
  const ctx: QuoteContext = { text, sentences, mentions, quoted, spans: quoted, genders: new Map(input.genders ?? []) };
  const indirect: Quote[] = [];
  for (const s of sentences) {
    if (ctx.spans.some((q) => q.open < s.end && s.start < q.close)) continue;
    const found = findIndirectQuote(ctx, s);
    if (found) indirect.push(found);
  }
  const quotes: Quote[] = [...indirect];
  // The last attributed quote (direct or indirect) and where its sentence ends, for continuations.
  let previous: { end: number; attribution: Attribution } | null = null;
  const sentenceEnd = (at: number): number => sentences.find((s) => at >= s.start && at < s.end)?.end ?? at;
  for (const q of quoted) {
    for (const i of indirect) {
      if (i.end <= q.open && i.speaker && (!previous || i.end > previous.end)) previous = { end: sentenceEnd(i.start), attribution: i };
    }
    let attribution = attributeAfter(ctx, q) ?? attributeBefore(ctx, q) ?? attributeAfterColon(ctx, q);
    if (!attribution && previous?.attribution.speaker && continuesQuote(text, previous.end, q.open)) {
      attribution = { speaker: previous.attribution.speaker, speakerSpan: previous.attribution.speakerSpan, rule: 'quote/continued' };
    }
    attribution ??= { speaker: null, speakerSpan: null, rule: 'quote/unattributed' };
    quotes.push({ kind: 'quote', start: q.start, end: q.end, text: text.slice(q.start, q.end), direct: true, ...attribution });
    if (attribution.speaker) previous = { end: Math.max(q.close, sentenceEnd(q.close - 1)), attribution };
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * A quote right after an attributed one, with nothing but white space between the end of the
 * attributed sentence and the new opening mark: the same speaker going on (the next paragraph,
 * or the next line in wire copy with single line breaks).
 */
function continuesQuote(text: string, previousEnd: number, open: number): boolean {
  if (open < previousEnd) return false;
  const between = text.slice(previousEnd, open);
  return /^\s*$/.test(between) && between.includes('\n') && !/\n\s*\n[\s\S]*\n\s*\n/.test(between);
}

/** A quote opening a sentence after one ending in a colon ("X said:") or announcing a statement ("X issued a statement."). */
function attributeAfterColon(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  const { text, sentences } = ctx;
  const idx = sentences.findIndex((s) => q.open >= s.start && q.open < s.end);
  const prev = sentences[idx - 1];
  if (idx <= 0 || !prev || !/^\s*$/.test(text.slice(prev.end, q.open))) return null;
  const words = tokenizeWords(text, prev.start, prev.end);
  const colon = /:\s*$/.test(text.slice(prev.start, prev.end));
  // "X released a statement through the team." introduces the quote on the next line too.
  const statement = words.some((w) => /^statements?$/i.test(w.text));
  if (!colon && !statement) return null;
  const verbAt = words.findIndex((w) => (colon && SPEECH_VERBS.has(w.text.toLowerCase())) || STATEMENT_VERBS.has(w.text.toLowerCase()));
  if (verbAt < 0) return null;
  for (let k = verbAt - 1; k >= 0; k--) {
    const m = speakerMentionAt(ctx, words[k]!);
    if (m) return fromMention(m, 'quote/said-before');
  }
  return null;
}

function countWords(text: string, start: number, end: number): number {
  return tokenizeWords(text, start, end).length;
}


function speakerMentionAt(ctx: QuoteContext, w: Word): Mention | undefined {
  return ctx.mentions.find((m) => m.start <= w.start && w.end <= m.end && SPEAKER_TYPES.has(m.type));
}

/** Whether a mention is followed by a possessive "'s" (it qualifies a noun, it is not the actor). */
function isPossessiveMention(text: string, m: Mention): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
}

/**
 * The speaker of the speech verb at `words[verb]`: the nearest person or organisation before it,
 * except that "X, a photographer for the Associated Press, said" skips the appositive back to X.
 */
function subjectOfVerb(ctx: QuoteContext, words: readonly Word[], verb: number): Mention | null {
  const { text } = ctx;
  let j = verb - 1;
  while (j >= 0 && VERB_ADVERBS.has(words[j]!.text.toLowerCase())) j--;
  if (j < 0) return null;
  if (/^\s*,\s*$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) {
    for (let k = j - 1; k >= 0 && k >= j - APPOSITIVE_WORDS; k--) {
      if (!/,/.test(text.slice(words[k]!.end, words[k + 1]!.start))) continue;
      const m = speakerMentionAt(ctx, words[k]!);
      if (m && !isPossessiveMention(text, m)) return m;
      break;
    }
  }
  // "the Rev. Larry Kroon of the Wasilla Bible Church said": a name inside a prepositional phrase
  // qualifies the speaker before it.
  let fallback: Mention | null = null;
  for (let k = j; k >= 0; k--) {
    const m = speakerMentionAt(ctx, words[k]!);
    if (!m || isPossessiveMention(text, m)) continue;
    const first = words.findIndex((w) => w.start >= m.start);
    const before = first > 0 ? words[first - 1]!.text.toLowerCase() : '';
    const beforeThe = first > 1 && /^(?:the|a|an)$/.test(before) ? words[first - 2]!.text.toLowerCase() : before;
    if (!QUALIFYING_PREPOSITIONS.has(beforeThe)) return m;
    fallback ??= m;
    k = first;
  }
  return fallback;
}

const QUALIFYING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'with', 'in']);

function fromMention(m: Mention, rule: string): Attribution {
  return { speaker: m.entity, speakerSpan: { start: m.start, end: m.end }, rule };
}

function fromPronoun(ctx: QuoteContext, w: Word, rule: string): Attribution {
  const m = resolvePronoun(ctx, w.text, w.start);
  return { speaker: m?.entity ?? null, speakerSpan: { start: w.start, end: w.end }, rule };
}

/** End of the paragraph holding `at` (or of the text). */
function paragraphEnd(text: string, at: number): number {
  const m = /\n\s*\n/g;
  m.lastIndex = at;
  const hit = m.exec(text);
  return hit ? hit.index : text.length;
}

/** '"...," he said', '"...," said X', '"...," X told Reuters', '"...", according to X'. */
function attributeAfter(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  const { text } = ctx;
  const nextOpen = ctx.spans.find((o) => o.open >= q.close);
  const limit = Math.min(q.close + ATTRIBUTION_WINDOW_CHARS, paragraphEnd(text, q.close), nextOpen?.open ?? text.length);
  // A quote that closed its sentence takes an attribution only if one follows in lower case.
  const words = tokenizeWords(text, q.close, limit);
  const gap = text.slice(q.close, words[0]?.start ?? limit);
  // A line break after the closing mark starts the next paragraph: nothing there attributes this quote.
  if (!/^[\s,—–-]*$/.test(gap) || gap.includes('\n')) return null;
  const first = words[0];
  if (!first) return null;
  // After a quote that ends its sentence with a full stop, a capitalised word starts the next sentence.
  if (/\.\s*$/.test(text.slice(q.end - 1, q.close - 1)) && /^\p{Lu}/u.test(first.text) && !SPEECH_VERBS.has(first.text.toLowerCase())) return null;
  const lower = (i: number): string => words[i]?.text.toLowerCase() ?? '';
  if (SPEAKER_PRONOUNS.has(lower(0)) && SPEECH_VERBS.has(lower(1))) return fromPronoun(ctx, first, 'quote/said-after');
  if (lower(0) === 'according' && lower(1) === 'to') {
    const m = words.slice(2, 8).map((w) => speakerMentionAt(ctx, w)).find((x) => x);
    return m ? fromMention(m, 'quote/according-to') : null;
  }
  if (SPEECH_VERBS.has(lower(0))) {
    if (SPEAKER_PRONOUNS.has(lower(1))) return fromPronoun(ctx, words[1]!, 'quote/said-after');
    for (const w of words.slice(1, 8)) {
      const m = speakerMentionAt(ctx, w);
      // "said Flynn's father, Herbert Flynn": a possessive name only qualifies the speaker.
      if (m && !w.possessive && !isPossessiveMention(text, m)) return fromMention(m, 'quote/said-after');
      if (/[.;]/.test(text.slice(w.end, w.end + 1)) && !TITLE_ABBREVIATIONS.has(w.text.toLowerCase())) break;
    }
    return null;
  }
  if (/^\p{Ll}/u.test(first.text) && !['the', 'a', 'an'].includes(lower(0))) return null;
  // "X said", "the opposition leader X said", "X, the minister, said": the last mention before the verb.
  for (let i = 0; i < Math.min(words.length, 10); i++) {
    if (!SPEECH_VERBS.has(lower(i))) continue;
    const subject = subjectOfVerb(ctx, words, i);
    if (subject) return fromMention(subject, 'quote/said-after');
    // "..., a déclaré Jean Moreau": the speaker after the verb, in the same sentence.
    for (const w of words.slice(i + 1, i + 5)) {
      const m = speakerMentionAt(ctx, w);
      if (m && !isPossessiveMention(text, m)) return fromMention(m, 'quote/said-after');
      if (/[.;!?]/.test(text.slice(w.end, w.end + 1)) && !TITLE_ABBREVIATIONS.has(w.text.toLowerCase())) break;
    }
    return null;
  }
  return null;
}

/** 'X said: "..."', 'X told Reuters: "..."', 'X expressed "..."', 'According to X, "..."'. */
function attributeBefore(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  const { text, sentences } = ctx;
  const sentence = sentences.find((s) => q.open >= s.start && q.open < s.end);
  const from = Math.max(sentence?.start ?? 0, q.open - ATTRIBUTION_WINDOW_CHARS);
  const prevQuote = [...ctx.spans].reverse().find((o) => o.close <= q.open);
  const words = tokenizeWords(text, Math.max(from, prevQuote?.close ?? 0), q.open);
  const lower = (i: number): string => words[i]?.text.toLowerCase() ?? '';
  for (let i = words.length - 1; i >= 0 && i >= words.length - 8; i--) {
    if (lower(i) === 'according' && lower(i + 1) === 'to') {
      const m = words.slice(i + 2).map((w) => speakerMentionAt(ctx, w)).find((x) => x);
      if (m) return fromMention(m, 'quote/according-to');
    }
    if (!SPEECH_VERBS.has(lower(i))) continue;
    let j = i - 1;
    while (j >= 0 && VERB_ADVERBS.has(lower(j))) j--;
    if (j >= 0 && SPEAKER_PRONOUNS.has(lower(j))) return fromPronoun(ctx, words[j]!, 'quote/said-before');
    const subject = subjectOfVerb(ctx, words, i);
    if (subject) return fromMention(subject, 'quote/said-before');
    // "said X:" with the speaker after the verb
    for (let k = i + 1; k < words.length; k++) {
      const m = speakerMentionAt(ctx, words[k]!);
      if (m) return fromMention(m, 'quote/said-before');
    }
    return null;
  }
  return null;
}

/** "X said (that) ...", "X told Reuters he ...", "..., officials said." in a sentence without quote marks. */
function findIndirectQuote(ctx: QuoteContext, s: Sentence): Quote | null {
  const { text } = ctx;
  const words = tokenizeWords(text, s.start, s.end);
  const lower = (i: number): string => words[i]?.text.toLowerCase() ?? '';
  let end = s.end;
  while (end > s.start && /[\s.!?…"”’»]/.test(text[end - 1]!)) end--;
  // Trailing attribution: "..., officials said." / "..., he said." / "..., according to X."
  const comma = text.lastIndexOf(',', end);
  if (comma > s.start) {
    const tail = words.filter((w) => w.start > comma);
    const tl = tail.map((w) => w.text.toLowerCase());
    const verbAt = tl.findIndex((t) => REPORTING_VERBS.has(t));
    const contentWords = words.filter((w) => w.end <= comma).length;
    if (tail.length > 0 && tail.length <= 6 && contentWords >= MIN_QUOTE_WORDS) {
      if (verbAt === tail.length - 1 || (tl[0] === 'according' && tl[1] === 'to')) {
        const start = words[0]!.start;
        const content = { start, end: comma };
        let attribution: Attribution = { speaker: null, speakerSpan: null, rule: 'quote/indirect-said-after' };
        const pronoun = tail.find((w) => SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
        const m = tail.map((w) => speakerMentionAt(ctx, w)).find((x) => x);
        if (tl[0] === 'according') attribution = m ? fromMention(m, 'quote/indirect-according-to') : { ...attribution, rule: 'quote/indirect-according-to' };
        else if (m) attribution = fromMention(m, 'quote/indirect-said-after');
        else if (pronoun) attribution = fromPronoun(ctx, pronoun, 'quote/indirect-said-after');
        return { kind: 'quote', ...content, text: text.slice(content.start, content.end), direct: false, ...attribution };
      }
    }
  }
  // Leading attribution: subject, reporting verb, optional addressee, optional "that", clause.
  for (let i = 0; i < words.length && i < 12; i++) {
    if (!REPORTING_VERBS.has(lower(i))) continue;
    let j = i - 1;
    while (j >= 0 && VERB_ADVERBS.has(lower(j))) j--;
    let attribution: Attribution | null = null;
    if (j >= 0 && SPEAKER_PRONOUNS.has(lower(j)) && j <= 1) attribution = fromPronoun(ctx, words[j]!, 'quote/indirect-said-that');
    else if (j >= 0) {
      const m = speakerMentionAt(ctx, words[j]!);
      if (m) attribution = fromMention(m, 'quote/indirect-said-that');
    }
    if (!attribution) return null;
    let k = i + 1;
    // Skip the addressee: "told Reuters", "told reporters", "told the BBC".
    const addressed = /^tol|^tell/.test(lower(i));
    while (addressed && k < words.length && k <= i + 3 && (REPORT_OBJECT_WORDS.has(lower(k)) || speakerMentionAt(ctx, words[k]!))) k++;
    if (lower(k) === 'on' || PREPOSITIONS.has(lower(k))) {
      const that = words.findIndex((w, idx) => idx > k && idx <= k + 8 && w.text.toLowerCase() === 'that');
      if (that < 0) return null;
      k = that;
    }
    if (lower(k) === 'that') k++;
    // "AMD announced a definitive agreement": these verbs report speech only with "that".
    else if (NEEDS_THAT.has(lower(i))) return null;
    const first = words[k];
    if (!first || NOT_A_CLAUSE.has(lower(k)) || PREPOSITIONS.has(lower(k))) return null;
    if (words.filter((w) => w.start >= first.start && w.end <= end).length < MIN_QUOTE_WORDS) return null;
    return { kind: 'quote', start: first.start, end, text: text.slice(first.start, end), direct: false, ...attribution };
  }
  return null;
}
