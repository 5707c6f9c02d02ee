/**
 * Tuning constants of the HTML extractor. Each states its unit and how it was chosen. "Dev set"
 * means the 790 pages of shared/data/extraction-dev scored by bench/extract (npm run bench:extract).
 */

/** Characters of HTML parsed at most; beyond this a page is cut (a 20 MB page still finishes in well under 1 s). */
export const MAX_HTML_CHARS = 6_000_000;

/** Element nesting kept at most; deeper tags are flattened into their deepest kept ancestor. Real pages stay under 60. */
export const MAX_TREE_DEPTH = 256;

/** Bytes sniffed for a `<meta charset>` declaration (the HTML standard prescans 1024; real pages put it later). */
export const CHARSET_PRESCAN_BYTES = 4096;

/**
 * Share of the page's text (0..1) above which an element is never pruned as furniture, whatever
 * its tag or class: guards pages wrapped whole in a `<form>` (ASP.NET) or a furniture-named layout div.
 */
export const MAX_PRUNED_SHARE = 0.5;

/** Characters of text below which a `<form>` is treated as a search/sign-up form and dropped. */
export const MAX_FURNITURE_FORM_CHARS = 1000;

/** Class-name weight, in score points, of a positive or negative hint (Readability uses 25; kept). */
export const CLASS_WEIGHT = 25;

/** Characters a paragraph needs to score its ancestors (Readability: 25; shorter lines are captions and UI). */
export const MIN_PARAGRAPH_CHARS = 25;

/** Characters of paragraph text per length point, and the cap on length points (Readability: 100 and 3). */
export const PARAGRAPH_CHARS_PER_POINT = 100;
export const PARAGRAPH_MAX_LENGTH_POINTS = 3;

/** Ancestor levels a paragraph's score reaches (Readability: 5). */
export const ANCESTOR_LEVELS = 5;

/** Initial score of a candidate by tag (Readability's table, plus `article`/`main` as semantic containers). */
export const TAG_BASE_SCORES: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Candidates kept for the shared-ancestor check (Readability: 5). */
export const TOP_CANDIDATES = 5;

/** Score ratio (0..1) to the best at which another candidate counts as an alternative (Readability: 0.75). */
export const ALTERNATIVE_CANDIDATE_RATIO = 0.75;

/** Alternatives an ancestor must contain to replace the top candidate (Readability: 3). */
export const MIN_ALTERNATIVES_SHARING_ANCESTOR = 3;

/** While climbing, stop at a parent scoring below this share (0..1) of the top candidate (Readability: 1/3). */
export const PARENT_SCORE_FLOOR_RATIO = 1 / 3;

/** Siblings join the article when they score at least this share of the top candidate, and at least SIBLING_MIN_SCORE points. */
export const SIBLING_SCORE_RATIO = 0.2;
export const SIBLING_MIN_SCORE = 10;

/** A sibling paragraph of more characters than this with little link text joins the article (Readability: 80 and 0.25). */
export const SIBLING_PARAGRAPH_LONG_CHARS = 80;
export const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;

/**
 * A list or table inside the article with more than this share (0..1) of link text is a link box
 * (related, tags, contents). Dev set: 0.5 (Readability's) 0.9487, 0.65 0.9492, 0.8 0.9494 with no
 * page worse; 0.65 keeps all-link lists (related stories on news pages, ~1.0) out.
 */
export const LINK_LIST_MAX_DENSITY = 0.65;

/** Boxes with at least this many commas read as prose and are kept whatever else they look like (Readability: 10). */
export const CLEAN_MAX_COMMAS = 10;

/** Boxes with fewer characters than this (and no heading) are UI crumbs (Readability: 25). */
export const CLEAN_MIN_CHARS = 25;

/** Link-text share (0..1) above which a box without a positive class is dropped, and with one (Readability: 0.2 and 0.5). */
export const CLEAN_MAX_LINK_DENSITY = 0.2;
export const CLEAN_MAX_LINK_DENSITY_WEIGHTED = 0.5;

/** Bytes examined by the UTF-8 validity check and the statistical charset guess (enough for prose, bounded for 20 MB pages). */
export const MAX_SNIFF_BYTES = 65_536;

/** JSON-LD blocks longer than this many characters are skipped (real ones are under 50 kB; bounds parse time). */
export const MAX_JSON_LD_CHARS = 1_000_000;

/** JSON-LD objects read at most per page. */
export const MAX_JSON_LD_OBJECTS = 500;

/** Characters beyond which an `<h1>` is not a headline (real headlines stay under 200). */
export const MAX_TITLE_CHARS = 300;

