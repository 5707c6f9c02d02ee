import type { Script } from './measure-unit.js';
import {
  ADVERTISEMENT_LINE, AGENCY_PHOTO_CREDIT, PHOTOGRAPHER_CREDIT, EMBED_CHROME, FEEDBACK_LINE, TAXONOMY_LINE, CODE_ASSIGNMENT, CODE_DELIMITERS, CODE_KEYWORDS, CSS_DECLARATION, OBJECT_MEMBER, COMMENT_FORM_LINE, COMMENTS_MARKER, CONSENT_BUTTON,
  CONTACT_LINE, COOKIE_PHRASE, CSS_RULE, INLINE_LINK, LANGUAGE_SWITCHER, LEGAL_PHRASE,
  LINK_LIST_MARKER, MARKUP_TAG, NAV_SEPARATOR, NAVIGATION_LINE, PHOTO_CREDIT, PREVIOUS_NEXT_LINK,
  READING_CONTROL, SHARE_LINE, SOCIAL_WORDS, STAFF_TITLE, SUBSCRIBE_LINE, SUBSCRIBE_PHRASE,
  WIRE_CREDIT,
} from './patterns.js';
import {
  CODE_DENSE_MIN_CHARS, CODE_SAMPLE_CHARS, CODE_MAX_SPACE_SHARE, CODE_MIN_SIGNALS, CODE_SYMBOL_MIN_DENSITY, FOREIGN_SCRIPT_MAX_WORDS, FOREIGN_SCRIPT_MIN_SHARE,
  LINK_ITEM_MAX_WORDS, NAV_ITEM_MAX_WORDS, NAV_MIN_ITEMS, WIDGET_MAX_WORDS,
} from './settings.js';
import type { Unit } from './split-units.js';

/**
 * How a piece of debris bears on finding the body: `inline` debris (an ad label, a photo credit)
 * sits inside articles; `list` debris (links to other stories) counts as a headline-like gap;
 * `boundary` debris (share widgets, previous/next links, comment forms) ends an article.
 */
export type DebrisWeight = 'inline' | 'list' | 'boundary';

/** Why a unit is debris. */
export interface Verdict {
  readonly rule: string;
  readonly reason: string;
  readonly weight: DebrisWeight;
}

function verdict(rule: string, reason: string, weight: DebrisWeight = 'inline'): Verdict {
  return { rule: `extract/plain-${rule}`, reason, weight };
}

/** JavaScript or CSS left in the text: code keywords, code punctuation, statement shapes. */
export function detectScriptFragment(unit: Unit): Verdict | null {
  const { metrics } = unit;
  // Code shows itself in its first lines; minified bundles can run to a megabyte on one line.
  const text = unit.text.slice(0, CODE_SAMPLE_CHARS);
  let signals = text.match(CODE_KEYWORDS)?.length ?? 0;
  if (metrics.codeDensity >= CODE_SYMBOL_MIN_DENSITY) signals++;
  if (/;\s*(?:\}|var |let |const |if\s*\(|$)/.test(text)) signals++;
  if (text.includes('{') && CSS_RULE.test(text)) signals++;
  if (CODE_DELIMITERS.test(text)) signals++;
  if (CODE_ASSIGNMENT.test(text)) signals++;
  signals += Math.min(CODE_MIN_SIGNALS, Math.floor((text.match(OBJECT_MEMBER)?.length ?? 0) / CODE_MIN_SIGNALS));
  signals += Math.min(CODE_MIN_SIGNALS, Math.floor((text.match(CSS_DECLARATION)?.length ?? 0) / CODE_MIN_SIGNALS));
  const spaced = metrics.script !== 'cjk' && metrics.script !== 'thai';
  if (spaced && text.length >= CODE_DENSE_MIN_CHARS && (text.match(/\s/g)?.length ?? 0) / text.length < CODE_MAX_SPACE_SHARE) signals++;
  if (MARKUP_TAG.test(text)) signals += CODE_MIN_SIGNALS;
  if (signals < CODE_MIN_SIGNALS) return null;
  // Inline weight: ad-slot calls sit between paragraphs as often as after the article.
  return verdict('script-fragment', 'reads as JavaScript, CSS or markup (code keywords and punctuation), not prose');
}

