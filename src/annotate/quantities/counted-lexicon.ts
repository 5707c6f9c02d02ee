/**
 * Word lists for reading what a number counts ("123 political prisoners"), as data.
 */

/**
 * Words that cannot be part of a counted noun phrase: determiners, pronouns, prepositions,
 * conjunctions, auxiliaries and common adverbs. A counted phrase stops at the first of them.
 */
export const NON_NOUN_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'i', 'he', 'she', 'it', 'we', 'they', 'them', 'him', 'us', 'you', 'me', 'who', 'whom', 'which', 'what',
  'whose', 'where', 'when', 'why', 'how', 'there', 'here', 'himself', 'herself', 'itself', 'themselves',
  'myself', 'ourselves', 'yourself', 'yourselves', 'oneself', 'another', 'else',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'upon', 'about',
  'over', 'under', 'after', 'before', 'since', 'until', 'during', 'through', 'across', 'against',
  'among', 'amongst', 'between', 'behind', 'beyond', 'near', 'inside', 'outside', 'per', 'via', 'as',
  'than', 'like', 'including', 'excluding', 'despite', 'toward', 'towards', 'amid', 'amidst', 'along',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'because', 'although', 'though', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no',
  'also', 'only', 'just', 'still', 'already', 'now', 'then', 'later', 'earlier', 'ago', 'each', 'all',
  'both', 'either', 'neither', 'more', 'most', 'less', 'least', 'fewer', 'other', 'others', 'another',
  'such', 'very', 'too', 'again', 'ever', 'never', 'even', 'yesterday', 'today', 'tomorrow', 'tonight',
  'reportedly', 'allegedly', 'apparently', 'respectively', 'altogether', 'total', 'overall', 'say',
  'says', 'said', 'according', 'remain', 'remained', 'remains', 'left', 'died', 'went', 'came',
  'arrived', 'were', 'got', 'out', 'up', 'down', 'off', 'away', 'back', 'home',
]);

/**
 * Common verb forms that end a counted phrase when no -s tells them apart ("1 quake struck",
 * "one man fell"): past tenses and participles of frequent irregular verbs and a few regular ones.
 */
export const COMMON_VERB_FORMS: ReadonlySet<string> = new Set([
  'struck', 'hit', 'told', 'took', 'made', 'gave', 'found', 'held', 'met', 'put', 'saw', 'ran', 'fell',
  'rose', 'led', 'kept', 'spent', 'built', 'bought', 'caught', 'fought', 'thought', 'stood', 'became',
  'broke', 'chose', 'drove', 'grew', 'knew', 'spoke', 'stole', 'threw', 'wore', 'wrote', 'shot', 'lost',
  'won', 'began', 'begun', 'paid', 'sat', 'felt', 'heard', 'meant', 'sold', 'sought', 'slept', 'swept',
  'taught', 'understood', 'withdrew', 'gathered', 'attended', 'joined', 'voted', 'signed', 'received',
  'crossed', 'entered', 'reached', 'returned', 'walked', 'waited', 'worked', 'lived', 'stayed',
  'took', 'take', 'get', 'go', 'come', 'make', 'need', 'want', 'face', 'remain', 'continue',
  'represents', 'means', 'shows', 'includes', 'seems', 'looks', 'makes', 'takes', 'gives', 'comes', 'goes',
  'says', 'needs', 'wants', 'becomes', 'marks', 'provides', 'offers', 'requires', 'allows', 'costs',
  'plus',
]);

/** Words that may open a counted phrase and are left out of `counted` ("hundreds of other people"). */
export const SKIPPED_OPENING_WORDS: ReadonlySet<string> = new Set(['other', 'more', 'additional', 'further', 'extra', 'new']);

/**
 * Units of measure: a quantity counting one of these never lends its counted noun to a bare number
 * nearby ("rushed for 352 yards ... (14 freed)").
 */
