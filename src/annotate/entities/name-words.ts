/**
 * Word lists the entity heuristics consult: roles stripped from names, cue words around names,
 * organisation heads. All lower case; matched case-insensitively against whole words.
 */

/** Honorifics before a person's name, with the gender they imply (null: either). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map<string, 'm' | 'f' | null>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['dr', null], ['dr.', null], ['prof', null], ['prof.', null], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'],
  ['lady', 'f'], ['madame', 'f'], ['monsieur', 'm'], ['herr', 'm'], ['frau', 'f'], ['sheikh', 'm'],
]);

/**
 * Titles and role words stripped from the front of a person's name ("President Alexander
 * Lukashenko" -> "Alexander Lukashenko"). A name preceded by one of these is a person.
 */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'ayatollah',
  'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov', 'gov.', 'mayor', 'judge', 'justice', 'general', 'gen', 'gen.', 'colonel', 'col', 'col.',
  'lieutenant', 'lt', 'lt.', 'major', 'captain', 'capt', 'capt.', 'sergeant', 'admiral', 'commander',
  'marshal', 'secretary', 'foreign', 'defence', 'defense', 'interior', 'finance', 'state', 'deputy',
  'chief', 'head', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'envoy', 'special',
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'opposition', 'activist', 'dissident',
  'former', 'ex', 'acting', 'interim', 'late', 'sheikh', 'crown', 'supreme', 'attorney', 'speaker',
  'editor', 'executive', 'officer', 'ceo', 'founder', 'co-founder', 'coach', 'striker', 'manager',
  'author', 'writer', 'journalist', 'reporter', 'lawyer', 'professor', 'doctor', 'saint', 'st', 'st.',
  'father', 'sister', 'brother', 'rev', 'rev.', 'reverend', 'laureate', 'winner', 'candidate',
  'nominee', 'patriarch', 'metropolitan', 'mufti', 'emir', 'sultan', 'tsar', 'czar', 'duke', 'duchess',
  'count', 'countess', 'baron', 'baroness', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.',
  'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'miss', 'madame', 'and', 'brigadier', 'corporal',
  'lance', 'private', 'officer', 'detective', 'constable', 'inspector', 'superintendent', 'cfo', 'coo',
  'secretary-general', 'vice-president', 'ex-president', 'deputy-prime', 'vice-chairman', 'insp', 'det', 'supt', 'sgt', 'sgt.', 'cpl', 'pte', 'pvt', 'manager', 'general-manager', 'president-elect', 'councillor', 'councilman', 'councilwoman', 'mp', 'mep', 'lawmaker', 'deputy',
]);

/**
 * Role words that, inside a span the tagger calls a person, end the part that is not the name
 * ("Nvidia CEO Jen-Hsun Huang", "Interior Minister Ivan Kubrakou"). Only unambiguous roles: never a surname.
 */
export const INNER_ROLE_WORDS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'president', 'minister', 'chancellor', 'premier', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'senator', 'governor', 'mayor', 'chairman', 'chairwoman', 'director',
  'ambassador', 'envoy', 'leader', 'officer', 'commander', 'general', 'coach', 'founder', 'editor',
]);

/** Common nouns right before a name that make it a person ("his son Eduard", "campaigner Ann Lee"). */
export const PERSON_CUE_NOUNS: ReadonlySet<string> = new Set([
  'uncle', 'nephew', 'aunt', 'niece', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'widow', 'partner',
  'campaigner', 'activist', 'leader', 'president', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'envoy', 'journalist', 'reporter', 'lawyer', 'opponent', 'dissident', 'politician',
  'candidate', 'winner', 'laureate', 'figure', 'singer', 'actor', 'actress', 'writer', 'author',
  'blogger', 'player', 'coach', 'colleague', 'aide', 'adviser', 'advisor', 'official', 'prisoner',
  'detainee', 'teacher', 'student', 'businessman', 'businesswoman', 'philosopher', 'poet', 'artist',
  'ally', 'rival', 'critic', 'director', 'chief', 'secretary', 'senator', 'governor', 'mayor',
  'judge', 'prosecutor', 'general', 'commander', 'founder', 'economist', 'analyst', 'professor',
]);

