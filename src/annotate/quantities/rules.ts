/**
 * Every rule id the quantity recogniser puts on a record, declared once with what it means. A test
 * fails when a record carries a rule not listed here, or when an id is listed twice.
 */
export const QUANTITY_RULES: readonly (readonly [id: string, meaning: string])[] = [
  ['quantity/numeral', 'a number written in digits ("123", "1,200", "1.2 million") with what follows it'],
  ['quantity/number-words', 'a number written in words ("twenty-one", "a dozen", "two hundred and fifty")'],
  ['quantity/range', 'two numbers as bounds ("between 10 and 12", "10-12", "two or three")'],
  ['quantity/vague', 'an amount with no number ("dozens of", "hundreds of", "tens of thousands", "several hundred")'],
  ['quantity/money', 'an amount of a currency ("$5bn", "1.2 million euros"); counted is the currency'],
  ['quantity/percent', 'a percentage ("64 percent", "3%"); counted is "percent" or "percentage point"'],
  ['quantity/partitive', 'a subset of a group named after "of" or before it ("five of its citizens", "including four students")'],
  ['quantity/counted-from-context', 'a bare number ("(14 freed)", "114 were taken") given the counted noun of an earlier quantity'],
];

/** The declared rule ids, for look-ups. */
export const QUANTITY_RULE_IDS: ReadonlySet<string> = new Set(QUANTITY_RULES.map(([id]) => id));
