/** The news event verbs statements are built on, and the words around them. Lower case. */

/** Lemma -> its verb forms. Forms that are also common nouns or adjectives are in AMBIGUOUS_FORMS. */
export const EVENT_VERBS: Readonly<Record<string, readonly string[]>> = {
  free: ['free', 'frees', 'freed', 'freeing'],
  release: ['release', 'releases', 'released', 'releasing'],
  pardon: ['pardon', 'pardons', 'pardoned', 'pardoning'],
  arrest: ['arrest', 'arrests', 'arrested', 'arresting'],
  detain: ['detain', 'detains', 'detained', 'detaining'],
  jail: ['jail', 'jails', 'jailed', 'jailing'],
  sentence: ['sentence', 'sentences', 'sentenced', 'sentencing'],
  kill: ['kill', 'kills', 'killed', 'killing'],
  meet: ['meet', 'meets', 'met', 'meeting'],
  sign: ['sign', 'signs', 'signed', 'signing'],
  sanction: ['sanction', 'sanctions', 'sanctioned', 'sanctioning'],
  impose: ['impose', 'imposes', 'imposed', 'imposing'],
  lift: ['lift', 'lifts', 'lifted', 'lifting'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deport: ['deport', 'deports', 'deported', 'deporting'],
  expel: ['expel', 'expels', 'expelled', 'expelling'],
};

/** Verb form -> lemma. */
export const VERB_LEMMAS: ReadonlyMap<string, string> = new Map(
  Object.entries(EVENT_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])),
);

/**
 * Forms that are as often nouns or adjectives ("the release", "sanctions on", "free people",
 * "a meeting"): verbs only after "to", a modal, a negation, or straight after the subject.
 */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'free', 'release', 'releases', 'arrest', 'arrests', 'sentence', 'sentences', 'meeting', 'sign', 'signs',
  'sanction', 'sanctions', 'lift', 'lifts', 'jail', 'pardon', 'pardons', 'killing', 'signing', 'sentencing',
  'accused', 'released', 'freed', 'detained', 'jailed', 'arrested', 'killed', 'sanctioned', 'deported', 'expelled', 'pardoned',
  'sentenced', 'signed', 'lifted', 'imposed', 'confirmed', 'denied',
]);

/** Event nouns read as their verb in "X ordered the release of Y" (noun -> lemma). */
export const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['release', 'release'], ['freeing', 'free'], ['arrest', 'arrest'], ['detention', 'detain'],
  ['killing', 'kill'], ['lifting', 'lift'], ['pardon', 'pardon'], ['deportation', 'deport'], ['expulsion', 'expel'],
]);

/** Verbs that govern an event noun and make their subject its agent ("ordered the release of"). */
export const GOVERNING_VERBS: ReadonlySet<string> = new Set([
  'ordered', 'orders', 'announced', 'announces', 'approved', 'approves', 'secured', 'secures', 'authorised',
  'authorized', 'negotiated', 'negotiates', 'decreed', 'granted', 'grants', 'won', 'wins', 'obtained',
]);

/** Words that sit between a subject and its verb without breaking the link. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did',
  'does', 'do', 'also', 'later', 'then', 'earlier', 'previously', 'reportedly', 'eventually', 'finally',
  'already', 'again', 'since', 'now', 'once', 'not', 'never', 'no', 'longer', 'n’t', "n't", 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'to', 'formally', 'officially', 'swiftly', 'quickly', 'unexpectedly',
]);

/** Passive auxiliaries ("were freed"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** Modals and markers after which an ambiguous base form is a verb ("agreed to lift", "will free"). */
export const VERB_MARKERS: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do',
  'not', 'never', "n't", 'n’t', 'has', 'have', 'had', 'also', 'later',
]);

/** Words before a form that make it a noun or adjective ("the release", "its sanctions"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'of', 'for', 'new', 'more', 'further', 'any', 'all', 'some', 'no', 'such', 'after', 'before', 'following',
  'are', 'were', 'is', 'was', 'be', 'been', 'being', 'feel', 'feels', 'set', 'walked', 'now', 'many', 'and',
]);

/** Control verbs whose subject is the subject of the event verb after "to" ("agreed to lift"). */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'agreed', 'agrees', 'agree', 'decided', 'decides', 'voted', 'votes', 'moved', 'moves', 'plans', 'planned',
  'wants', 'wanted', 'promised', 'promises', 'pledged', 'pledges', 'threatened', 'threatens', 'vowed',
  'vows', 'refused', 'refuses', 'declined', 'declines', 'offered', 'offers', 'sought', 'seeks', 'tried',
  'tries', 'began', 'begins', 'started', 'expected', 'set', 'going', 'intends', 'intended', 'hopes', 'hoped',
  'failed', 'fails', 'chose', 'prepared', 'prepares', 'ready', 'able', 'willing', 'continued', 'continues',
]);

/** Words that end an object phrase: clause openers and time or place adjuncts. */
export const OBJECT_STOPS: ReadonlySet<string> = new Set([
  'after', 'before', 'since', 'while', 'when', 'as', 'because', 'but', 'who', 'which', 'whom', 'whose',
  'where', 'that', 'including', 'among', 'amid', 'despite', 'during', 'until', 'following', 'if', 'though',
  'although', 'than', 'via', 'through', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later',
  'to', 'into', 'from', 'at', 'by', 'over', 'under', 'with', 'in', 'and', 'or', 'but', 'within', 'outside',
  'inside', 'near', 'overnight', 'yesterday', 'tomorrow', 'shortly', 'soon',
]);

/** Words after "on" that make it a time adjunct ("on Saturday", "on Dec. 13"); "in" always ends an object. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Negation words before a verb. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'n’t', 'no']);
