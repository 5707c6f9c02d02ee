/**
 * Event words and the one lemma each stands for, so that the same fact lines up across reports
 * however each outlet words it: "freed 123", "the release of 123", "123 were let out" all give
 * `free`. Each group names its lemma and the surface forms (inflections, nouns, near-synonyms a
 * newsroom uses for the same act) that map onto it; the lemma itself is a surface form only when
 * listed.
 *
 * Choices worth knowing:
 * - `free` covers release, free, liberate (the act of letting prisoners or hostages go).
 * - `take` covers moves of people to a place (were taken, transferred, sent, bused, flown to);
 *   the bare verb "take" is left out ("took the lead", "taking two games").
 * - `kill` covers deaths in an incident (killed, died, dead, death toll), since casualty counts
 *   are reported both ways and must reconcile.
 * - `detain` covers holding in custody (detained, imprisoned, jailed); `arrest` the act of arrest.
 * - `remain` marks those still held or left behind ("hundreds of political prisoners remain"), so a
 *   count of those left is not read as a count of those freed.
 */
const EVENT_GROUPS: readonly { readonly lemma: string; readonly forms: readonly string[] }[] = [
  { lemma: 'free', forms: ['free', 'frees', 'freed', 'freeing', 'release', 'releases', 'released', 'releasing', 'liberate',
    'liberates', 'liberated', 'liberating', 'liberation'] },
  { lemma: 'pardon', forms: ['pardon', 'pardons', 'pardoned', 'pardoning'] },
  { lemma: 'take', forms: ['taken', 'transfer', 'transfers', 'transferred', 'transferring', 'sent', 'bused', 'bussed', 'flown',
    'moved', 'brought', 'escorted', 'routed', 'driven'] },
  { lemma: 'arrive', forms: ['arrived', 'arriving'] },
  { lemma: 'remain', forms: ['remain', 'remains', 'remained'] },
  { lemma: 'kill', forms: ['kill', 'kills', 'killed', 'killing', 'killings', 'die', 'dies', 'died', 'dying', 'dead', 'death',
    'deaths', 'toll', 'perished', 'slain', 'murdered', 'massacred', 'fatalities'] },
  { lemma: 'injure', forms: ['injure', 'injures', 'injured', 'injuring', 'injuries', 'injury', 'wound', 'wounds', 'wounded', 'wounding',
    'hurt', 'hospitalised', 'hospitalized'] },
  { lemma: 'arrest', forms: ['arrest', 'arrests', 'arrested', 'arresting', 'apprehended'] },
  { lemma: 'detain', forms: ['detain', 'detains', 'detained', 'detaining', 'detention', 'detentions', 'imprison', 'imprisoned', 'imprisoning',
    'jail', 'jailed', 'jailing', 'incarcerated'] },
  { lemma: 'sentence', forms: ['sentenced', 'sentencing'] },
  { lemma: 'convict', forms: ['convicted'] },
  { lemma: 'charge', forms: ['charged'] },
  { lemma: 'deport', forms: ['deport', 'deports', 'deported', 'deporting', 'deportation', 'deportations', 'expel', 'expelled',
    'expelling', 'expulsion', 'expulsions'] },
  { lemma: 'displace', forms: ['displace', 'displaces', 'displaced', 'displacing', 'displacement', 'uprooted', 'homeless'] },
  { lemma: 'damage', forms: ['damaged', 'destroy', 'destroys', 'destroyed', 'destroying', 'flattened'] },
  { lemma: 'deploy', forms: ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'dispatched', 'stationed'] },
  { lemma: 'cut', forms: ['layoffs', 'axed', 'slashed', 'laid-off'] },
  { lemma: 'hire', forms: ['hires', 'hired', 'recruited'] },
  { lemma: 'win', forms: ['won'] },
  { lemma: 'attend', forms: ['attended', 'attending'] },
  { lemma: 'evacuate', forms: ['evacuate', 'evacuates', 'evacuated', 'evacuating', 'evacuations'] },
  { lemma: 'flee', forms: ['flee', 'flees', 'fled', 'fleeing'] },
  { lemma: 'rescue', forms: ['rescued', 'rescuing'] },
  { lemma: 'abduct', forms: ['abduct', 'abducts', 'abducted', 'abducting', 'kidnap', 'kidnapped', 'kidnapping'] },
  { lemma: 'exchange', forms: ['exchanged', 'swapped'] },
  { lemma: 'execute', forms: ['executed', 'executions'] },
  { lemma: 'abduct', forms: ['kidnappings', 'abductions'] },
  { lemma: 'missing', forms: ['missing'] },
  { lemma: 'protest', forms: ['protested', 'rallied', 'marched', 'demonstrated'] },
  { lemma: 'evict', forms: ['evicted'] },
];

