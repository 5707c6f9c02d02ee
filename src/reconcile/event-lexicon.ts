/**
 * Event words: which verb lemmas report the same happening ("release" and "free" both set people
 * free), their inflected forms (to find an event the annotator left out, and to drop event
 * participles from counted phrases: "released prisoners" counts prisoners), and the participle
 * used to write a fact as a sentence.
 *
 * Data only; the functions that use it live in `event-class-of.ts`.
 */

/** Event classes: lemmas that name the same happening, first lemma is the class name. */
export const EVENT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  free: ['free', 'release', 'liberate', 'pardon', 'exchange', 'swap', 'set free', 'let go', 'walk free'],
  move: ['move', 'leave', 'take', 'send', 'transfer', 'deport', 'bus', 'fly', 'go', 'arrive', 'cross', 'route', 'expel', 'relocate', 'travel', 'hand over'],
  arrest: ['arrest', 'detain', 'jail', 'imprison', 'hold', 'apprehend', 'incarcerate', 'round up'],
  // Court steps count different people at different times from arrests: each is its own class.
  sentence: ['sentence'],
  convict: ['convict'],
  charge: ['charge', 'indict'],
  kill: ['kill', 'die', 'dead', 'death', 'toll', 'slay', 'perish', 'murder', 'massacre', 'execute', 'fatality'],
  injure: ['injure', 'wound', 'hurt'],
  evacuate: ['evacuate', 'rescue', 'lift', 'airlift', 'winch', 'save', 'pull out', 'bring to safety'],
  displace: ['displace', 'flee', 'uproot'],
  remain: ['remain', 'stay', 'still hold'],
  talk: ['talk', 'negotiate', 'meet'],
};

/** Inflected forms of event lemmas, for finding an event in text (lower case, one word each). */
export const EVENT_FORMS: Readonly<Record<string, readonly string[]>> = {
  free: ['free', 'frees', 'freed', 'freeing'],
  release: ['release', 'releases', 'released', 'releasing'],
  liberate: ['liberate', 'liberates', 'liberated', 'liberating'],
  pardon: ['pardon', 'pardons', 'pardoned', 'pardoning'],
  exchange: ['exchanged'],
  swap: ['swapped'],
  leave: ['leave', 'leaves', 'left', 'leaving'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  send: ['send', 'sends', 'sent', 'sending'],
  transfer: ['transfer', 'transfers', 'transferred', 'transferring'],
  deport: ['deport', 'deports', 'deported', 'deporting'],
  bus: ['bused', 'bussed'],
  fly: ['flew', 'flown'],
  go: ['went', 'gone'],
  arrive: ['arrive', 'arrives', 'arrived', 'arriving'],
  cross: ['crossed'],
  route: ['routed'],
  expel: ['expelled'],
  arrest: ['arrest', 'arrests', 'arrested', 'arresting'],
  detain: ['detain', 'detains', 'detained', 'detaining'],
  jail: ['jailed'],
  imprison: ['imprisoned'],
  sentence: ['sentenced'],
  convict: ['convicted'],
  kill: ['kill', 'kills', 'killed', 'killing'],
  die: ['die', 'dies', 'died', 'dying'],
  dead: ['dead'],
  death: ['death', 'deaths'],
  murder: ['murdered'],
  execute: ['executed'],
  injure: ['injure', 'injures', 'injured', 'injuring'],
  wound: ['wounded'],
  hurt: ['hurt'],
  evacuate: ['evacuate', 'evacuates', 'evacuated', 'evacuating'],
  rescue: ['rescue', 'rescues', 'rescued', 'rescuing'],
  lift: ['lifted'],
  airlift: ['airlifted'],
  winch: ['winched'],
  stay: ['stay', 'stays', 'stayed', 'staying'],
  displace: ['displaced'],
  flee: ['flee', 'flees', 'fled', 'fleeing'],
  remain: ['remain', 'remains', 'remained', 'remaining'],
};

/** Past participles for writing facts as sentences; other lemmas get a regular `-ed`. */
export const PARTICIPLES: Readonly<Record<string, string>> = {
  free: 'freed',
  leave: 'left',
  take: 'taken',
  send: 'sent',
  go: 'gone',
  fly: 'flown',
  hold: 'held',
  die: 'died',
  dead: 'dead',
  death: 'dead',
  hurt: 'hurt',
  flee: 'fled',
  meet: 'met',
  slay: 'slain',
  bus: 'bused',
  expel: 'expelled',
  transfer: 'transferred',
  'set free': 'set free',
  'let go': 'let go',
  'walk free': 'walked free',
  'hand over': 'handed over',
};

/** Simple past of irregular verbs, for writing statements ("Lukashenko took ..."). */
export const PAST_TENSES: Readonly<Record<string, string>> = {
  take: 'took',
  leave: 'left',
  send: 'sent',
  go: 'went',
  fly: 'flew',
  hold: 'held',
  meet: 'met',
  flee: 'fled',
  say: 'said',
  tell: 'told',
  give: 'gave',
  make: 'made',
  win: 'won',
  lose: 'lost',
  hit: 'hit',
  put: 'put',
  set: 'set',
  be: 'was',
  have: 'had',
  do: 'did',
  begin: 'began',
  seek: 'sought',
  bring: 'brought',
  buy: 'bought',
  sell: 'sold',
  keep: 'kept',
  lead: 'led',
  find: 'found',
  shoot: 'shot',
  strike: 'struck',
  speak: 'spoke',
};

/**
 * Verbs that carry no event of their own but hand it to a noun or verb next to them ("ordered the
 * release of 123", "confirmed the deaths of 12"): when the annotator names one as a number's
 * event, the nearest event word of the lexicon in the sentence is the real event.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'order', 'announce', 'confirm', 'say', 'report', 'agree', 'approve', 'authorize', 'authorise', 'decide',
  'complete', 'carry', 'see', 'include', 'mark', 'follow', 'represent', 'secure', 'win', 'be', 'have',
  'make', 'get', 'allow', 'tell', 'state', 'claim', 'put', 'bring', 'lead',
]);