/** Common nouns right after a single name that make it a person ("a Putin ally", "Trump aide"). */
export const PERSON_AFTER_CUES: ReadonlySet<string> = new Set([
  'ally', 'allies', 'aide', 'aides', 'loyalist', 'loyalists', 'supporter', 'supporters', 'critic',
  'critics', 'rival', 'rivals', 'adviser', 'advisers', 'advisor', 'advisors', 'confidant', 'protege',
  'spokesman', 'spokeswoman', 'opponent', 'opponents', 'associate', 'associates', 'lawyer', 'lawyers',
]);

/** Common nouns right before a name that make it an organisation ("the rights group Viasna"). */
export const ORGANISATION_CUE_NOUNS: ReadonlySet<string> = new Set([
  'group', 'channel', 'party', 'movement', 'organisation', 'organization', 'agency', 'company',
  'firm', 'newspaper', 'outlet', 'broadcaster', 'network', 'station', 'magazine', 'website',
  'platform', 'app', 'bank', 'union', 'charity', 'network', 'centre', 'center', 'coalition',
  'alliance', 'bloc', 'faction', 'militia', 'club', 'team', 'band', 'airline', 'carrier', 'ngo',
  'watchdog', 'regulator', 'insurer', 'maker', 'manufacturer', 'giant', 'conglomerate', 'daily',
  'tabloid', 'weekly', 'service', 'foundation', 'institute', 'university', 'school', 'monitor',
]);

/** Last words that make a capitalised phrase an organisation ("Norwegian Nobel Committee"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'committee', 'ministry', 'council', 'party', 'union', 'bank', 'court', 'agency', 'organization',
  'organisation', 'association', 'group', 'institute', 'university', 'commission', 'parliament',
  'government', 'army', 'navy', 'police', 'service', 'services', 'office', 'news', 'times', 'post',
  'fund', 'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'company',
  'department', 'embassy', 'assembly', 'congress', 'senate', 'house', 'forces', 'guard', 'front',
  'movement', 'alliance', 'coalition', 'network', 'centre', 'center', 'watch', 'international',
  'federation', 'authority', 'bureau', 'board', 'cabinet', 'administration', 'secretariat',
  'tribunal', 'club', 'airlines', 'airways', 'group', 'holdings', 'motors', 'press', 'journal',
  'herald', 'tribune', 'telegraph', 'guardian', 'broadcasting', 'television', 'radio', 'nations',
  'league', 'society', 'church', 'school', 'college', 'hospital', 'duma', 'rada', 'knesset', 'kremlin',
  'sejm', 'bundestag', 'commission', 'prosecutor', 'investigators', 'media', 'agency', 'mission',
]);

/** Single-word organisations common in news that nothing else would recognise. */
export const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set([
  'Reuters', 'AFP', 'AP', 'BBC', 'CNN', 'NATO', 'Nato', 'EU', 'UN', 'OSCE', 'IAEA', 'WHO', 'IMF',
  'OPEC', 'Kremlin', 'Pentagon', 'Interpol', 'Europol', 'Hamas', 'Hezbollah', 'Taliban', 'Amnesty',
  'UNICEF', 'UNESCO', 'FIFA', 'Gazprom', 'Bloomberg', 'Xinhua', 'TASS', 'Interfax', 'RIA', 'Belta',
  'BelTA', 'U.N.', 'E.U.', 'Viasna', 'Meduza', 'Politico', 'Axios', 'ASEAN', 'G7', 'G20', 'Frontex', 'ECHR', 'ICC',
]);

