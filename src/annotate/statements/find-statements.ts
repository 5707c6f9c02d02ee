import type { Mention, Quantity, Quote, Sentence, Span, Statement } from '../../core/records.js';
import { tokenizeWords, type Word } from '../entities/index.js';
import { resolvePronoun, type PronounContext } from '../quotes/index.js';
import { MAX_OBJECT_WORDS, NEGATION_WINDOW_WORDS } from '../settings.js';
import {
  AMBIGUOUS_FORMS, AUXILIARIES, CONTROL_VERBS, EVENT_NOUNS, GOVERNING_VERBS, NEGATIONS, NOUN_MARKERS,
  OBJECT_STOPS, PASSIVE_AUXILIARIES, TIME_WORDS, VERB_LEMMAS, VERB_MARKERS,
} from './event-verbs.js';

export interface FindStatementsInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  /** Direct quotes: event verbs inside quoted words are the speaker's, not the report's. */
  readonly quotes?: readonly Quote[];
  /** Known genders of person entities (from `findEntities`), for pronoun subjects. */
  readonly genders?: ReadonlyMap<string, 'm' | 'f'>;
}

interface Clause {
  readonly pronouns: PronounContext;
  readonly text: string;
  readonly words: readonly Word[];
  readonly mentions: readonly Mention[];
}


/**
 * Who did what to whom for the main news event verbs (free, release, arrest, sentence, kill,
 * meet, sign, sanction, lift, accuse, deny, confirm and a few more): subject and object resolved
 * to entities where they are ones, the object phrase kept as written (lower case), the quantities
 * inside the object or of the same event attached by index.
 *
 * @example
 * // "In return, the U.S. agreed to lift sanctions on Belarusian potash."
 * // -> { verb: 'lift', subject: 'location:united-states', objectText: 'sanctions on belarusian potash', rule: 'statement/control' }
 */
export function findStatements(input: FindStatementsInput): Statement[] {
  const { text, sentences, mentions } = input;
  const quoted = (input.quotes ?? []).filter((q) => q.direct);
  const pronouns: PronounContext = { text, sentences, mentions, quoted, genders: new Map(input.genders ?? []) };
  const out: Statement[] = [];
  for (const s of sentences) {
    const words = tokenizeWords(text, s.start, s.end).filter((w) => !quoted.some((q) => w.start >= q.start && w.end <= q.end));
    const clause: Clause = { pronouns, text, words, mentions: mentions.filter((m) => m.start >= s.start && m.end <= s.end) };
    for (let i = 0; i < words.length; i++) {
      const lower = words[i]!.text.toLowerCase();
      const statement = readVerb(clause, i, lower, input.quantities, s) ?? readNominal(clause, i, lower, input.quantities, s);
      if (statement) out.push(statement);
    }
  }
  return out;
}

function lowerAt(c: Clause, i: number): string {
  return c.words[i]?.text.toLowerCase() ?? '';
}

function mentionAt(c: Clause, i: number): Mention | undefined {
  const w = c.words[i];
  return w ? c.mentions.find((m) => m.start <= w.start && w.end <= m.end) : undefined;
}

/** Whether only spaces (no punctuation) separate words i and i+1. */
function joined(c: Clause, i: number): boolean {
  const a = c.words[i];
  const b = c.words[i + 1];
  return a !== undefined && b !== undefined && /^\s+$/.test(c.text.slice(a.end, b.start));
}

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || /n['’]t$/.test(word);
}

