/**
 * The shared record types of Corroborate. Every stage reads and writes these; nothing else is
 * shared between stages. Records are readonly and tagged with `kind`; transforms return new values.
 *
 * Offsets everywhere are 0-based, half-open, in UTF-16 code units into the report's extracted
 * `text` (the only offset space), so `text.slice(start, end)` gives back the cited words.
 */

/** A half-open character range into a report's extracted text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'info' | 'warning' | 'error';

/**
 * A content problem found by a stage (page too short, date unparseable, sources disagree).
 * Content problems are data, not exceptions: only misuse and infrastructure failures throw.
 */
export interface Message {
  readonly kind: 'message';
  readonly severity: Severity;
  /** Human-readable reason, naming the input and, when there is one, the fix. */
  readonly reason: string;
  /** Stable rule id, `stage/rule-name`, e.g. `extract/not-an-article`. */
  readonly rule: string;
  readonly start?: number;
  readonly end?: number;
}

// ---------------------------------------------------------------------------------------------
// extract

/** The article a report's raw input comes down to. */
export interface Article {
  readonly kind: 'article';
  /** Main text; paragraphs (headings and list items included) separated by one blank line. */
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO 8601 (`2025-12-13` or `2025-12-13T10:00:00Z`), or null when the report states none. */
  readonly published: string | null;
  readonly modified: string | null;
  readonly outlet: string | null;
  /** ISO 639-1 code (`en`), or null when unknown. */
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly messages: readonly Message[];
}

// ---------------------------------------------------------------------------------------------
// annotate

export type EntityType = 'person' | 'organisation' | 'location';

export interface Sentence extends Span {
  readonly kind: 'sentence';
}

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  readonly kind: 'mention';
  /** Equal to `text.slice(start, end)`. */
  readonly text: string;
  readonly type: EntityType;
  /** Key of the report-level entity this mention belongs to (`Entity.key`). */
  readonly entity: string;
  /** Rule that recognised it, e.g. `entity/tagger`, `entity/gazetteer-demonym`. */
  readonly rule: string;
}

/** A report-level entity: all mentions of one person, organisation or place in one report. */
export interface Entity {
  readonly kind: 'entity';
  /** Unique within the report; stable for the same text (e.g. `person:alexander-lukashenko`). */
  readonly key: string;
  /** Canonical name: the fullest proper form seen ("Alexander Lukashenko"). */
  readonly name: string;
  readonly type: EntityType;
  /** Every distinct surface form seen, the canonical name included. */
  readonly aliases: readonly string[];
  /** For locations (and demonyms, capital-for-government metonymy): ISO 3166-1 alpha-2 country. */
  readonly country?: string;
}

export type Hedge =
  | 'exact'
  | 'approximate' // about, around, some, nearly, almost, roughly
  | 'at-least' // at least, no fewer than
  | 'more-than' // more than, over
  | 'at-most' // at most, up to, no more than
  | 'less-than' // fewer than, under, less than
  | 'range' // between 10 and 12, 10-12
  | 'vague'; // dozens, hundreds, thousands of

/** A number with what it counts: "123 political prisoners", "nearly 40 people". */
export interface Quantity extends Span {
  readonly kind: 'quantity';
  readonly text: string;
  /** Best point value (for ranges and vague amounts, the lower bound). */
  readonly value: number;
  /** Inclusive bounds the hedge allows (`at least 5` -> low 5, high Infinity). */
  readonly low: number;
  readonly high: number;
  readonly hedge: Hedge;
  /** Normalised, singular noun phrase counted ("political prisoner"), null if none. */
  readonly counted: string | null;
  /** Span of the counted phrase in the text, when there is one. */
  readonly countedSpan: Span | null;
  /** Lemma of the event verb the number belongs to ("free", "kill"), null if none found. */
  readonly event: string | null;
  /** When the number is "N of them" / "N of its citizens among them": a subset of an earlier total. */
  readonly partitive: boolean;
  readonly rule: string;
}

