/**
 * Event words and the one lemma each stands for, so that the same fact lines up across reports
 * however each outlet words it: "freed 123", "the release of 123", "123 were let out" all give
 * `free`. The lemma is the first entry of each group; every other form (inflections, nouns,
 * near-synonyms a newsroom uses for the same act) maps onto it.
 *
 * Choices worth knowing:
 * - `free` covers release, free, liberate (the act of letting prisoners or hostages go).
 * - `take` covers moves of people to a place (were taken, transferred, sent, bused, flown to);
 *   the bare verb "take" is left out ("took the lead", "taking two games").
 * - `kill` covers deaths in an incident (killed, died, dead, death toll), since casualty counts
 *   are reported both ways and must reconcile.
 * - `detain` covers holding in custody (detained, imprisoned, jailed); `arrest` the act of arrest.
 */
const EVENT_GROUPS: readonly (readonly string[])[] = [
  ['free', 'frees', 'freed', 'freeing', 'release', 'releases', 'released', 'releasing', 'liberate',
    'liberates', 'liberated', 'liberating', 'liberation'],
  ['pardon', 'pardons', 'pardoned', 'pardoning'],
  ['take', 'taken', 'transfer', 'transfers', 'transferred', 'transferring', 'sent', 'bused', 'bussed', 'flown',
    'moved', 'brought', 'escorted', 'routed'],
  ['kill', 'kills', 'killed', 'killing', 'killings', 'die', 'dies', 'died', 'dying', 'dead', 'death',
    'deaths', 'toll', 'perished', 'slain', 'murdered', 'massacred', 'fatalities'],
  ['injure', 'injures', 'injured', 'injuring', 'injuries', 'wound', 'wounds', 'wounded', 'wounding',
    'hurt', 'hospitalised', 'hospitalized'],
  ['arrest', 'arrests', 'arrested', 'arresting', 'apprehended'],
  ['detain', 'detains', 'detained', 'detaining', 'detention', 'imprison', 'imprisoned', 'imprisoning',
    'jail', 'jailed', 'jailing', 'incarcerated'],
  ['sentence', 'sentenced', 'sentencing'],
  ['convict', 'convicted', 'convicts'],
  ['charge', 'charged'],
  ['deport', 'deports', 'deported', 'deporting', 'deportation', 'deportations', 'expel', 'expelled',
    'expelling', 'expulsion'],
  ['displace', 'displaces', 'displaced', 'displacing', 'displacement', 'uprooted', 'homeless'],
  ['damage', 'damages', 'damaged', 'damaging', 'destroy', 'destroys', 'destroyed', 'destroying', 'flattened'],
  ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'dispatched', 'stationed'],
  ['cut', 'layoffs', 'axed', 'axe', 'slashed', 'eliminated'],
  ['hire', 'hires', 'hired', 'hiring', 'recruited'],
  ['win', 'wins', 'won', 'winning'],
  ['attend', 'attends', 'attended', 'attending', 'gathered', 'turned out'],
  ['evacuate', 'evacuates', 'evacuated', 'evacuating', 'evacuation', 'evacuations'],
  ['flee', 'flees', 'fled', 'fleeing'],
  ['rescue', 'rescues', 'rescued', 'rescuing'],
  ['abduct', 'abducts', 'abducted', 'abducting', 'kidnap', 'kidnapped', 'kidnapping', 'seized'],
  ['exchange', 'exchanged', 'swap', 'swapped'],
  ['execute', 'executed', 'executions'],
  ['missing', 'missing'],
  ['protest', 'protested', 'protesting', 'rallied', 'marched', 'demonstrated'],
  ['evict', 'evicted'],
  ['infect', 'infected', 'infections'],
];

/** Surface form (lower case) -> event lemma. */
export const EVENT_LEMMAS: ReadonlyMap<string, string> = new Map(
  EVENT_GROUPS.flatMap((group) => group.map((form) => [form, group[0] as string] as const)),
);

/**
 * Participles that only name the event in the passive ("114 were taken to Ukraine", "troops were
 * sent"): "had taken shelter", "moved 5 yards" are other senses. After a number they need a form
 * of "be" before them.
 */
export const PASSIVE_ONLY_EVENT_WORDS: ReadonlySet<string> = new Set(['taken', 'sent', 'moved', 'brought', 'flown']);

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
  'expected', 'due', 'set', 'eventually', 'subsequently', 'already', 'initially', 'previously', 'recently', 'each', 'not',
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