/** A short line in another script than the article's: UI strings of the site's other edition. */
export function detectForeignScript(unit: Unit, documentScript: Script | null): Verdict | null {
  const { metrics } = unit;
  if (!documentScript || metrics.letters === 0 || metrics.words > FOREIGN_SCRIPT_MAX_WORDS) return null;
  const own = metrics.scripts.get(documentScript) ?? 0;
  if ((metrics.letters - own) / metrics.letters < FOREIGN_SCRIPT_MIN_SHARE) return null;
  return verdict('foreign-script', `short line in ${metrics.script ?? 'another'} script on a ${documentScript}-script page (interface text)`);
}

/** A line with no letters at all: close buttons, separators, icons. */
export function detectSymbolLine(unit: Unit): Verdict | null {
  if (unit.metrics.letters > 0) return null;
  if (/^[\d\s.,:/-]+$/.test(unit.text) && /\d/.test(unit.text)) return null; // numbers may be datelines or data
  return verdict('symbol-line', 'line of symbols without words (button, icon or separator)');
}

/** Menus, breadcrumbs, previous/next links and language switchers. */
export function detectNavigation(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (NAVIGATION_LINE.test(bare)) return verdict('navigation', 'navigation link or menu entry', 'boundary');
  if (LANGUAGE_SWITCHER.test(bare)) return verdict('navigation', 'language switcher entry');
  if (PREVIOUS_NEXT_LINK.test(unit.text) && metrics.words <= LINK_ITEM_MAX_WORDS) {
    return verdict('navigation', 'previous/next article link', 'boundary');
  }
  if (metrics.endsSentence && metrics.words > NAV_ITEM_MAX_WORDS * NAV_MIN_ITEMS) return null;
  const items = unit.text.split(NAV_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (items.length >= NAV_MIN_ITEMS) {
    const short = items.every((s) => /\p{L}/u.test(s) && s.split(/\s+/).length <= NAV_ITEM_MAX_WORDS && !/[.!?]$/.test(s));
    if (short) return verdict('navigation', `menu or breadcrumb of ${items.length} short links`, 'boundary');
  }
  return null;
}

/** Tag and category lines, feedback links, embedded-media and player chrome. */
export function detectPageChrome(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS) return null;
  if (TAXONOMY_LINE.test(unit.text.trim())) return verdict('navigation', 'tag or category links', 'boundary');
  if (FEEDBACK_LINE.test(bare)) return verdict('navigation', 'feedback or tip link');
  if (EMBED_CHROME.test(bare) || EMBED_CHROME.test(unit.text.trim())) return verdict('embed-chrome', 'embedded post or media player interface text');
  return null;
}

/** Share buttons and social links. */
export function detectShareWidget(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS) return null;
  if (SHARE_LINE.test(bare)) return verdict('share-widget', 'share or follow button', 'boundary');
  const words = bare.toLowerCase().split(/[\s,|•·/]+/).filter(Boolean);
  if (words.length > 0 && words.every((w) => SOCIAL_WORDS.has(w)) && words.some((w) => !['more', 'news', 'google', 'line', 'link', 'copy', 'ok'].includes(w))) {
    return verdict('share-widget', 'row of social network buttons', 'boundary');
  }
  return null;
}

/** Newsletter sign-ups, paywall prompts and donation appeals. */
export function detectSubscribe(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS) return null;
  if (SUBSCRIBE_PHRASE.test(bare)) return verdict('subscribe-widget', 'newsletter or subscription prompt', 'boundary');
  if (SUBSCRIBE_LINE.test(bare) && (metrics.words <= NAV_ITEM_MAX_WORDS * 3 || /newsletter|inbox|e-?mail/i.test(bare))) {
    return verdict('subscribe-widget', 'call to subscribe, sign up or donate', 'boundary');
  }
  return null;
}

