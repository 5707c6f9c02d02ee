/**
 * Every rule id the annotate stage's own modules (sentences, entities, quotes, statements) put on
 * a record, declared once with what it means. A test fails when a record carries a rule not
 * listed here, or when an id is listed twice. Quantities and times keep their own ids.
 */
export const ANNOTATE_RULES: readonly (readonly [id: string, meaning: string])[] = [
  ['sentence/terminal', 'sentence ended by a full stop, question or exclamation mark (closing quotes included)'],
  ['sentence/paragraph', 'sentence ended by a blank line (a paragraph break always ends one)'],
  ['sentence/line', 'sentence ended by a line break before a capital (headings, captions, list items)'],
  ['sentence/end', 'last sentence of the text'],
  ['entity/tagger', 'span from the statistical tagger (src/annotate/ner), roles and possessive stripped'],
  ['entity/gazetteer-country', 'country name or short form from the gazetteer'],
  ['entity/gazetteer-demonym', 'nationality adjective or demonym resolved to its country ("Belarusian" -> BY)'],
  ['entity/gazetteer-city', 'capital or major city from the gazetteer, with its country'],
  ['entity/capital-metonymy', 'capital standing for its government ("Kyiv confirmed", "accused by Minsk"): organisation "Government of X"'],
  ['entity/title-name', 'person named after a title, role or honorific ("President Alexander Lukashenko")'],
  ['entity/person-cue', 'person named after a cue noun ("his son Eduard") or before one ("a Putin ally")'],
  ['entity/name-shape', 'two to four capitalised words with no other reading, taken as a person (without the tagger only)'],
  ['entity/organisation-head', 'capitalised phrase ending in an organisation word ("Norwegian Nobel Committee")'],
  ['entity/organisation-cue', 'name after an organisation cue noun ("the rights group Viasna")'],
  ['entity/known-organisation', 'one-word organisation from the list of well-known ones ("Reuters")'],
  ['entity/acronym', 'all-capitals word of two to six letters, taken as an organisation'],
  ['entity/alias', 'one-word form (surname, first name, possessive) of a name seen elsewhere in the report'],
  ['entity/known-alias', 'repeat of a name already found, where no rule or the tagger saw it (headlines, captions)'],
  ['quote/said-after', 'direct quote attributed by a speech verb after it ("..., he said", "..., said X")'],
  ['quote/said-before', 'direct quote attributed by a speech verb before it ("X said: ...", "X expressed ...")'],
  ['quote/according-to', 'direct quote attributed with "according to X"'],
  ['quote/continued', 'direct quote in the paragraph after an attributed one, continuing it'],
  ['quote/unattributed', 'direct quote whose speaker was not found'],
  ['quote/indirect-said-that', 'indirect quote: "X said (that) ...", "X told Reuters he ..."'],
  ['quote/indirect-said-after', 'indirect quote: "..., officials said."'],
  ['quote/indirect-according-to', 'indirect quote: "..., according to X."'],
  ['statement/active', 'subject, event verb, object in the active voice ("Lukashenko freed 123 prisoners")'],
  ['statement/control', 'event verb as the infinitive of a control verb ("the U.S. agreed to lift sanctions", "leading Washington to lift")'],
  ['statement/passive', 'passive voice, the agent after "by" ("were freed by Lukashenko")'],
  ['statement/nominal', 'event noun with its agent ("the release of 123 prisoners by Minsk", "Lukashenko ordered the release of")'],
  ['quote/unclosed', 'message: a typographic opening quotation mark that never closes in its paragraph'],
  ['annotate/no-sentences', 'message: the text has no sentences to annotate'],
  ['annotate/part-failed', 'message (error): the tagger, times or quantities threw on this text; their records are missing'],
];

/** The declared rule ids, for look-ups. */
export const ANNOTATE_RULE_IDS: ReadonlySet<string> = new Set(ANNOTATE_RULES.map(([id]) => id));