/** Surface form (lower case) -> event lemma. */
export const EVENT_LEMMAS: ReadonlyMap<string, string> = new Map(
  EVENT_GROUPS.flatMap(({ lemma, forms }) => forms.map((form) => [form, lemma] as const)),
);

/**
 * Forms that are as often adjectives or nouns of something else ("free hosting", "a release
 * date", "the death of"): before a number they count only when close to it ("to free 123", "the
 * release of 123", "death toll rose to 40"), after it only in the listed frames.
 */
export const AMBIGUOUS_EVENT_WORDS: ReadonlySet<string> = new Set([
  'free', 'release', 'releases', 'death', 'deaths', 'toll', 'dead', 'hurt', 'arrest', 'arrests', 'transfer',
  'transfers', 'detention', 'jail', 'deployment', 'missing', 'homeless', 'die', 'dies', 'dying', 'charged',
  'demonstrated', 'marched', 'moved', 'brought', 'remain', 'remains', 'remained', 'arrived', 'arriving',
]);

/**
 * Prepositions between a verb and a number that show the number is not the verb's object
 * ("deployed through three models", "gave free hosting to millions").
 */
export const OBJECT_BREAK_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'with', 'through', 'across', 'into', 'by', 'during', 'after', 'before',
  'among', 'between', 'within', 'without', 'via', 'per', 'like', 'than', 'as',
]);

/** Plural event nouns that, counted, name their event ("14 deaths" -> kill, "300 arrests" -> arrest). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'deaths', 'killings', 'fatalities', 'injuries', 'arrests', 'detentions', 'deportations', 'expulsions',
  'evacuations', 'executions', 'releases', 'layoffs', 'kidnappings', 'abductions',
]);

/**
 * Participles that, placed before the counted noun, name the event ("the released prisoners",
 * "wounded soldiers", "displaced families"); other participles there are plain adjectives ("the
 * two gathered ends").
 */
export const MODIFIER_EVENT_WORDS: ReadonlySet<string> = new Set([
  'released', 'freed', 'liberated', 'pardoned', 'detained', 'jailed', 'imprisoned', 'arrested', 'wounded',
  'injured', 'dead', 'missing', 'displaced', 'evacuated', 'deported', 'expelled', 'killed', 'kidnapped',
  'abducted', 'rescued', 'sentenced', 'convicted', 'executed', 'hospitalised', 'hospitalized', 'incarcerated',
  'slain', 'murdered', 'homeless', 'transferred', 'evicted',
]);

/**
 * Participles that only name the event in the passive ("114 were taken to Ukraine", "troops were
 * sent"): "had taken shelter", "moved 5 yards" are other senses. After a number they need a form
 * of "be" before them.
 */
export const PASSIVE_ONLY_EVENT_WORDS: ReadonlySet<string> = new Set(['taken', 'sent', 'moved', 'brought', 'flown', 'driven']);

/**
 * Verbs that name the event only with the number as their subject ("hundreds remain", "14 arrived
 * in Vilnius"); before a number they are other senses ("the remains of 12 soldiers").
 */
export const SUBJECT_ONLY_EVENT_WORDS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'arrived', 'arriving']);

/** Forms of "be" that make the next participle passive. */
export const BE_WORDS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being']);

/**
 * Forms that read as adjectives before a noun ("the released prisoners", "wounded soldiers"); when
 * such a word modifies the counted noun it gives the event and is left out of `counted`.
 */
export const EVENT_PARTICIPLE_PATTERN = /(?:ed|en|wn|ng)$|^(?:dead|missing|held|hurt|sent|slain)$/u;

/**
 * Words allowed between a subject number and its verb ("123 were released", "40 are feared dead",
 * "5 have reportedly been killed").
 */
export const AUXILIARY_WORDS: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'may', 'might', 'must', 'should', 'reportedly', 'also', 'later', 'since', 'all', 'now', 'then',
  'reported', 'believed', 'feared', 'thought', 'said', 'confirmed', 'presumed', 'to', 'get', 'got',
  'expected', 'due', 'set', 'walked', 'walk', 'went', 'go', 'gone', 'left', 'eventually', 'subsequently', 'already', 'initially', 'previously', 'recently', 'each', 'not',
]);

/** Words opening a parenthetical between commas that a subject's verb may follow. */
export const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set([
  'including', 'among', 'mostly', 'mainly', 'many', 'most', 'some', 'all', 'both', 'half', 'according',
]);

/** Words that end a clause when scanning from a number for its verb. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'that', 'after', 'before',
  'when', 'because', 'although', 'though', 'unless', 'until', 'where', 'if', 'whether', 'so', 'yet',
]);

/** Words that end a clause, punctuation. */
export const CLAUSE_BREAK_PUNCT: ReadonlySet<string> = new Set([
  ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '—', '–', '.', '!', '?', '…',
]);