/** Cookie banners and consent buttons. */
export function detectCookieNotice(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS * 2) return null;
  if (CONSENT_BUTTON.test(bare)) return verdict('cookie-notice', 'consent button');
  if (COOKIE_PHRASE.test(bare)) return verdict('cookie-notice', 'cookie or consent notice');
  return null;
}

/** Masthead staff credits, contact details and copyright lines. */
export function detectMasthead(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS) return null;
  if (metrics.words <= NAV_ITEM_MAX_WORDS * 3 && !metrics.endsSentence && STAFF_TITLE.test(bare)) {
    return verdict('masthead', 'staff credit of the site masthead');
  }
  if (CONTACT_LINE.test(unit.text.trim())) return verdict('masthead', 'contact details (phone, e-mail, address or URL)');
  if (LEGAL_PHRASE.test(bare) && (metrics.words <= WIDGET_MAX_WORDS / 2 || /all rights reserved|©/i.test(bare))) {
    return verdict('legal-notice', 'copyright or reuse notice', 'boundary');
  }
  return null;
}

/** Advertisement labels and "story continues below" interstitials. */
export function detectAdvertisement(unit: Unit): Verdict | null {
  if (!ADVERTISEMENT_LINE.test(unit.bare)) return null;
  return verdict('advertisement', 'advertisement label or interstitial');
}

/** "Read more" / "Related" markers, alone or with the linked headline on the line. */
export function detectLinkMarker(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > LINK_ITEM_MAX_WORDS) return null;
  if (LINK_LIST_MARKER.test(bare)) return verdict('link-list', 'heading of a list of links to other stories', 'list');
  if (INLINE_LINK.test(unit.text.trim())) return verdict('link-list', 'link to another story', 'list');
  return null;
}

/** Comment section openers and comment-form strings. */
export function detectComments(unit: Unit): Verdict | null {
  const { bare, metrics } = unit;
  if (metrics.words > WIDGET_MAX_WORDS) return null;
  if (COMMENTS_MARKER.test(bare)) return verdict('comments', 'comment section heading', 'boundary');
  if (COMMENT_FORM_LINE.test(bare)) return verdict('comments', 'comment form field or policy', 'boundary');
  return null;
}

/** Photo credits and credited captions ("Photo: Reuters", "... REUTERS/Jane Doe"). */
export function detectPhotoCredit(unit: Unit): Verdict | null {
  if (unit.metrics.words > WIDGET_MAX_WORDS) return null;
  const text = unit.text.trim();
  if (!PHOTO_CREDIT.test(text) && !AGENCY_PHOTO_CREDIT.test(text) && !PHOTOGRAPHER_CREDIT.test(text)) return null;
  return verdict('photo-credit', 'image caption or photo credit');
}

/** Reading-time, audio, text-size and view-count controls. */
export function detectReadingControl(unit: Unit): Verdict | null {
  if (unit.metrics.words > NAV_ITEM_MAX_WORDS * 2) return null;
  if (!READING_CONTROL.test(unit.bare)) return null;
  return verdict('reading-control', 'reading-time, audio or text-size control');
}

/** A wire-service credit trailer ("Reporting by ...; Editing by ..."). */
export function detectWireCredit(unit: Unit): Verdict | null {
  if (unit.metrics.words > WIDGET_MAX_WORDS || !WIRE_CREDIT.test(unit.text.trim())) return null;
  return verdict('wire-credit', 'reporting and editing credits of a wire story');
}

const LINE_DETECTORS = [
  detectScriptFragment,
  detectSymbolLine,
  detectNavigation,
  detectPageChrome,
  detectShareWidget,
  detectSubscribe,
  detectCookieNotice,
  detectMasthead,
  detectAdvertisement,
  detectLinkMarker,
  detectComments,
  detectPhotoCredit,
  detectReadingControl,
  detectWireCredit,
] as const;

/** The first debris verdict any line detector gives for a unit, or null for none. */
export function detectDebris(unit: Unit, documentScript: Script | null): Verdict | null {
  for (const detect of LINE_DETECTORS) {
    const found = detect(unit);
    if (found) return found;
  }
  return detectForeignScript(unit, documentScript);
}