/** The entity mention ending right before word `i` (auxiliaries and adverbs skipped), as [mention, first word index]. */
function subjectBefore(c: Clause, i: number): [Mention, number] | null {
  let j = i - 1;
  while (j >= 0 && joined(c, j) && (AUXILIARIES.has(lowerAt(c, j)) || isNegation(lowerAt(c, j)))) j--;
  if (j < 0) return null;
  const m = mentionAt(c, j) ?? pronounAt(c, j);
  if (m && joined(c, j)) {
    // "A court in Grodno sentenced": a name after a preposition qualifies the real subject.
    const first = c.words.findIndex((w) => w.start >= m.start);
    const prep = first > 0 && joined(c, first - 1) ? lowerAt(c, first - 1) : '';
    // "with Kyiv confirming ...": an absolute clause, whose subject the name is.
    const absolute = prep === 'with' && lowerAt(c, i).endsWith('ing');
    if (MODIFIER_PREPOSITIONS.has(prep) && !absolute) return null;
    return [m, j];
  }
  // "X, a close ally of Y, freed ...": skip one appositive between commas back to the subject.
  const w = c.words[j];
  if (w && /,\s*$/.test(c.text.slice(w.end, c.words[j + 1]?.start ?? w.end))) {
    for (let k = j - 1; k >= 0 && k >= j - 12; k--) {
      const prev = c.words[k]!;
      if (/,\s*$/.test(c.text.slice(prev.end, c.words[k + 1]!.start))) {
        const m2 = mentionAt(c, k);
        return m2 ? [m2, k] : null;
      }
    }
  }
  return null;
}

function isVerbUse(c: Clause, i: number, form: string): boolean {
  const prev = lowerAt(c, i - 1);
  const prevJoined = i > 0 && joined(c, i - 1);
  if (prevJoined && NOUN_MARKERS.has(prev) && !PASSIVE_AUXILIARIES.has(prev)) return false;
  if (!AMBIGUOUS_FORMS.has(form)) return true;
  if (prevJoined && (VERB_MARKERS.has(prev) || isNegation(prev))) return true;
  if (prevJoined && PASSIVE_AUXILIARIES.has(prev) && /(?:ed|et|en)$/.test(form)) return true;
  if (/(?:ed|ing)$/.test(form) || form === 'met') return subjectBefore(c, i) !== null || (!form.endsWith('ing') && nounPhraseBefore(c, i) !== null);
  // A bare base form after a name is a compound noun ("DUI arrest", "Gibbs free throws"): only
  // the third-person form ("Microsoft releases") is a verb there.
  if (!form.endsWith('s')) return false;
  return subjectBefore(c, i) !== null && i > 0 && mentionAt(c, i - 1) !== undefined;
}

/** The object phrase from word `from`: up to a stop word, punctuation or MAX_OBJECT_WORDS words. */
function readObject(c: Clause, from: number): [number, number] | null {
  let last = -1;
  for (let k = from; k < c.words.length && k < from + MAX_OBJECT_WORDS; k++) {
    const lower = lowerAt(c, k);
    if (k > from || !/^(?:the|a|an)$/.test(lower)) {
      if (OBJECT_STOPS.has(lower) && k > from) break;
      if (lower === 'on' && (TIME_WORDS.has(lowerAt(c, k + 1)) || /^\d/.test(lowerAt(c, k + 1)))) break;
      if (k === from && (OBJECT_STOPS.has(lower) || lower === 'on')) return null;
    }
    last = k;
    if (!joined(c, k)) break;
  }
  return last >= from ? [from, last] : null;
}

function attachQuantities(quantities: readonly Quantity[], lemma: string, span: Span | null, sentence: Sentence): number[] {
  const out: number[] = [];
  quantities.forEach((q, idx) => {
    const inObject = span !== null && q.start >= span.start && q.end <= span.end;
    const sameEvent = q.event === lemma && q.start >= sentence.start && q.end <= sentence.end;
    if (inObject || sameEvent) out.push(idx);
  });
  return out;
}

function build(
  c: Clause, sentence: Sentence, quantities: readonly Quantity[], lemma: string, verbIndex: number,
  subject: Mention | null, object: [number, number] | null, objectMention: Mention | null, negated: boolean, rule: string,
): Statement {
  const objectSpan = object ? { start: c.words[object[0]]!.start, end: c.words[object[1]]!.end } : objectMention ? { start: objectMention.start, end: objectMention.end } : null;
  // The object is the entity that heads the phrase ("accused Poland of ..."), else a person or
  // organisation inside it ("freed Nobel winner Bialiatski"); a place inside only qualifies the head
  // ("sanctions on Belarusian potash").
  const head = object ? (/^(?:the|a|an)$/i.test(c.words[object[0]]!.text) ? object[0] + 1 : object[0]) : -1;
  const objectEntity = objectMention ?? (object
    ? (head <= object[1] ? mentionAt(c, head) : undefined) ?? c.mentions.find((m) => m.start >= objectSpan!.start && m.end <= objectSpan!.end && m.type !== 'location') ?? null
    : null);
  const verb = c.words[verbIndex]!;
  const starts = [verb.start, subject?.start ?? verb.start, objectSpan?.start ?? verb.start];
  const ends = [verb.end, subject?.end ?? verb.end, objectSpan?.end ?? verb.end];
  return {
    kind: 'statement',
    start: Math.min(...starts),
    end: Math.max(...ends),
    verb: lemma,
    negated,
    subject: subject?.entity ?? null,
    subjectSpan: subject ? { start: subject.start, end: subject.end } : null,
    object: objectEntity?.entity ?? null,
    objectText: objectSpan ? c.text.slice(objectSpan.start, objectSpan.end).toLowerCase().replace(/\s+/g, ' ') : null,
    objectSpan,
    quantities: attachQuantities(quantities, lemma, objectSpan, sentence),
    rule,
  };
}