export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'yard', 'metre', 'meter', 'kilometre', 'kilometer', 'km', 'mile', 'foot', 'inch', 'centimetre',
  'tonne', 'ton', 'kilogram', 'kg', 'gram', 'pound', 'ounce', 'litre', 'liter', 'gallon', 'barrel',
  'hectare', 'acre', 'degree', 'point', 'percent', 'percentage point', 'goal', 'run', 'vote', 'seat',
  'rebound', 'assist', 'carry', 'touchdown', 'game', 'round', 'set', 'lap', 'inning', 'over', 'wicket',
  'storey', 'story', 'floor', 'magnitude', 'knot', 'megawatt', 'watt', 'volt', 'byte', 'megabyte', 'gigabyte',
]);

/** Irregular plurals and their singular. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'],
  ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['lives', 'life'],
  ['wives', 'wife'], ['knives', 'knife'], ['thieves', 'thief'], ['wolves', 'wolf'], ['halves', 'half'],
  ['leaves', 'leaf'], ['shelves', 'shelf'], ['crises', 'crisis'], ['analyses', 'analysis'],
  ['theses', 'thesis'], ['bases', 'base'], ['cases', 'case'], ['houses', 'house'], ['buses', 'bus'],
  ['gases', 'gas'], ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['data', 'data'],
  ['media', 'media'], ['indices', 'index'], ['statuses', 'status'], ['viruses', 'virus'],
  ['sources', 'source'], ['forces', 'force'], ['prices', 'price'], ['offices', 'office'],
  ['services', 'service'], ['places', 'place'], ['vehicles', 'vehicle'], ['cities', 'city'],
  ['horses', 'horse'], ['nurses', 'nurse'], ['courses', 'course'], ['responses', 'response'],
  ['licenses', 'license'], ['licences', 'licence'], ['purposes', 'purpose'], ['clauses', 'clause'],
  ['causes', 'cause'], ['cheeses', 'cheese'], ['noses', 'nose'], ['doses', 'dose'], ['roses', 'rose'],
  ['phases', 'phase'], ['releases', 'release'], ['promises', 'promise'], ['exercises', 'exercise'],
  ['premises', 'premises'], ['series', 'series'], ['species', 'species'], ['news', 'news'],
  ['troops', 'troop'], ['dollars', 'dollar'],
]);

/** Nouns that count as plural without an -s ("40 police", "200 staff", "12 aircraft"). */
export const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'livestock', 'sheep',
  'fish', 'deer', 'aircraft', 'crew', 'offspring', 'militia', 'infantry', 'clergy', 'youth', 'data',
  'media', 'feet', 'teeth', 'mice', 'geese', 'troops', 'head', 'civilians', 'families',
]);

/**
 * Units of time: a number followed by one of these is a duration or date (the time finder owns
 * it), never a count.
 */
export const TIME_UNIT_WORDS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months',
  'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century', 'centuries', 'weekend', 'weekends',
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt', 'hrs',
  'o\'clock',
]);

/** Words that mark a number as an age ("aged 65", "65-year-old"): ages are not counts. */
export const AGE_BEFORE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Verbs before a bare number that make it an age ("since I was eleven", "she turned 40"). */
export const AGE_VERB_WORDS: ReadonlySet<string> = new Set(['was', 'is', 'am', 'were', 'turned', 'turns', 'turning']);

/**
 * Label words that name a number even in lower case ("type 2 diabetes", "week 8", "phase 3",
 * "page 4"); the rest of `NUMBER_LABEL_WORDS` only when capitalised ("Article 5", "Flight 370").
 */
export const LOWERCASE_LABEL_WORDS: ReadonlySet<string> = new Set([
  'type', 'phase', 'stage', 'category', 'level', 'grade', 'article', 'section', 'chapter', 'page', 'pages',
  'room', 'flight', 'season', 'episode', 'volume', 'vol', 'tier', 'class', 'model', 'version', 'week', 'day',
  'paragraph', 'clause', 'figure', 'table', 'item', 'step', 'round', 'gate', 'platform', 'terminal', 'exhibit',
  'magnitude', 'size', 'number', 'no', 'nos',
]);

/**
 * Capitalised words that make the next number a label, not a count ("Article 5", "Flight 370",
 * "Resolution 2231", "Boeing 737").
 */