/** Words a title segment may have to be cut as a site name ("The Washington Post" = 3). */
export const MAX_SITE_NAME_WORDS = 4;

/** Words the remaining headline must keep for a short trailing segment to be cut. */
export const MIN_HEADLINE_WORDS = 3;

/** Characters beyond which a byline candidate is a bio or a paragraph, not a name list. */
export const MAX_BYLINE_CHARS = 120;

/** Earliest year accepted as a publication date (the web's news archives start in the mid 1990s). */
export const MIN_PLAUSIBLE_YEAR = 1995;

/** Characters a visible dateline may have (longer elements are paragraphs that merely mention a date). */
export const MAX_DATELINE_CHARS = 120;

/** Date-classed elements read at most per page (bounds chrono-node's cost). */
export const MAX_DATELINE_ELEMENTS = 6;

/** Characters of text below which a pass of the cascade has under-delivered and the next one runs (Readability: 500). */
export const MIN_ARTICLE_CHARS = 500;

/** Paragraphs searched for a repeated headline at the start of the text. */
export const TITLE_SEARCH_PARAGRAPHS = 3;

/** Characters (ending in sentence punctuation) that make a paragraph prose, for the article judgement. */
export const PROSE_PARAGRAPH_CHARS = 80;

/** Prose paragraphs a page needs to read as an article without declaring itself one. */
export const MIN_PROSE_PARAGRAPHS = 3;

/**
 * Expansion of the chosen box to an ancestor: the ancestor is taken when the prose it adds is at
 * least EXPAND_PROSE_RATIO times the other text it adds and at least EXPAND_MIN_PROSE_CHARS;
 * climbing stops once an ancestor adds more than EXPAND_MAX_OTHER_CHARS of non-prose. Dev set:
 * F1 rises from ratio 1 (0.934) to a plateau at 50-100 (0.948) and falls past it (1000: 0.947);
 * the cascade recovers the modular pages a strict ratio leaves short.
 */
export const EXPAND_PROSE_RATIO = 50;
export const EXPAND_MIN_PROSE_CHARS = 100;
export const EXPAND_MAX_OTHER_CHARS = 3000;

/** Link-text share (0..1) below which a paragraph counts as prose for the expansion. */
export const PROSE_MAX_LINK_DENSITY = 0.3;

/** Characters a list item or table cell needs to count as prose (shorter than a paragraph's MIN_PARAGRAPH_CHARS). */
export const PROSE_MIN_ITEM_CHARS = 10;

/**
 * Share of the page's text (0..1) a content marker inside a furniture-named box must hold to
 * protect it (a newsletter-archive page's article vs. a comment's "entry-content"). Dev set.
 */
export const MIN_NESTED_MARKER_SHARE = 0.3;

/**
 * Open elements beyond which parsing stops (the rest of the page is dropped): htmlparser2 keeps
 * its stack with unshift/shift, so each tag costs time proportional to the depth, and 100 000
 * nested divs took over a minute. Real pages stay under 100.
 */
export const MAX_PARSER_DEPTH = 1000;

/** Characters handed to the parser at a time, so the depth check runs between chunks. */
export const PARSE_CHUNK_CHARS = 65_536;

/**
 * A box with a weak furniture name (banner, tools, jump-link, skip-item) is kept when it reads as
 * prose: at least WEAK_HINT_MIN_PROSE_CHARS characters in WEAK_HINT_MIN_PARAGRAPHS `<p>`s or more,
 * with at most WEAK_HINT_MIN_LINK_DENSITY (0..1) link text. Dev set.
 */
export const WEAK_HINT_MIN_PROSE_CHARS = 200;
export const WEAK_HINT_MIN_PARAGRAPHS = 2;
export const WEAK_HINT_MIN_LINK_DENSITY = 0.3;

/** Paragraphs at each end of the text checked for bare datelines ("Published March 3, 2025"). */
export const EDGE_PARAGRAPHS = 5;

/** Characters and words a paragraph may have to be taken as a bare dateline. */
export const MAX_DATELINE_PARAGRAPH_CHARS = 60;
export const MAX_DATELINE_PARAGRAPH_WORDS = 6;

/**
 * Share (0..1) of the page's prose characters a pass must deliver, or the next pass of the
 * cascade runs and the longest attempt wins. Dev set.
 */
export const MIN_SHARE_OF_PAGE_PROSE = 0.4;

/** Characters a byline- or date-classed box may have to be dropped from the text as metadata. */
export const MAX_BYLINE_BOX_CHARS = 150;

/** Prose-to-other ratio an article-marker ancestor needs to replace the chosen box (looser than EXPAND_PROSE_RATIO). Dev set. */
export const MARKER_PROSE_RATIO = 1;