export type TimePrecision = 'day' | 'month' | 'year';

/** A date or time expression resolved against the report's publish date. */
export interface TimeExpression extends Span {
  readonly kind: 'time';
  readonly text: string;
  /** `date`: a point or interval in time; `duration`: a length of time ("two days of talks"). */
  readonly type: 'date' | 'duration';
  /** For dates: first and last day covered, ISO `YYYY-MM-DD`; null when unresolved. */
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly precision: TimePrecision | null;
  /** How the expression relates the event to the date: `on`, `since`, `until`, `before`, `after`. */
  readonly relation: 'on' | 'since' | 'until' | 'before' | 'after';
  /** For durations: ISO 8601 duration (`P2D`). */
  readonly duration: string | null;
  readonly rule: string;
}

/** A direct or indirect quote and who said it. */
export interface Quote extends Span {
  readonly kind: 'quote';
  /** The quoted words, equal to `text.slice(start, end)` (without the quotation marks). */
  readonly text: string;
  readonly direct: boolean;
  /** Key of the speaking entity, or null when unattributed. */
  readonly speaker: string | null;
  /** Where the speaker is named or referred to ("he said"), when found. */
  readonly speakerSpan: Span | null;
  readonly rule: string;
}

/** Who did what to whom: "Lukashenko freed 123 prisoners". */
export interface Statement extends Span {
  readonly kind: 'statement';
  /** Lemma of the event verb ("free", "lift"). */
  readonly verb: string;
  readonly negated: boolean;
  /** Entity key of the subject, when the subject is an entity. */
  readonly subject: string | null;
  readonly subjectSpan: Span | null;
  /** Entity key of the object, when an entity. */
  readonly object: string | null;
  /** The object phrase as written, normalised to lower case ("sanctions on belarusian potash"). */
  readonly objectText: string | null;
  readonly objectSpan: Span | null;
  /** Quantities (by index into `Annotations.quantities`) attached to this statement. */
  readonly quantities: readonly number[];
  readonly rule: string;
}

export interface Annotations {
  readonly kind: 'annotations';
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
  readonly statements: readonly Statement[];
  readonly messages: readonly Message[];
  /**
   * Whether an entity tagger read the whole text (the shipped one, which reads English, or one
   * passed to `annotate`). When false, `entities` come from rules and gazetteers alone, and a name
   * missing from them is no evidence that a word is not a name.
   */
  readonly tagged: boolean;
}

// ---------------------------------------------------------------------------------------------
// reports, stories, accounts

/** A report as the pure stages see it: its article, annotations and derivation. */
export interface ReportView {
  readonly id: string;
  readonly externalId: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly article: Article;
  readonly annotations: Annotations;
  /** Id of the report this one copies or rewrites, or null for an original. */
  readonly derivedFrom: string | null;
}

export interface Support extends Span {
  readonly report: string;
  /** Equal to the report's `text.slice(start, end)`. */
  readonly text: string;
}

export type FactStatus = 'corroborated' | 'single-source' | 'disputed';
export type FactKind = 'quantity' | 'date' | 'quote' | 'statement';

/** One value a fact takes in some sources; disputed facts have two or more. */
export interface FactValue {
  readonly value: string | number;
  readonly low?: number;
  readonly high?: number;
  readonly hedge?: Hedge;
  /** Independent source ids (origin report of each derivation group) giving this value. */
  readonly sources: readonly string[];
  readonly support: readonly Support[];
}

export interface Fact {
  readonly kind: 'fact';
  readonly id: string;
  readonly factKind: FactKind;
  /** One readable sentence stating the fact ("123 political prisoners freed"). */
  readonly statement: string;
  readonly status: FactStatus;
  readonly independentSources: number;
  /** The agreed value, or for disputed facts the value with most sources. */
  readonly value: string | number;
  readonly values: readonly FactValue[];
  readonly support: readonly Support[];
  /** Relations to other facts of the story (`part-of`, `subset-of`), by fact id. */
  readonly relations: readonly FactRelation[];
  readonly rule: string;
  /**
   * Present when an outlet revised this fact: the value its latest version gives replaced another
   * in an earlier version of the same report (which the account no longer counts).
   */
  readonly revised?: FactRevised;
}

