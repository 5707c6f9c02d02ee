/**
 * Tuning constants of the plain-text extractor. Each states its unit and how it was chosen.
 *
 * Calibration data: the two seed reports (`../shared/seeds/`) and the hand-written fixtures in
 * `test/fixtures/extract/plain/` (WordPress, wire, cookie-wall, Russian, clean pages). Values were
 * set to the middle of the range where every fixture passes, not at the edge of it.
 */

// ---------------------------------------------------------------------------------------------
// Lines and paragraphs

/**
 * Characters a line must reach before a following line can be a hard-wrapped continuation of it.
 * Typical wrap widths are 60-80 columns; navigation items and names are far shorter.
 */
export const WRAP_MIN_LINE_CHARS = 45;

/**
 * Characters short of the block's longest line within which a line still counts as "filled" in a
 * hard-wrapped block (a long next word wraps early). Tested on 72- and 80-column fixtures.
 */
export const WRAP_SLACK_CHARS = 18;

/** Lines (at least) a block needs before we believe it is hard-wrapped rather than a list. */
export const WRAP_MIN_BLOCK_LINES = 3;

/**
 * Characters the longest line of a block must reach for the block to be a fixed-width wrap:
 * wrapping tools use 60-100 columns; stacked widget labels are shorter.
 */
export const WRAP_MIN_WIDTH_CHARS = 60;

/** Characters beyond which lines are whole paragraphs, not a fixed-width wrap (72-100 columns). */
export const WRAP_MAX_LINE_CHARS = 120;

/** Share (0-1) of a block's inner lines that must be filled to about the block's width. */
export const WRAP_MIN_FILLED_SHARE = 0.6;

/**
 * Share (0-1) of a block's inner lines that must end without sentence punctuation: a wrap breaks
 * mid-sentence most of the time, a list of one-sentence paragraphs never does.
 */
export const WRAP_MIN_OPEN_SHARE = 0.5;

// ---------------------------------------------------------------------------------------------
// Sentence-likeness

/**
 * Words a unit needs to anchor the article body (a "prose" paragraph). Real news paragraphs run
 * 15-60 words; debris that ends in a full stop (cookie notices, bios) is handled by patterns.
 * 10 keeps two-line wire paragraphs and excludes one-line UI sentences ("Sign up for free.").
 */
export const PROSE_MIN_WORDS = 10;

/**
 * Share (0-1) of a unit's words, in a cased script, that must start lower case for it to read as a
 * sentence rather than a title-case headline or menu. English prose measures 0.6-0.8, headlines
 * in title case 0.0-0.3, sentence-case headlines 0.5-0.7 (so this alone never decides).
 */
export const SENTENCE_MIN_LOWERCASE_SHARE = 0.35;

/** Words a short sentence (a one-line quote, "He declined to comment.") needs to count as one. */
export const SHORT_SENTENCE_MIN_WORDS = 3;

/**
 * Letters per word-equivalent for scripts written without spaces (Han, kana, Thai): a Chinese
 * word averages about two characters.
 */
export const UNSPACED_CHARS_PER_WORD = 2;

// ---------------------------------------------------------------------------------------------
// Body block

/**
 * Gap cost (in units) after which two prose paragraphs no longer belong to one body block. A
 * headline-like line costs 1, a short sentence 0, an identified end-of-article marker (share
 * widget, previous/next navigation, related list) costs BOUNDARY_GAP_COST. 4 lets a subheading,
 * a caption and a credit sit between paragraphs; the seeds' mastheads are 5+ lines.
 */
export const BODY_MAX_GAP_COST = 4;

/** Gap cost of one headline-like or unrecognised short line between paragraphs. */
export const FRAGMENT_GAP_COST = 1;

/** Gap cost of one list item (bulleted, numbered or after a colon lead-in): lists are often content. */
export const LIST_ITEM_GAP_COST = 0.5;

/** Words up to which a line after a colon lead-in is an item of the list it introduces. */
export const LIST_ITEM_MAX_WORDS = 12;

/** Gap cost of an end-of-article marker: enough on its own to close the body block. */
export const BOUNDARY_GAP_COST = BODY_MAX_GAP_COST + 1;

/**
 * A body block other than the largest is kept when its prose reaches this share (0-1) of the
 * largest's characters and it has at least SECONDARY_BLOCK_MIN_PARAGRAPHS paragraphs: an article
 * split by an advertisement or a list keeps all its parts; a lone author bio or comment does not.
 * Calibrated on the 790 extraction-dev pages rendered to plain text: F1 0.865 at 0.5, 0.882 at
 * 0.3, 0.895 at 0.15, 0.897 at 0.05-0.1 (precision falling); 0.15 keeps precision near 0.9.
 */
export const SECONDARY_BLOCK_MIN_SHARE = 0.15;

/** Prose paragraphs a secondary body block needs (see SECONDARY_BLOCK_MIN_SHARE). */
export const SECONDARY_BLOCK_MIN_PARAGRAPHS = 2;

/** Prose characters that must precede a comments marker before everything after it is cut. */
export const COMMENTS_MIN_BODY_CHARS = 300;

/**
 * Units after a comment-section heading searched for a thread or comment form (reply buttons,
 * "X says:", name/e-mail fields). WordPress puts the form within 2-6 lines of "Leave a Reply".
 */
export const COMMENTS_LOOKAHEAD_UNITS = 8;

// ---------------------------------------------------------------------------------------------
// Debris

