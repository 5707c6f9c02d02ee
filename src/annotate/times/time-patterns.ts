/**
 * Regular expressions of the time-expression finder, each named for its intent. Built from the
 * word lists in time-words.ts; all global, matched over the whole text.
 */

const NUMBER = String.raw`\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a few|a couple of|several|many|few`;
const UNIT = String.raw`seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries`;
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const WEEKDAY = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;

/** "three days ago", "a year ago". */
export const AGO_PATTERN = new RegExp(String.raw`(?<![\d.,])\b(?<count>${NUMBER})\s+(?<unit>${UNIT})\s+ago\b`, 'giu');

/**
 * "the past two years", "the last week", "the past few months": a period ending at publication.
 * ("the previous night" is relative to the story, not to publication, so it is not matched.)
 */
export const PAST_PERIOD_PATTERN = new RegExp(String.raw`\bthe\s+(?:past|last)\s+(?:(?<count>${NUMBER})\s+)?(?<unit>days|weeks?|fortnight|months?|years?|decades?)\b`, 'giu');

/** "yesterday", "today", "last night", "this morning". */
export const RELATIVE_DAY_PATTERN = /\b(?<word>the day before yesterday|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight)\b/giu;

/** "this year", "earlier this month", "last week", "next month", "this weekend", "late last year". */
export const RELATIVE_PERIOD_PATTERN = /\b(?:(?<part>earlier|later|early|late|mid)[\s-]+)?(?<which>this|last|next)\s+(?<unit>week|weekend|month|year)\b/giu;

/** "last summer", "this winter", "in spring 2024", "the autumn of 2023". */
export const SEASON_PATTERN = /\b(?:(?<which>last|this|next)\s+|the\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<year>(?:19|20)\d{2}))?\b/giu;

/** "Saturday", "last Friday", "next Tuesday" (capitalised: weekday names are proper nouns). */
export const WEEKDAY_PATTERN = new RegExp(String.raw`\b(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?(?<weekday>${WEEKDAY})\b`, 'gu');

/** "the 1990s", "the early 2000s". */
export const DECADE_PATTERN = /\b(?:the\s+)?(?:(?<part>early|mid|late)[- ]?)?(?<decade>(?:1[89]|20)\d0)['’]?s\b/giu;

/** "2020-2022", "2024-25", "2019–21". */
export const YEAR_RANGE_PATTERN = /(?<![\d,.$€£-])\b(?<from>(?:19|20)\d{2})\s?[-–/]\s?(?<to>(?:19|20)?\d{2})\b(?![-–/]?\d)/gu;

/**
 * A month without a day, with an optional year and part ("June", "July 2021", "early March",
 * "last February", "April last year"). Capitalised only: "may" and "march" are verbs too.
 */
export const MONTH_PATTERN = new RegExp(String.raw`\b(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]?)?(?<month>${MONTH})(?:\s+(?:of\s+)?(?:(?<year>(?:1[89]|20)\d{2})\b|(?<yearWhich>last|this|next)\s+year\b))?(?!\s*\d)(?![\p{L}])`, 'gu');

/** A bare year ("in 2020", "the 2020 protests", "mid-2021"). */
export const YEAR_PATTERN = /(?<![\d,.$€£\-–/])\b(?:(?<part>early|mid|late)[- ]?)?(?<year>(?:1[89]|20)\d{2})\b(?![-–/]?\d)(?!['’]?s\b)(?![.,]\d)/giu;

/** "two days", "a decade", "10-year", "48 hours", "three years". */
export const DURATION_PATTERN = new RegExp(String.raw`(?<![\d.,])\b(?<count>${NUMBER})[\s-](?<unit>${UNIT})\b(?!\s+ago\b)(?![-\s]+old\b)`, 'giu');

/** "for years", "for decades", "for months": a length of time with no number. */
export const VAGUE_DURATION_PATTERN = /\bfor\s+(?<unit>years|decades|months|weeks|days|hours|ages)\b/giu;

/**
 * Words right before a duration's number that make it a frequency ("twice a day", "once a year",
 * "two hours a day", "$1,000 an hour").
 */
export const FREQUENCY_BEFORE_PATTERN = /(?:\b(?:once|twice|thrice|times|per|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|sessions?|meals?|servings?)|\d)\s+$/iu;

/** A bare year before 1900, read only after a preposition ("in 1671", "since 1848"). */
export const OLD_YEAR_PATTERN = /\b(?<prep>in|since|from|until|by|before|after|during|of)\s+(?<year>1[0-8]\d{2})\b(?![-–/]?\d)(?![.,]\d)/giu;

/** A preposition right before a date expression (ends at the expression). */
export const RELATION_BEFORE_PATTERN = /\b(?<words>prior to|ahead of|up until|up to|since|from|until|till|through|by|before|after|following|on|in|during)\s+$/iu;