/** An event verb in active, control ("agreed to lift") or passive ("were freed by") use. */
function readVerb(c: Clause, i: number, lower: string, quantities: readonly Quantity[], sentence: Sentence): Statement | null {
  const lemma = VERB_LEMMAS.get(lower);
  if (!lemma || !isVerbUse(c, i, lower)) return null;
  const negated = c.words.slice(Math.max(0, i - NEGATION_WINDOW_WORDS), i).some((w) => isNegation(w.text.toLowerCase()));
  const prev = lowerAt(c, i - 1);
  // Passive: "were freed by Lukashenko", "was arrested in 2020".
  let j = i - 1;
  let sawBeen = false;
  while (j >= 0 && joined(c, j) && (isNegation(lowerAt(c, j)) || PASSIVE_ADVERBS.has(lowerAt(c, j)))) {
    if (lowerAt(c, j) === 'been' || lowerAt(c, j) === 'being') sawBeen = true;
    j--;
  }
  if (j >= 0 && joined(c, j) && (sawBeen || PASSIVE_AUXILIARIES.has(lowerAt(c, j))) && /(?:ed|et|en)$/.test(lower)) {
    let by: Mention | null = null;
    for (let k = i + 1; k < c.words.length && k <= i + 6; k++) {
      if (lowerAt(c, k) === 'by') {
        by = mentionAt(c, k + 1) ?? (/^(?:the|a|an)$/.test(lowerAt(c, k + 1)) ? mentionAt(c, k + 2) : undefined) ?? null;
        break;
      }
    }
    const patient = subjectBefore(c, j + 1);
    const objMention = patient?.[0] ?? null;
    if (objMention) return build(c, sentence, quantities, lemma, i, by, null, objMention, negated, 'statement/passive');
    // "123 political prisoners were freed (by X)": the patient is a noun phrase, not an entity.
    const np = nounPhraseBefore(c, j + 1);
    if (!np && !by) return null;
    return build(c, sentence, quantities, lemma, i, by, np, null, negated, 'statement/passive');
  }
  // Control: "agreed to lift", "leading Washington to lift".
  if (prev === 'to' && i > 0 && joined(c, i - 1)) {
    const before = i - 2;
    let subject: Mention | null = mentionAt(c, before) ?? null;
    if (!subject && CONTROL_VERBS.has(lowerAt(c, before))) subject = subjectBefore(c, before)?.[0] ?? null;
    if (!subject) return null;
    return build(c, sentence, quantities, lemma, i, subject, readObject(c, i + 1), null, negated, 'statement/control');
  }
  const subject = subjectBefore(c, i);
  const object = readObject(c, i + 1);
  if (!object && lemma !== 'meet') return null;
  if (subject) return build(c, sentence, quantities, lemma, i, subject[0], object, null, negated, 'statement/active');
  // A subject that is no entity ("The government did not sign"): kept when the verb is plainly
  // finite (an auxiliary or negation before it, or a past form after a noun phrase).
  const np = nounPhraseBefore(c, i);
  // Past forms after a noun phrase with a direct object are finite ("A court sentenced the blogger");
  // other ambiguous forms need an auxiliary or negation before them.
  const finite = /(?:ed|met)$/.test(lower) || !AMBIGUOUS_FORMS.has(lower) || VERB_MARKERS.has(prev) || isNegation(prev);
  if (!np || !object || !finite) return null;
  const statement = build(c, sentence, quantities, lemma, i, null, object, null, negated, 'statement/active');
  const subjectSpan = { start: c.words[np[0]]!.start, end: c.words[np[1]]!.end };
  return { ...statement, start: Math.min(statement.start, subjectSpan.start), subjectSpan };
}