/**
 * Words below which a line written in another script than the article's is UI debris (a menu
 * word, a "breaking" label). Longer foreign-script lines may be quoted content and are kept.
 */
export const FOREIGN_SCRIPT_MAX_WORDS = 12;

/** Share (0-1) of a line's letters that must be in another script for it to count as foreign. */
export const FOREIGN_SCRIPT_MIN_SHARE = 0.6;

/**
 * Share (0-1) of code punctuation (`{}()[];=<>`) among a line's non-space characters at which it
 * reads as code. Prose measures under 0.02; minified JavaScript 0.08-0.2.
 */
export const CODE_SYMBOL_MIN_DENSITY = 0.05;

/**
 * Share (0-1) of whitespace under which a long line is packed like minified code or a URL list.
 * Prose in spaced scripts measures 0.14-0.18 (one space per five to seven characters).
 */
export const CODE_MAX_SPACE_SHARE = 0.06;

/** Characters a line needs before its spacing is judged (short tokens like "U.S." are dense). */
export const CODE_DENSE_MIN_CHARS = 60;

/** Characters of a line inspected for code signals (bounds the work on megabyte script lines). */
export const CODE_SAMPLE_CHARS = 2000;

/** Code signals (keywords, symbol density, statement shape) a line needs to be a script fragment. */
export const CODE_MIN_SIGNALS = 2;

/** Words up to which a line repeated verbatim elsewhere is a caption or widget, not content. */
export const REPEATED_LINE_MAX_WORDS = 14;

/** Words up to which a line can be a navigation item or list-of-links entry. */
export const NAV_ITEM_MAX_WORDS = 4;

/** Items a separator-joined line ("Home | World | Sport") needs to be a navigation bar. */
export const NAV_MIN_ITEMS = 3;

/** Words up to which a headline-like line after a "Related"/"Read more" marker is a link. */
export const LINK_ITEM_MAX_WORDS = 25;

/** Words up to which a line can be a boilerplate widget string (subscribe, cookie, legal). */
export const WIDGET_MAX_WORDS = 40;

/**
 * Share (0-1) of a multi-line block's lines that must be identified debris for the rest of the
 * block (none of it prose) to go with them: mastheads come as one block of credits and labels.
 */
export const DEBRIS_BLOCK_MIN_SHARE = 0.5;

// ---------------------------------------------------------------------------------------------
// Title, teaser, byline, dateline

/** Words a headline has at least and at most. */
export const TITLE_MIN_WORDS = 3;
export const TITLE_MAX_WORDS = 30;

/** Units before the body start searched for the headline (menus can run to dozens of lines). */
export const TITLE_SEARCH_UNITS = 40;

/** Units after the body start also searched, for a dek placed above the headline. */
export const TITLE_LOOKAHEAD_UNITS = 2;

/** Units over which the closeness-to-body part of the title score falls from 1 to 0. */
export const TITLE_PROXIMITY_UNITS = 12;

/** Units above a byline or dateline within which a line gets (part of) the metadata bonus. */
export const TITLE_METADATA_WINDOW_UNITS = 4;

/**
 * Title score weights: content-word overlap with the body (0-1), being repeated or quoted
 * elsewhere on the page, closeness to the body, sitting right above the byline/dateline.
 */
export const TITLE_OVERLAP_WEIGHT = 2;
export const TITLE_REPEAT_WEIGHT = 1;
export const TITLE_PROXIMITY_WEIGHT = 0.5;
export const TITLE_BEFORE_METADATA_WEIGHT = 1;

/**
 * Words a line may have beyond a candidate's own and still count as quoting it (a breadcrumb
 * "Home » World » <headline>", "12 Comments on “<headline>”").
 */
export const TITLE_QUOTE_EXTRA_WORDS = 8;

/**
 * Share (0-1) of a given title's characters a top line must cover to be that title with a site
 * name added or dropped ("Port strike ends | Harbour Daily"): outlet suffixes run 10-30% of a title.
 */
export const TITLE_AFFIX_MIN_SHARE = 0.6;

/**
 * Title score penalty for a headline-like line directly under a shorter one of at least
 * TITLE_ABOVE_MIN_WORDS words: that is a standfirst under its headline. Shorter lines above
 * (kickers such as "Exclusive" or a topic name) do not count.
 */
export const TITLE_DEK_PENALTY = 1;
export const TITLE_ABOVE_MIN_WORDS = 5;

/** Minimum title score; an unrelated masthead slogan scores under 0.8, real headlines 1.3+. */
export const TITLE_MIN_SCORE = 1;

/** Letters of a word's prefix compared when matching headline words to the body (crude stem). */
export const STEM_PREFIX_CHARS = 5;

/** Characters a leading line needs before we call it a teaser that repeats a body paragraph. */
export const TEASER_MIN_CHARS = 25;

/** Words a bare author-name line has at most ("Nick van Mead"): such lines are never the title. */
export const NAME_MAX_WORDS = 3;

/** Words a byline line has at most ("By Jane Doe and John Smith, Reuters | 13 Dec 2025"). */
export const BYLINE_MAX_WORDS = 16;

/** Words a dateline may carry besides the date itself ("Updated", "Published on", a city). */
export const DATELINE_MAX_EXTRA_WORDS = 3;

/** Characters a dateline line has at most. */
export const DATELINE_MAX_CHARS = 90;

/** Characters of a dropped line quoted in its message. */
export const MESSAGE_SNIPPET_CHARS = 80;