/** How a fact's value was revised by the outlet that reports it. */
export interface FactRevised {
  /** The latest version, which the account counts. */
  readonly report: string;
  /** The nearest earlier version that gave another value. */
  readonly previous: string;
  /** The value the earlier version gave, with its words there. */
  readonly from: RevisedValue;
  readonly rule: string;
}

export interface FactRelation {
  readonly type: 'part-of' | 'subset-of' | 'sum-of';
  readonly fact: string;
  readonly rule: string;
}

export interface AccountEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly reports: readonly string[];
  readonly country?: string;
}

export interface AccountQuote {
  readonly speaker: string | null;
  readonly speakerEntity: string | null;
  readonly text: string;
  /** `verbatim` when every source carries the same words; `altered` otherwise. */
  readonly match: 'verbatim' | 'trimmed' | 'altered' | 'single';
  readonly sources: readonly string[];
  readonly support: readonly Support[];
  /** For `altered` quotes: how each differing report's words differ from `text`. */
  readonly diff?: readonly QuoteDiff[];
}

/** Word-level difference between a quote's account text and one report's version of it. */
export interface QuoteDiff {
  readonly report: string;
  /** Words of the account text this report lacks. */
  readonly removed: readonly string[];
  /** Words this report has that the account text lacks. */
  readonly added: readonly string[];
  /** The report's version against the account text: `[-removed-]` and `{+added+}` inline. */
  readonly edits: string;
}

// ---------------------------------------------------------------------------------------------
// versions of a report

/** A newer version of an article replacing an earlier one (same page, changed content): `report_versions`. */
export interface VersionLink {
  readonly report: string;
  readonly previous: string;
}

/** A fact's value in one version of a report, with the words that give it there. */
export interface RevisedValue {
  readonly value: string | number;
  readonly low?: number;
  readonly high?: number;
  readonly hedge?: Hedge;
  readonly support: readonly Support[];
}

/**
 * One fact that differs between two versions of a report: its value `changed` (12 dead, then 15),
 * it was `added` or `removed`, or (quotes) the same quote was `reworded`.
 */
export interface FactRevision {
  readonly kind: 'fact-revision';
  readonly change: 'changed' | 'added' | 'removed' | 'reworded';
  readonly factKind: FactKind;
  /** Readable: "people killed: 12 → 15", "23 people taken". */
  readonly statement: string;
  /** What the fact is about, without its values: "people killed", a quote's speaker. */
  readonly subject: string;
  /** In the earlier version; null when added. */
  readonly from: RevisedValue | null;
  /** In the newer version; null when removed. */
  readonly to: RevisedValue | null;
  /** For a reworded quote: the newer words against the earlier, `[-removed-]` and `{+added+}` inline. */
  readonly edits?: string;
  readonly rule: string;
}

/** How a newer version of a report differs from the version it replaces (both kept). */
export interface Revision {
  readonly kind: 'revision';
  /** The newer version. */
  readonly report: string;
  /** The version it replaces. */
  readonly previous: string;
  /** The headline, when it changed. */
  readonly title: { readonly from: string | null; readonly to: string | null; readonly rule: string } | null;
  readonly changes: readonly FactRevision[];
}

/** The sourced account of one story. */
export interface Account {
  readonly kind: 'account';
  readonly facts: readonly Fact[];
  readonly entities: readonly AccountEntity[];
  readonly quotes: readonly AccountQuote[];
  readonly messages: readonly Message[];
  /** How the story's reports that were revised by their outlets differ from their earlier versions. */
  readonly revisions: readonly Revision[];
}
