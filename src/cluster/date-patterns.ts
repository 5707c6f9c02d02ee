/**
 * Patterns for a full calendar date written near the top of a report (its dateline: "Updated:
 * May 24, 2005", "Jan 05, 2011", "4 February 2009", "2013-06-12"). A report without a publish
 * date is dated by its dateline, which is when it was written.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** "May 24, 2005", "Jan 05 2011", "FEB. 4, 2009". Groups: month, day, year. */
export const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'iu');
/** "4 February 2009". Groups: day, month, year. */
export const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'iu');
/** "2013-06-12". Groups: year, month, day. */
export const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/u;