/** "X ordered the release of Y": the event noun's agent is the governing verb's subject. */
function readNominal(c: Clause, i: number, lower: string, quantities: readonly Quantity[], sentence: Sentence): Statement | null {
  const lemma = EVENT_NOUNS.get(lower);
  if (!lemma || lowerAt(c, i + 1) !== 'of' || !/^(?:the|a)$/.test(lowerAt(c, i - 1))) return null;
  if (!GOVERNING_VERBS.has(lowerAt(c, i - 2))) return null;
  const subject = subjectBefore(c, i - 2);
  if (!subject) return null;
  const object = readObject(c, i + 2);
  if (!object) return null;
  return build(c, sentence, quantities, lemma, i, subject[0], object, null, false, 'statement/nominal');
}

/** Most words a non-entity subject phrase spans back from its verb ("A court in Grodno"): 4. */
const NOUN_PHRASE_WORDS = 4;
const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'at', 'near', 'outside', 'for', 'with', 'on', 'inside', 'across']);
/** Words between a passive auxiliary and its participle ("had previously been arrested"). */
const PASSIVE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'reportedly', 'allegedly', 'been', 'being', 'previously', 'already', 'since', 'once', 'again',
  'formally', 'officially', 'eventually', 'finally', 'subsequently', 'wrongly', 'unlawfully', 'arbitrarily', 'recently',
]);
const PHRASE_BOUNDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'that', 'which', 'who', 'whom', 'and', 'but', 'or', 'when', 'after', 'before',
  'because', 'if', 'while', 'as', 'since', 'where', 'then', 'believe', 'believed', 'think', 'thought', 'reported',
]);
const NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'against', 'for']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/**
 * "The government" before "did not sign", "Sanctions on the airline" before "were lifted": a short
 * noun phrase back from the verb to a determiner or the sentence start, through "of"/"on" links,
 * as [first, last] word.
 */
function nounPhraseBefore(c: Clause, i: number): [number, number] | null {
  let j = i - 1;
  while (j >= 0 && joined(c, j) && (AUXILIARIES.has(lowerAt(c, j)) || isNegation(lowerAt(c, j)))) j--;
  if (j < 0 || !joined(c, j)) return null;
  const last = j;
  let from = last;
  let found: number | null = null;
  for (let k = last; k >= 0 && k >= from - NOUN_PHRASE_WORDS; k--) {
    // A clause word ("The NYPD said one person was arrested", "which was released") bounds the phrase.
    if (PHRASE_BOUNDS.has(lowerAt(c, k))) return k < last ? [k + 1, last] : null;
    const atStart = k === 0 || !joined(c, k - 1);
    if (DETERMINERS.has(lowerAt(c, k)) || k === 0) {
      if (DETERMINERS.has(lowerAt(c, k)) && k === last) return null;
      found = k;
      // "sanctions on the airline": the phrase goes on through a linking preposition.
      if (k >= 2 && joined(c, k - 1) && joined(c, k - 2) && NOUN_LINKS.has(lowerAt(c, k - 1))) {
        from = k - 2;
        k = k - 1;
        continue;
      }
      return [found, last];
    }
    // A clause start after a comma ("After the talks, officials freed ...") bounds the phrase too.
    if (atStart) return [k, last];
  }
  return found === null ? null : [found, last];
}

/**
 * A subject pronoun ("he", "she", "it", "they") resolved to its entity, as a mention-like record
 * whose span is the pronoun itself (so the statement's subjectSpan points at the words written).
 */
function pronounAt(c: Clause, j: number): Mention | undefined {
  const w = c.words[j];
  if (!w || !SUBJECT_PRONOUNS.has(w.text.toLowerCase())) return undefined;
  const m = resolvePronoun(c.pronouns, w.text, w.start);
  return m ? { ...m, start: w.start, end: w.end, text: w.text } : undefined;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);
