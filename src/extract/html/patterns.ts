/**
 * Tag sets and regexes the HTML extractor's heuristics use, each named for its intent. Data
 * only: the functions that apply them live in their own modules.
 */

/** Elements whose content is never article text; dropped while parsing. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'audio', 'video', 'map', 'title', 'textarea', 'select', 'datalist',
]);

/** Page furniture by element type: removed before scoring, whatever their class says. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'button', 'select', 'input', 'textarea', 'option', 'dialog', 'menu', 'label',
  'fieldset', 'picture', 'img', 'source', 'area',
]);

/** Elements that start a new paragraph when rendering text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'html', '#root', 'caption', 'aside', 'nav', 'legend', 'fieldset', 'output',
  'listing', 'plaintext', 'xmp', 'noframes', 'frameset', 'frame',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose own text counts as a paragraph when scoring candidates. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);

/** Containers that may hold the article, scored as candidates. */
export const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'div', 'section', 'article', 'main', 'td', 'blockquote', 'body', 'form', 'span', 'font', 'center',
]);

/** Class or id words of page furniture (Readability's "unlikely candidates", widened for news). */
export const BOILERPLATE_HINT =
  /(?:^|[\s_-])(?:ad|ads|advert\w*|adsense|banner|breadcrumbs?|combx|comments?|commentlist|community|consent|cookies?|cover-wrap|disqus|extra|foot(?:er|note)?|gdpr|header|legends?|menu|masthead|modal|nav(?:bar|igation)?|newsletter|outbrain|overlay|pager|pagination|paywall|popup|promo\w*|related|remark|replies|rss|sharing|share\w*|shoutbox|sidebar|skyscraper|social\w*|sponsor\w*|subscri\w*|tags?|taboola|toolbar|tools|signup|login|author-?bio|read-?more|recommend\w*|trending|most-?popular|more-?stories|jump-?link|toc|table-of-contents|print|search|skip|sr-only|visually-hidden|screen-reader\w*|hidden|cta|alert|notice|disclaimer)(?:$|[\s_-])/;

/** Class or id words that mark the article itself; they veto a boilerplate hint. */
export const CONTENT_HINT =
  /(?:^|[\s_-])(?:article\w*|body|content\w*|entry\w*|main|post\w*|story\w*|text|blog\w*|prose|rich-?text|markdown|page-?content|single)(?:$|[\s_-])/;

/** Class or id words raising a candidate's score (Readability's "positive"). */
export const POSITIVE_HINT =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|richtext|rich-text/;

/** Class or id words lowering a candidate's score (Readability's "negative"). */
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|meta|outbrain|promo|related|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|byline|author|dateline|newsletter|subscribe|cookie|consent|social|recommend|card|teaser/;

/** Inline style declarations that hide an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Roles of landmark furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog', 'search', 'toolbar', 'tablist',
]);

/** Paragraph text that is interface chrome rather than article prose ("Share this", "Advertisement"). */
export const CHROME_LINE =
  /^(?:table of contents|contents|in this article|jump to:?|on this page|key takeaways:?|\d+\s*(?:min|mins|minutes?)(?: read| reading time)?|reading time:?.{0,20}|listen to (?:this )?article.{0,20}|advertisement|advertisements|sponsored|share(?: this(?: article| story)?)?|share on \w+|print|email|tweet|comments?|related(?: articles| stories)?|read more|continue reading|subscribe|sign up|log ?in|skip to (?:main )?content|click here|loading\.*|ad|close|menu|search|back to top|follow us|tags?:?|image:?|photo:?|credit:?)$/i;

/** Class or id words so specific to furniture that an "article"/"content" word beside them does not save the element. */
export const STRONG_BOILERPLATE_HINT =
  /comment|share|sharing|social|related|newsletter|cookie|consent|sidebar|breadcrumb|subscri|advert|sponsor|promo|popup|modal|outbrain|taboola|disqus|recommend|paywall|signup|sign-up|author-?bio|about-?the-?author|read-?next|readnext|more-?from|you-?may-?like|most-?read|most-?popular|trending|testimonial/;

/** Class or id of elements holding the author's name. */
export const BYLINE_HINT = /(?:^|[\s_-])(?:byline|by-line|author|author-name|authors|writer|contributor)(?:$|[\s_-])/;

/** Leading words of a byline that are not the name ("By", "Written by", "Von", "Par", "Por", "Автор:"). */
export const BYLINE_PREFIX = /^(?:(?:written|posted|reported|words)\s+)?(?:by|von|par|por|di|door|av|af|автор:?|от)\s+/i;

/** Meta keys stating the publication date, most trusted first. */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'published_time',
  'publish-date', 'publishdate', 'pubdate', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date',
  'date', 'cxenseparse:recs:publishtime', 'article:published', 'og:published_time', 'release_date', 'created',
];

/** Meta keys stating the last modification. */
export const MODIFIED_META_KEYS: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'modified_time', 'article:modified', 'dcterms.modified',
  'dc.date.modified', 'last-modified', 'lastmod',
];

/** ISO 8601 date or date-time at the start of a string; groups: y, m, d, h, min, s, zone. */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Class or id of elements showing the publication date in the page. */
export const DATELINE_HINT = /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|publish-date|pubdate|post-date|entry-date|posted-on|posted|article-date|meta-date|byline)(?:$|[\s_-])/;

/** Date in a URL path: /2025/12/13/ or /2025-12-13. */
export const URL_DATE_PATH = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_-]|$|\.)/;

/** Compact date as a path segment or its prefix: /20251213/ or /20251213-slug. */
export const URL_DATE_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_-]|$)/;

/** Class or id of the element that holds the article body in common CMS templates. */
export const CONTENT_MARKER =
  /(?:^|[\s_-])(?:article-?body|article-?content|article-?text|entry-?content|entry-?body|post-?content|post-?body|post-?entry|story-?body|story-?content|main-?content|content-?main|page-?content|blog-?content|blog-?post|rich-?text|richtext|prose|body-?text|body-?copy|text-?content|main)(?:$|[\s_-])/;

/** Words that may stand beside a date in a dateline paragraph ("Published on", "Last updated:"). */
export const DATELINE_WORDS = /^(?:(?:first |last )?(?:published|updated|posted|modified|reviewed|written)(?: on| at)?:?\s*|on\s+)?/i;

/** Class or id of the CMS container of one article's body (narrower than CONTENT_MARKER: no bare "main"). */
export const ARTICLE_MARKER =
  /(?:^|[\s_-])(?:article-?body|article-?content|article-?text|entry-?content|entry-?body|post-?content|post-?body|story-?body|story-?content|blog-?content|body-?text|body-?copy)(?:$|[\s_-])/;
