/**
 * Regular expressions of the quantity recogniser, each named for its intent.
 */

/**
 * One token: a numeral ("1,200", "1.5", "2025"), a word (letters with inner apostrophes, hyphens
 * or dots, so "U.S." and "twenty-one" stay whole), or any other single visible character.
 */
export const TOKEN_PATTERN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’.-]\p{L}+)*(?:(?<=\.\p{L})\.)?|\S/u;

/** A numeral with thousands separators or decimals, as written in English news. */
export const NUMERAL_PATTERN = /^\d+(?:,\d{3})*(?:\.\d+)?$/u;

/**
 * Telephone numbers: an optional +country code and at least eight digits in groups split by
 * spaces, dots, dashes or brackets. Matched on the raw text so no group is read as a count.
 */
export const PHONE_PATTERN = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){2,4}/gu;

/** Clock times: "10:30", "10.30am", "9 a.m.", "21:00 GMT" — numbers that are times, not counts. */
export const CLOCK_TIME_PATTERN = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![\p{L}])|\b\d{1,2}\s?:\s?\d{2}\b/giu;

/**
 * Page furniture around an article: counters of comments, shares and views, reading times,
 * "Page 2 of 5", photo counters, list and section numbering at the start of a line ("1. ", "5.3 Osaka",
 * "6 – Coffee").
 */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  /\b\d[\d,.]*\s*(?:k\s*)?(?:comments?|shares?|views?|likes?|reactions?|replies|followers|subscribers)\b/giu,
  /\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?\.?)\s+(?:read|watch|listen)\b/giu,
  /\b(?:page|photo|image|picture|slide|item|part)\s+\d+\s*(?:of|\/)\s*\d+\b/giu,
  /^[ \t]*\d+\s*[.)]\s/gmu,
  /^[ \t]*\d+(?:\.\d+)+\s+(?=\p{Lu})/gmu,
  /^[ \t]*\d+\s*[–—-]\s+(?=\p{Lu})/gmu,
  /\b\d+\s*\/\s*\d+\b/gu,
];

/** Digits glued to letters or hyphen-joined to a name ("COVID-19", "F-16", "G20"): labels. */
export const LABEL_NEIGHBOUR_PATTERN = /[\p{L}][-‐]?$/u;

/**
 * Lines of script or markup left in the text by a scraper (`var x = {'height': 90};`): three or
 * more code characters on one line; none of their numbers is a count.
 */
export const CODE_LINE_PATTERN = /^.*(?:[{};=<>].*){3,}$/gmu;

/** Month and weekday names (and their abbreviations), which precede day numbers, not labels. */
export const CALENDAR_WORD_PATTERN = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu;