export const NUMBER_LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'section', 'chapter', 'clause', 'paragraph', 'flight', 'route', 'highway',
  'interstate', 'resolution', 'no', 'no.', 'nos', 'number', 'room', 'page', 'pages', 'vol', 'volume',
  'boeing', 'airbus', 'level', 'phase', 'gate', 'terminal', 'platform', 'channel', 'game', 'season',
  'episode', 'stage', 'category', 'grade', 'class', 'rule', 'title', 'amendment', 'unit', 'block',
  'building', 'floor', 'suite', 'bus', 'line', 'lane', 'street', 'avenue', 'road', 'apartment',
  'district', 'ward', 'precinct', 'division', 'brigade', 'battalion', 'regiment', 'corps', 'fleet',
  'model', 'version', 'windows', 'iphone', 'galaxy', 'pixel', 'series', 'mark', 'type', 'exhibit',
  'case', 'docket', 'bill', 'law', 'decree', 'order', 'code', 'figure', 'table', 'step', 'item',
  'group', 'covid', 'apollo', 'soyuz', 'su', 'mig', 'tu', 'f', 'b', 'c', 'a', 'p', 's', 't', 'k',
  'psalm', 'verse', 'hymn', 'op', 'opus', 'symphony', 'formula', 'division', 'league', 'ligue',
  'bundesliga', 'serie', 'tier', 'cop', 'g', 'week', 'day', 'round', 'myth', 'tip', 'rule', 'reason', 'lesson',
]);

/**
 * Words after a number of a partitive phrase ("five of its citizens", "three of them"): the number
 * is a subset of a group named or implied before.
 */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'those', 'these', 'them', 'whom', 'which',
  'us', 'you', 'this', 'that',
]);

/** Pronouns closing a partitive with no noun of its own ("three of them"): counted from context. */
export const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'whom', 'which', 'us', 'you', 'those', 'these']);

/** Words before a number that make it a subset of a group just named ("including five Americans"). */
export const SUBSET_CUE_WORDS: ReadonlySet<string> = new Set(['including', 'includes', 'included', 'among', 'amongst']);

/** Currency signs and the counted unit they stand for. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'us dollar'], ['us$', 'us dollar'], ['€', 'euro'], ['£', 'pound sterling'], ['¥', 'yen'],
  ['₹', 'indian rupee'], ['₽', 'russian rouble'], ['₴', 'ukrainian hryvnia'], ['₩', 'south korean won'],
]);

/** Currency names written after a number ("5 million dollars") and the unit they normalise to. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'us dollar'], ['usd', 'us dollar'], ['euro', 'euro'], ['eur', 'euro'],
  ['pound', 'pound sterling'], ['gbp', 'pound sterling'], ['yen', 'yen'], ['rouble', 'russian rouble'],
  ['ruble', 'russian rouble'], ['rub', 'russian rouble'], ['hryvnia', 'ukrainian hryvnia'],
  ['yuan', 'yuan'], ['rupee', 'indian rupee'],
]);

/** Counted words meaning "per hundred". */
export const PERCENT_WORDS: readonly (readonly string[])[] = [['percent'], ['per', 'cent'], ['pc'], ['pct'], ['percentage', 'points'], ['percentage', 'point']];

/** Measure nouns whose phrase continues with "of X" ("5 tonnes of grain", "200 barrels of oil"). */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'tonne', 'ton', 'kilogram', 'kilo', 'gram', 'pound', 'litre', 'liter', 'gallon', 'barrel', 'bag',
  'box', 'truck', 'truckload', 'container', 'sack', 'pallet', 'bottle', 'cubic', 'hectare', 'acre',
  'dose', 'unit', 'round', 'piece', 'batch', 'shipment',
]);

/** Words before "one" that make it a pronoun or determiner, not a count ("no one", "the one"). */
export const NOT_A_COUNT_BEFORE_ONE: ReadonlySet<string> = new Set([
  'the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'some', 'at', 'as', 'another',
]);

/** Nouns after "one" that make an idiom, not a count ("one way", "one thing"). */
export const IDIOMS_AFTER_ONE: ReadonlySet<string> = new Set([
  'way', 'thing', 'side', 'hand', 'point', 'reason', 'another', 'problem', 'question', 'issue', 'example',
  'part', 'kind', 'sort', 'type', 'option', 'step', 'factor', 'area', 'aspect', 'source',
]);
