/** Word lists for finding quotes and who said them. Lower case. */

/** Verbs that attribute speech or writing ("said", "told", "expressed"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states',
  'wrote', 'writes', 'asked', 'asks', 'declared', 'declares', 'announced', 'announces', 'insisted',
  'insists', 'warned', 'warns', 'noted', 'notes', 'explained', 'explains', 'replied', 'replies',
  'recalled', 'recalls', 'continued', 'expressed', 'expresses', 'posted', 'posts', 'tweeted',
  'commented', 'urged', 'urges', 'argued', 'argues', 'claimed', 'claims', 'acknowledged', 'admitted',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'remarked', 'concluded', 'described',
  'describes', 'called', 'calls', 'added', 'cautioned', 'predicted', 'vowed', 'vows', 'pledged',
  'promised', 'suggested', 'believes', 'believed', 'thinks', 'thought', 'hopes', 'hoped', 'welcomed',
  'shouted', 'whispered', 'joked', 'recounted', 'observed', 'reiterated', 'confirmed', 'denied',
  'testified', 'testifies', 'contended', 'contends', 'reported', 'stating', 'answered', 'answers',
  'responded', 'responds', 'admits', 'acknowledges', 'maintained', 'maintains', 'countered', 'quipped',
  // The commonest speech verbs of French, German, Spanish, Italian and Portuguese reports.
  'déclaré', 'dit', 'affirmé', 'ajouté', 'estimé', 'expliqué', 'sagte', 'erklärte', 'betonte', 'sagt',
  'dijo', 'afirmó', 'declaró', 'explicó', 'añadió', 'detto', 'dichiarato', 'ha', 'disse', 'afirmou',
]);

/** Speech verbs that also report content without quote marks ("X said (that) ..."). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'insisted', 'insists',
  'warned', 'warns', 'noted', 'notes', 'explained', 'claimed', 'claims', 'argued', 'argues',
  'acknowledged', 'admitted', 'stressed', 'believes', 'thinks', 'hopes', 'announced', 'confirmed',
  'denied', 'reported', 'reports', 'vowed', 'pledged', 'promised', 'predicted', 'suggested',
]);

/** Subject pronouns, with the gender they refer to (null: a group, or either). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map<string, 'm' | 'f' | null>([
  ['he', 'm'], ['she', 'f'], ['they', null], ['it', null],
]);

/** Object and possessive pronouns that reveal a person's gender once resolved. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** Pairs of opening and closing quotation marks; straight quotes are decided by context. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['"', ['"']], ['“', ['”']], ['„', ['“', '”']], ['«', ['»']], ['»', ['«']],
]);