/** Words that make a capitalised phrase neither person nor organisation (awards, events, eras). */
export const OTHER_NAME_HEADS: ReadonlySet<string> = new Set([
  'prize', 'award', 'awards', 'war', 'cup', 'games', 'olympics', 'championship', 'day', 'week',
  'summit', 'conference', 'treaty', 'accord', 'agreement', 'act', 'law', 'protests', 'revolution',
  'crisis', 'election', 'elections', 'festival', 'street', 'square', 'avenue', 'road', 'bridge',
  'airport', 'station', 'river', 'sea', 'ocean', 'mountains', 'lake', 'island', 'islands', 'region',
  'province', 'oblast', 'district', 'county', 'state', 'city', 'valley', 'desert', 'coast', 'gulf',
  'strait', 'canal', 'peninsula', 'palace', 'prison', 'colony', 'camp', 'hall', 'tower', 'stadium',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'christmas', 'easter', 'ramadan', 'covid-19', 'covid', 'internet', 'telegram',
]);

/**
 * Capitalised words that never start or make up a name: sentence openers, pronouns, determiners,
 * weekdays and months, and other words news capitalises at a sentence start.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'after', 'before', 'when',
  'while', 'if', 'as', 'but', 'and', 'or', 'so', 'yet', 'however', 'for', 'with', 'from', 'by', 'to',
  'of', 'among', 'amid', 'despite', 'during', 'since', 'until', 'also', 'both', 'many', 'some',
  'most', 'all', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'then', 'now', 'still',
  'visibly', 'meanwhile', 'earlier', 'later', 'last', 'next', 'previous', 'according', 'western',
  'eastern', 'northern', 'southern', 'rights', 'officials', 'several', 'each', 'every', 'other',
  'another', 'such', 'only', 'even', 'just', 'more', 'less', 'about', 'over', 'under', 'while',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'read', 'watch', 'share', 'home',
  'english', 'breaking', 'live', 'update', 'updated', 'photo', 'video', 'advertisement', 'related',
  'of', 'yes', 'oh', 'please', 'thank', 'thanks', 'mr', 'mrs', 'ms', 'dr',
]);

/** Connectors allowed inside a capitalised name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'and', 'de', 'del', 'della', 'der', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'da', 'dos', 'la', 'le', 'du',
]);

/** Words after a capital city that show it acts as its government ("Kyiv confirmed", "Minsk has"). */
export const AGENT_VERB_WORDS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'says', 'said', 'wants', 'denies', 'accuses', 'confirms', 'claims', 'insists', 'plans', 'hopes',
  'agrees', 'warns', 'rejects', 'demands', 'calls', 'sees', 'seeks', 'expects', 'believes', 'fears',
  'argues', 'blames', 'refuses', 'threatens', 'responds', 'responded', 'retaliates', 'did', 'does',
  'also', 'then', 'now', 'has', 'imposes', 'lifts', 'frees', 'releases', 'announces', 'signals',
]);

/** Words after which a capital city is the place, not the government ("in Minsk", "to Vilnius"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'into', 'near', 'outside', 'inside', 'via', 'through', 'across', 'around',
  'toward', 'towards', 'within', 'of', 'downtown', 'central', 'visit', 'visited', 'visiting', 'arrived',
  'reached', 'left', 'flew', 'travelled', 'traveled', 'streets',
]);

/** Cue nouns before a name that give away the person's gender ("her brother Piotr"). */
export const GENDERED_CUE_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ['son', 'm'], ['husband', 'm'], ['brother', 'm'], ['father', 'm'], ['businessman', 'm'], ['actor', 'm'],
  ['spokesman', 'm'], ['congressman', 'm'], ['king', 'm'], ['prince', 'm'], ['uncle', 'm'], ['nephew', 'm'],
  ['daughter', 'f'], ['wife', 'f'], ['sister', 'f'], ['mother', 'f'], ['widow', 'f'], ['businesswoman', 'f'],
  ['actress', 'f'], ['spokeswoman', 'f'], ['congresswoman', 'f'], ['queen', 'f'], ['princess', 'f'],
  ['aunt', 'f'], ['niece', 'f'], ['chairwoman', 'f'],
]);
