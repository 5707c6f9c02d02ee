import type { EntityType } from '../../core/records.js';
import type { PlaceKind } from '../gazetteer/index.js';

/**
 * A span some heuristic or the tagger believes names an entity, before mentions are grouped
 * into report-level entities. `type: null` marks a single capitalised word that only becomes a
 * mention if it matches a name seen elsewhere in the report ("Lukashenko" after "Alexander Lukashenko").
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType | null;
  readonly rule: string;
  /** The name with roles, honorifics and possessive stripped, as written. */
  readonly name: string;
  /** For places and government metonymy: ISO alpha-2 country. */
  readonly country?: string;
  readonly place?: PlaceKind;
  /** Gender an honorific gave away ("Mrs"), used to resolve pronouns in quotes. */
  readonly gender?: 'm' | 'f';
  /** Whether the rule is confident enough to stand without the tagger's agreement. */
  readonly strong: boolean;
}

/** A span the statistical tagger (src/annotate/ner) returns. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly score?: number;
}

/** The tagger's signature, so `annotate()` can run with or without it. */
export type TagEntities = (text: string) => readonly TaggedSpan[];
