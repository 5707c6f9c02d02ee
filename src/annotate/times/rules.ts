/**
 * Every rule id the time-expression finder puts on a record, declared once with what it means. A
 * test fails when a record carries a rule not listed here, or when an id is listed twice.
 */
export const TIME_RULES: readonly (readonly [id: string, meaning: string])[] = [
  ['time/calendar-date', 'a written-out calendar date read by chrono-node ("December 13, 2025", "13 Dec 2025", "2025-12-13")'],
  ['time/weekday', 'a weekday name, the most recent one on or before publication ("on Saturday")'],
  ['time/weekday-relative', 'a weekday with last/this/next/past ("last Friday", "next Tuesday")'],
  ['time/relative-day', 'a day named relative to publication ("yesterday", "today", "last night")'],
  ['time/relative-period', 'a week, weekend, month or year relative to publication ("last week", "this year")'],
  ['time/relative-period-part', 'the part of the current period before or after publication ("earlier this month")'],
  ['time/ago', 'a date counted back from publication ("three weeks ago")'],
  ['time/past-period', 'a period ending at publication ("the past two years", "in the last week")'],
  ['time/month', 'a month without a year, the most recent one at or before publication ("in June")'],
  ['time/month-year', 'a month with its year ("since July 2021")'],
  ['time/month-relative', 'a month with last/this/next or "last year" ("last February", "April last year")'],
  ['time/season', 'a season with last/this/next or a year ("last summer", "the winter of 2023"), northern-hemisphere months'],
  ['time/year', 'a year after a preposition or with early/mid/late ("in 2020", "since 1994", "mid-2021")'],
  ['time/year-modifier', 'a bare year, usually naming something ("the 2020 protests", "the 2022 Nobel Peace Prize")'],
  ['time/year-range', 'a span of years ("2020-2022", "2024-25")'],
  ['time/decade', 'a decade ("the 1990s", "the early 2000s")'],
  ['time/duration', 'a length of time with a number ("two days of talks", "three years since", "a 10-year sentence")'],
  ['time/duration-vague', 'a length of time with no number ("for years", "several months")'],
];

/** The declared rule ids, for look-ups. */
export const TIME_RULE_IDS: ReadonlySet<string> = new Set(TIME_RULES.map(([id]) => id));
