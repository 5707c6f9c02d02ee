/**
 * True when a title given with a report is only a dateline or a date ("Updated: July 2, 2013
 * 15:01 IST", "APR 28", "Posted September 26, 2013 - 3:47pm"): dumps and scrapers often put the
 * first line of the page there. Such a title says when, not what; the headline is then looked for
 * in the text. A title with words of its own besides the date ("27/09/2013 - Turkmenistan to hold
 * elections") is a title.
 *
 * @example
 * ```ts
 * isDatelineTitle('Updated: July 2, 2013 15: 01 IST'); // true
 * isDatelineTitle('Quake hits Aceh, July 2, 2013');    // false
 * ```
 */
export function isDatelineTitle(title: string): boolean {
  for (const word of title.toLowerCase().match(WORD) ?? []) {
    if (!DATELINE_WORDS.has(word)) return false;
  }
  return true;
}

/** Runs of three or more letters: shorter ones ("on", "at", "am", "pm") never make a title. */
const WORD = /\p{L}{3,}/gu;

/** Words a dateline is made of: months, days, their abbreviations, time zones, "updated", "posted". */
const DATELINE_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
updated posted published edited last modified time date article story the and
gmt utc bst cet cest eet eest ist edt est cdt cst mdt mst pdt pst aest aedt hkt jst sgt
noon midnight today yesterday`.split(/\s+/u),
);
