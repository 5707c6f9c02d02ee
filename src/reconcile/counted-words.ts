/**
 * Word lists for reading counted noun phrases and the places they go to. Data only.
 */

/**
 * Modifiers that do not narrow what is counted: determiners, vague quantifiers and generic
 * adjectives. "the other prisoners" counts the same kind of thing as "prisoners". Event
 * participles ("released prisoners") are dropped too, from the event lexicon.
 */
export const NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that',
  'other', 'more', 'some', 'such', 'all', 'many', 'several', 'further', 'additional', 'total',
  'overall', 'new', 'about', 'of', 'them', 'who', 'whom',
]);

/** Plurals that do not follow the regular rules, for singular heads and readable plurals. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  thieves: 'thief',
  leaves: 'leaf',
  halves: 'half',
  crises: 'crisis',
  analyses: 'analysis',
  police: 'police',
  staff: 'staff',
  personnel: 'personnel',
  troops: 'troop',
  buses: 'bus',
  gases: 'gas',
  viruses: 'virus',
  campuses: 'campus',
  statuses: 'status',
  censuses: 'census',
};

/** Singular nouns ending in `s` that must not lose it ("bus", "news"). */
export const UNCHANGING_S_NOUNS: ReadonlySet<string> = new Set([
  'bus', 'news', 'series', 'species', 'status', 'gas', 'campus', 'virus', 'census', 'physics', 'politics',
]);

/**
 * Prepositions that send a counted group to a destination, so the place names a part of a whole
 * ("9 left for Lithuania", "114 were taken to Ukraine"). `in` is left out on purpose: "123 freed
 * in Belarus" names where the whole happened, not a part.
 */
export const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'into', 'toward', 'towards']);

/** Words too common to tell statement objects apart. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'with', 'by', 'at', 'from', 'as', 'its',
  'their', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'all', 'be', 'is', 'are', 'was', 'were',
]);

/** Names of organisations that stand for a whole state (the annotator's capital metonymy). */
export const STATE_ORGANISATION_PREFIXES: readonly string[] = ['government of', 'administration of', 'authorities of', 'state of'];

/**
 * Head nouns that count the same kind of thing in news of one event, mapped to one head
 * ("detainees" and "prisoners" freed in one release are the same people). Kept to near-synonyms:
 * "civilians", "children" or "refugees" narrow the group and stay apart.
 */
export const HEAD_SYNONYMS: Readonly<Record<string, string>> = {
  detainee: 'prisoner',
  inmate: 'prisoner',
  captive: 'prisoner',
  individual: 'person',
  persons: 'person',
  fatality: 'death',
  kid: 'child',
  serviceman: 'soldier',
  servicemen: 'soldier',
  troop: 'soldier',
  hostages: 'hostage',
};

/**
 * Words by which a report presents a figure as replacing an earlier one ("the toll has risen to
 * 15", "had earlier given a toll of 12"): only then may one report give two values of one fact.
 */
export const UPDATE_MARKERS =
  /\b(?:(?:had |has )?earlier (?:given|reported|said|put|announced|toll|figure|count|estimate)|previously (?:given|reported|said|announced)|initial (?:toll|figure|count|report|estimate)|(?:risen|rose|climbed|jumped|increased|grown|grew) to|up from|revised|updated (?:toll|figure|count)|new (?:toll|figure|count))\b/iu;

/**
 * Words by which a report gives a figure as superseded ("had earlier given a toll of 12"): the
 * report carries that figure but does not stand behind it, so it is not one of its sources.
 */
export const SUPERSEDED_MARKERS =
  /\b(?:(?:had |has )?earlier (?:given|reported|said|put|announced)|previously (?:given|reported|said|announced)|initial (?:toll|figure|count|report|estimate)|first reported)\b/iu;
