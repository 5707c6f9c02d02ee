import type { Mention, Sentence, Span } from '../../core/records.js';
import { PRONOUN_LOOKBACK_SENTENCES } from '../settings.js';
import { tokenizeWords } from '../entities/index.js';
import { SPEAKER_PRONOUNS } from './speech-words.js';

/** What pronoun resolution needs to know about the report. */
export interface PronounContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Quoted words: names inside quotes are not antecedents. */
  readonly quoted: readonly Span[];
  /** Known genders by entity key; resolution adds what it learns. */
  readonly genders: Map<string, 'm' | 'f'>;
}

/** Words from a sentence's start within which its subject is looked for. */
const SUBJECT_WORDS = 8;

/**
 * The entity a speaker pronoun ("he said") refers to: the subject of the nearest earlier sentence
 * that names one of the right gender (a sentence whose subject is itself a pronoun carries the
 * chain on, so it is skipped), else the most recent person of the right gender.
 */
export function resolvePronoun(ctx: PronounContext, pronoun: string, at: number): Mention | null {
  const lower = pronoun.toLowerCase();
  const gender = SPEAKER_PRONOUNS.get(lower);
  const wantType = lower === 'it' || lower === 'they' ? 'organisation' : 'person';
  const fits = (m: Mention): boolean => {
    if (m.type !== wantType) return false;
    const g = ctx.genders.get(m.entity);
    return !gender || !g || g === gender;
  };
  const inQuote = (pos: number): boolean => ctx.quoted.some((q) => pos >= q.start && pos < q.end);
  const idx = ctx.sentences.findIndex((s) => at >= s.start && at < s.end);
  const from = idx >= 0 ? idx : ctx.sentences.length;
  // Subjects of the nearest sentences, nearest first; one whose gender is known to match wins over
  // a nearer one whose gender is unknown.
  const subjects: Mention[] = [];
  for (let k = from; k >= 0 && k >= from - PRONOUN_LOOKBACK_SENTENCES; k--) {
    const s = ctx.sentences[k];
    if (!s) continue;
    const limit = k === from ? at : s.end;
    const words = tokenizeWords(ctx.text, s.start, limit).filter((w) => !inQuote(w.start)).slice(0, SUBJECT_WORDS);
    const firstPronoun = words.find((w) => SPEAKER_PRONOUNS.has(w.text.toLowerCase()) && w.start < limit);
    const subject = ctx.mentions.find((m) => m.start >= s.start && m.start < limit && !inQuote(m.start) && fits(m) && words.some((w) => w.start === m.start));
    if (subject && (!firstPronoun || subject.start < firstPronoun.start)) subjects.push(subject);
  }
  const confirmed = gender ? subjects.find((m) => ctx.genders.get(m.entity) === gender) : undefined;
  if (confirmed ?? subjects[0]) return learn(ctx, (confirmed ?? subjects[0])!, gender);
  let best: Mention | null = null;
  for (const m of ctx.mentions) if (m.start < at && !inQuote(m.start) && fits(m)) best = m;
  return best ? learn(ctx, best, gender) : null;
}

function learn(ctx: PronounContext, m: Mention, gender: 'm' | 'f' | null | undefined): Mention {
  if (gender && !ctx.genders.has(m.entity) && m.type === 'person') ctx.genders.set(m.entity, gender);
  return m;
}
