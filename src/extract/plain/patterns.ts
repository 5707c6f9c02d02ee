/**
 * Regexes and word lists of the plain-text extractor, by intent. Whole-line patterns are tested
 * against a unit trimmed of surrounding punctuation and bullets (see `bareLine`). English first,
 * then the UI strings of the other languages the pipeline meets most (fr, de, es, pt, it, ru, uk).
 */

/**
 * JavaScript's `\b` only knows ASCII word characters, so it fails next to Cyrillic or accented
 * letters. This rewrites each `\b` into a one-sided Unicode-aware boundary (a word end after a
 * letter or a closing group, else a word start) and adds the `u` flag. One-sided lookarounds keep
 * the long unanchored patterns fast.
 */
function unicodeWords(re: RegExp): RegExp {
  const source = re.source.replace(/(.?)\\b/g, (_match, prev: string) =>
    /[\p{L}\p{N})\]?*+}]/u.test(prev) ? `${prev}(?![\\p{L}\\p{N}_])` : `${prev}(?<![\\p{L}\\p{N}_])`,
  );
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(source, flags);
}

/** Statement shapes and API names that only occur in JavaScript or CSS. */
export const CODE_KEYWORDS =
  /\b(?:function\s*\(|var\s+[\w$]+\s*=|let\s+[\w$]+\s*=|const\s+[\w$]+\s*=|document\.[a-z]\w*|window\.[a-z]\w*|getElementById|getElementsBy\w+|querySelector(?:All)?|createElement|appendChild|addEventListener|innerHTML|googletag|adsbygoogle|atOptions|dataLayer|gtag\s*\(|fbq\s*\(|typeof\s+\w|\}\s*else\s*\{|=>\s*\{|\.push\s*\(|!important|@media\b|@font-face|return\s+(?:false|true|null)\b|JSON\.(?:parse|stringify)|console\.log|setTimeout\s*\(|jQuery|\$\(\s*['"]|\bnull\s*\)|undefined\b)/g;

/** Comment and CDATA delimiters of scripts and styles. */
export const CODE_DELIMITERS = /\/\*|\*\/|<!\[CDATA\[|\]\]>|<!--|-->/;

/** A property or variable assignment (`window.x = "..."`, `a.b={`). */
export const CODE_ASSIGNMENT = /[\w$\]]\.[\w$]+\s*=\s*[^=\s]/;

/**
 * An object member (`"key": value`, `{id:1`, `,valid:false`), counted: a line of several is data
 * or code, not prose.
 */
export const OBJECT_MEMBER = /["'][\w$-]+["']\s*:\s*["'[{\d tfn]|[{,]\s*[A-Za-z_$][\w$]*\s*:\s*(?:["'{[\d-]|true|false|null|void|undefined|function)/g;

/** A CSS declaration (`color: #fff;`, `--brand-1: 64,64,64;`), counted. */
export const CSS_DECLARATION = /(?:^|[\s{;])-{0,2}[a-z][\w-]{0,40}\s*:\s*[^;:{}]{1,80};/g;

/** CSS rule shape: `selector { property: value; }`. */
export const CSS_RULE = /[a-z][\w-]{0,40}\s*\{\s*[a-z-]{1,30}\s*:\s*[^;{}]{1,80};?/i;

/** A raw HTML tag left in the text. */
export const MARKUP_TAG = /<\/?(?:div|span|script|style|iframe|img|a|p|br|ul|li|noscript|ins|section|figure)\b[^>]*>/i;

/** Characters counted for code symbol density. */
export const CODE_SYMBOLS = /[{}()[\];=<>]/g;

/** Previous/next and page-level navigation, whole line. */
export const NAVIGATION_LINE =
  unicodeWords(/^(?:(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry|posts|articles|stories|entries))?(?:\s+(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry|posts|articles|stories|entries))?)?|skip to (?:main )?content|skip to navigation|toggle (?:navigation|menu|search)|(?:open|close) (?:menu|search|navigation)|(?:main )?menu|navigation|search(?: for)?|search this site|home(?:page)?|log ?in|log ?out|sign ?in|sign ?up|register|my account|account|back to top|go to top|scroll to top|top|load more|show more|view all|see all|more|close|sections|all sections|topics|categories|category|tags?|home page|go back|back|contact(?: us)?|about(?: us)?|advertise(?: with us)?|privacy(?: policy)?|privacy notice|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie policy|careers|imprint|impressum|sitemap|rss|faq|help|newsletters?|podcasts?|videos?|photos?|gallery|live|weather|opinion|editorial|puzzles|games|e-?paper|accueil|rechercher|startseite|suche|inicio|buscar|главная|поиск|меню|на главную|назад|войти|вход|регистрация)$/i);

/** Taxonomy lines: "Tags: strikes, ports", "Filed under: Politics". */
export const TAXONOMY_LINE = unicodeWords(/^(?:tags?|topics?|filed under|categories|category|posted in|related topics|keywords|теги|метки|темы|schlagworte|mots-clés|etiquetas)\s*:\s*\S/i);

/** Embedded media and player chrome: "View this post on Instagram", "Video Player is loading." */
export const EMBED_CHROME = unicodeWords(
  /^(?:view this post on (?:instagram|x|twitter|facebook|tiktok)|a post shared by\b.*|watch on youtube|video player is loading|your browser does not support (?:the )?(?:video|audio)\b.*|this video (?:can ?not|cannot) be played|(?:please )?enable javascript\b.*|you need to enable javascript\b.*|javascript is (?:disabled|required)\b.*|play video|pause|mute|unmute|fullscreen|now playing|up next|replay|captions?|pic\.twitter\.com\/\S+|— .{1,60} \(@\w+\) .{3,30}\d{4})$/i,
);

/** Feedback and tip links: "Report an error", "Send us a tip". */
export const FEEDBACK_LINE = unicodeWords(
  /^(?:report an? (?:error|typo|correction|issue)|suggest a correction|send us a (?:tip|story)|got a (?:news )?tip\??|contact the (?:author|newsroom|editor)|submit a correction|was this (?:article|page) helpful\??|yes no|give feedback|feedback)$/i,
);

/** Leading words of a previous/next link followed by the linked headline. */
export const PREVIOUS_NEXT_LINK = /^(?:«|‹|<|←)?\s*(?:previous|next|older|newer|prev)\s+(?:post|article|story|entry)?\s*[:»›>→-]/i;

/** Separators of a navigation bar or breadcrumb written on one line. */
export const NAV_SEPARATOR = /\s*(?:\||•|·|»|›|>|\/|—|–|\s-\s)\s*/;

/** Language switcher entries (endonyms), whole line. */
export const LANGUAGE_SWITCHER =
  unicodeWords(/^(?:english|français|francais|deutsch|español|espanol|italiano|português|portugues|русский|українська|беларуская|polski|türkçe|nederlands|svenska|العربية|عربي|فارسی|עברית|中文|简体中文|繁體中文|日本語|한국어|हिन्दी|ελληνικά)$/i);

/** Share widgets and social buttons, whole line. */
export const SHARE_LINE =
  unicodeWords(/^(?:share|share this|share this (?:article|story|post|page|on)|share (?:on|via|to) [\w ]{1,20}|share (?:article|story)|sharing is caring|click to (?:share|email|print)\b.*|like this|like loading|loading|tweet|tweet this|pin it|copy link|copy url|link copied|copied|follow us(?: on [\w ]{1,30})?|follow @?\w+|email this|print this(?: (?:article|page|story))?|send by email|partager|partager sur \w+|teilen|compartir|condividi|compartilhar|поделиться|поделиться в \p{L}+|репост)$/iu);

/** Names of social networks and share targets; a line made only of these is a share widget. */
export const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest',
  'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'email', 'e-mail', 'mail',
  'print', 'messenger', 'viber', 'vk', 'vkontakte', 'ok', 'вконтакте', 'одноклассники', 'tumblr',
  'pocket', 'flipboard', 'sms', 'copy', 'link', 'share', 'tweet', 'weibo', 'wechat', 'line',
  'more', 'rss', 'google', 'news',
]);

/** Newsletter and subscription calls to action (imperative or sales phrasing). */
export const SUBSCRIBE_LINE =
  unicodeWords(/^(?:subscribe|sign up|signup|join (?:our|us on|us at|the (?:conversation|community|club|newsletter|mailing list|channel))|get (?:our|the) (?:daily|weekly|free|latest|morning|evening)|enter your e-?mail|already (?:a subscriber|have an account)|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|donate|download (?:our|the) app|get the app|abonnez-vous|inscrivez-vous|abonnieren|jetzt abonnieren|suscríbete|suscribirse|assine|iscriviti|подпишитесь|подписаться|подпишись)\b/i);

/** Phrases that only occur in subscription widgets, anywhere in a short line. */
export const SUBSCRIBE_PHRASE =
  unicodeWords(/\b(?:delivered (?:straight )?to your inbox|sign up (?:for|to) (?:our|the)|subscribe (?:to|for) (?:our|the)|our (?:daily|weekly|free) newsletter|by signing up,? you agree|you (?:are )?receiv(?:ed|ing) this (?:e-?mail|message|newsletter|bulletin|update)|unsubscribe at any time|you are now subscribed|thanks? for (?:subscribing|signing up))\b/i);

/** Cookie and consent notices: phrases that only occur in consent banners. */
export const COOKIE_PHRASE = unicodeWords(
  /\b(?:we use cookies|we and our partners use|(?:this|our) (?:web)?site uses cookies|uses cookies to|use of cookies|(?:accept|reject|allow|manage) (?:all |your |our )?cookies|cookie (?:policy|settings|preferences|consent|notice|banner)|consent to (?:the use of )?cookies|by continuing to (?:browse|use|visit) (?:this|our|the) (?:web)?site|nous utilisons des cookies|utilise des cookies|wir verwenden cookies|verwendet cookies|utilizamos cookies|utilizza(?:mo)? (?:i )?cookie|используем (?:файлы )?cookie|используем куки|использует (?:файлы )?cookie)\b/i,
);

/** Consent buttons and privacy-centre strings, whole line. */
export const CONSENT_BUTTON =
  unicodeWords(/^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|allow(?: all)?|i agree|agree(?: and close)?|got it|ok(?:ay)?|manage (?:cookie )?(?:settings|preferences|options)|cookie settings|do not sell(?: or share)? my personal information|your privacy choices|alle akzeptieren|tout accepter|aceptar todo|принять все|принять)$/i);

/** Staff credits of a masthead ("Chairman and Chief Editor", "Editor-in-Chief: Jane Doe"). */
export const STAFF_TITLE =
  unicodeWords(/^(?:(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|president|founder|co-founder|publisher|ceo|chief executive|general manager|managing director|editor[- ]in[- ]chief|chief editor|editor|managing editor|executive editor|deputy editor|news editor|editorial director|board chairman|chairman of the board|responsible editor|rédacteur en chef|directeur de (?:la )?publication|chefredakteur(?:in)?|herausgeber|director|directora|редактор|главный редактор|шеф-редактор|учредитель|издатель)(?:\s*(?:and|&|,|\/|и)\s*(?:the\s+)?(?:chairman|chairwoman|chief editor|editor[- ]in[- ]chief|editor|publisher|ceo|founder|managing editor|general manager|директор|редактор|главный редактор))*)(?:\s*[:\-–]\s*.{0,60})?$/i);

/** Contact lines: phone, fax, e-mail, postal labels, bare e-mail addresses and URLs. */
export const CONTACT_LINE =
  unicodeWords(/^(?:(?:tel|telephone|phone|fax|mobile|e-?mail|address|hotline|whatsapp|тел|телефон|адрес)\b(?:\.\s*|\s*[:：]\s*)\S.*|(?:\+|\(\d)[\d\s().-]{6,}|\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+)$/i);

/** Copyright and legal footer phrases. */
export const LEGAL_PHRASE =
  unicodeWords(/(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\bвсе права защищены\b|\bпри (?:использовании|цитировании) материалов\b|\breproduction (?:interdite|prohibited)\b|\bmay not be (?:published|reproduced|broadcast)\b)/i);

/** Advertisement labels and "story continues" interstitials, whole line. */
export const ADVERTISEMENT_LINE =
  unicodeWords(/^(?:advertisement|advertisements|advertising|advert|ads?|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content)?|partner content|skip advertisement|sponsor message|sponsored by .{1,40}|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?(?:advertisement|ad))|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|reklama|реклама|anzeige|werbung|publicité|publicidad|pubblicità)$/i);

/** Markers that open a list of links to other stories, whole line. */
export const LINK_LIST_MARKER =
  unicodeWords(/^(?:read more|read also|also read|read next|see also|related|related (?:posts?|articles?|stories|news|content|coverage|topics|reading|links)|more (?:on|from|about|in) .{1,40}|more (?:stories|news|articles|headlines)|you (?:may|might) also (?:like|be interested in|enjoy)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared|commented)|popular(?: now| posts| stories)?|trending(?: now| stories)?|top stories|top news|latest(?: news| stories| posts| articles| headlines)?|editor'?s picks?|don'?t miss|must read|in other news|what to read next|further reading|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|sur le même sujet|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|leer más|lea también|te puede interesar|noticias relacionadas|leia também|leia mais|leggi anche|читайте также|читать также|читать далее|по теме|смотрите также|ещё по теме|еще по теме|другие новости|новости по теме|последние новости|самое читаемое|популярное|материалы по теме)$/i);

/** A link-list marker with the linked headline on the same line ("READ MORE: Minsk frees ..."). */
export const INLINE_LINK =
  unicodeWords(/^read (?:the|our) full (?:review|story|report|article|interview)\b.{0,80}$|^(?:read more|read also|also read|read next|related|see also|watch|more|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|leer más|lea también|leia também|leggi anche|читайте также|по теме|смотрите также)\s*[:|»>–—-]\s*\S/i);

/** Comment-section openers; everything after one (past the body) is comments. */
export const COMMENTS_MARKER =
  unicodeWords(/^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$|^(?:\d+|one|no)\s+(?:comments?|responses?|replies|thoughts?)\s+(?:on|to)\s+\S.*$|^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:conversation|discussion)|comments are closed|show comments|view comments|load comments|комментарии|оставить комментарий|kommentare|commentaires|comentarios)\b/i);

/** Lines that only occur inside a comment thread: reply buttons, "X says:", comment timestamps. */
export const COMMENT_THREAD_LINE = unicodeWords(
  /^(?:reply|reply to \S.*|report|flag|like|\d+\s+(?:likes?|replies|points?)|.{1,60}\bsays:?|.{0,40}\d{1,2}:\d{2}\s*(?:am|pm)?|(?:log in|sign in) to (?:reply|comment)|ответить|antworten|répondre|responder)$/i,
);

/** Comment-form and commenting-policy strings. */
export const COMMENT_FORM_LINE =
  unicodeWords(/^(?:cancel reply|post comment|submit comment|your email address will not be published|required fields are marked|save my name, email|comment\s*\*?|name\s*\*|email\s*\*|website|notify me of (?:new|follow-up) (?:comments|posts)|you must be logged in to post a comment)\b/i);

/** Photo credits and caption credits ("Photo: Reuters", "REUTERS/Jane Doe", "AFP via Getty"). */
export const PHOTO_CREDIT =
  unicodeWords(/^(?:photo|photograph|image|picture|pic|video|credit|photo credit|image credit|source|illustration|фото|foto|bild|imagen|crédit photo)\s*(?:by)?\s*[:|/©-]|^(?:image|media|video) (?:source|caption)\s*[,:]|^(?:photo|image|picture|video|фото|foto)\s*(?:by|courtesy of|:)\s+\S.{0,60}$|\((?:photo|image|picture|credit|foto|фото)(?:\s+by|\s*:)[^)]*\)\s*$|\bvia Getty Images\s*\)?$|^(?:getty images|shutterstock|reuters|afp|ap|epa|ap photo|file photo|pool photo|handout)$/iu);

/** An agency photo credit inside a caption ("... REUTERS/Jane Doe", "(AP Photo/John Roe)"): case matters. */
/** A bare photographer credit: "Jane Doe/NYT", "Marki Williams/The Daily Ledger". */
export const PHOTOGRAPHER_CREDIT = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*(?:\p{Lu}[\p{L}&.'’-]*)(?: \p{Lu}[\p{L}&.'’-]*){0,4}$/u;

export const AGENCY_PHOTO_CREDIT = unicodeWords(
  /\b(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|AP Photo|Anadolu|Xinhua|TASS|ТАСС|РИА Новости|Getty Images|Shutterstock|Bloomberg)\s*\/\s*\p{Lu}[\p{Ll}'’.]/u,
);

/** Reading-time, audio and text-size controls, whole line. */
export const READING_CONTROL =
  unicodeWords(/^(?:\d+\s*(?:min(?:ute)?s?|мин\.?)\s*(?:read|reading|чтения|lesezeit|de lecture)?|(?:estimated )?reading time\s*:?.*|listen(?: to (?:this|the) (?:article|story))?(?:\s*\d+\s*min)?|play audio|text size|font size|a\s*a\s*a|a-\s*a\+|aa|print|×|✕|x|\d+\s*views?|\d+\s*просмотр\w*|show caption|hide caption|toggle caption|expand|collapse|edit|table of contents|contents|in this article|jump to|discussion about this post|always enabled|necessary|strictly necessary|this (?:article|story|post) is (?:more than|over) (?:\d+|a|an|one|two|three|four|five|six) (?:days?|weeks?|months?|years?) old)$/i);

/** Byline openers: "By", "Written by", "Author:", and the other languages'. */
export const BYLINE_OPENER =
  unicodeWords(/^(?:by|written by|words by|story by|reported by|report by|posted by|author|authors|von|par|por|di|door|av|автор|авторы|текст)\s*:?\s+/i);

/** A wire-service credit trailer: "Reporting by ...; Editing by ...". */
export const WIRE_CREDIT =
  unicodeWords(/^(?:\(?\s*)?(?:reporting|additional reporting|writing|editing|compiled|research|translation|translated)\s+by\b/i);

/** News agencies and outlets that appear as a byline suffix ("By Jane Doe, Reuters"). */
export const AGENCY_NAMES =
  unicodeWords(/^(?:reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|dpa|efe|ansa|xinhua|tass|тасс|ria novosti|риа новости|интерфакс|interfax|ukrinform|belta|anadolu|kyodo|yonhap|pa|pa media|upi|cnn|bbc|al jazeera)$/i);

/** Words of a dateline besides the date itself. */
export const DATELINE_FILLER =
  unicodeWords(/^(?:published|updated|last updated|posted|posted on|modified|first published|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|eet|eest|ist|jst|local time|time|ago|опубликовано|обновлено|обновлен|дата|publié|publié le|mis à jour|mis à jour le|le|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|pubblicato|aggiornato|il)$/i);

/** A dateline that reports an update rather than first publication. */
export const UPDATED_WORD = unicodeWords(/\b(?:updated|last updated|modified|обновлено|обновлен|mis à jour|aktualisiert|actualizado|aggiornato)\b/i);

/** Terminal punctuation that ends a sentence (closing quotes and brackets allowed after it). */
export const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * A closing initialism ("U.S.", "U.N."): its full stop may end a headline rather than a sentence,
 * so it does not count as sentence-final punctuation on its own.
 */
export const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}["'”’»)\]]*$/u;

/** A list item opener: bullet or number. */
export const LIST_ITEM = /^(?:[•●▪◦*·-]|\d{1,2}[.)])\s+\S/u;

/** Punctuation and bullets stripped from a line's ends before whole-line matching. */
export const LINE_EDGE_PUNCTUATION = /^[\s•●▪◦*·|:>»›<«‹\-–—_=~#]+|[\s•●▪◦*·|:>»›<«‹\-–—_=~#.…!]+$/gu;
