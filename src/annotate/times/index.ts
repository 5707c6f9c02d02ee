/**
 * Date and time expressions of a report, resolved against its publish date.
 */
export { findTimes, type FindTimesOptions } from './find-times.js';
export { TIME_RULES, TIME_RULE_IDS } from './rules.js';
